/// Sessions on disk, one JSON file each under `DATA/sessions/`. Private by default
/// (folders 0700, files 0600 whatever the umask) and careful: a file it cannot read
/// is reported and never written over.
public struct SessionStore: Sendable {
    /// The folder holding the session files.
    public let sessionsPath: String
    /// One line per thing the store fixed on the way in, e.g. loose permissions.
    public private(set) var notices: [String] = []

    /// Opens (creating if needed) the store under a data folder. Folders it creates,
    /// and its own `sessions/`, are made 0700 whatever the umask; a data folder the
    /// person already had is used as it is, with a warning if others can read it, and
    /// nothing is ever chmodded through a symbolic link.
    public init(dataDirectory: String) throws(StoreError) {
        sessionsPath = dataDirectory + "/sessions"
        do {
            if try !POSIX.makeDirectory(dataDirectory, mode: 0o700) { warnIfShared(dataDirectory) }
            if try !POSIX.makeDirectory(sessionsPath, mode: 0o700) {
                if POSIX.kind(of: sessionsPath) == .directory { tighten(sessionsPath, to: 0o700) } else { warnIfShared(sessionsPath) }
            }
        } catch {
            throw StoreError.io(operation: error.operation, path: error.path, reason: error.reason)
        }
        tidySessionsFolder()
    }

    /// One warning for a folder the person chose that others can get into: it is theirs,
    /// so its mode (a shared 1777 folder's, say) is left as it is.
    private mutating func warnIfShared(_ folder: String) {
        var info = stat()
        guard stat(folder, &info) == 0, info.st_mode & 0o066 != 0 else { return }
        let path = folder.abbreviatingHome
        // No advice to chmod: the folder may be one that others rightly share (/tmp).
        notices.append(info.st_mode & 0o044 != 0 ? L("store.sharedRead", path) : L("store.sharedChanged", path))
    }

    /// Makes a path private again if others can read it, with a notice saying so. Never
    /// through a symbolic link: only what `lstat` finds a plain file or folder is changed.
    private mutating func tighten(_ path: String, to mode: mode_t) {
        guard let current = POSIX.mode(of: path), current & 0o077 != 0, [.file, .directory].contains(POSIX.kind(of: path)),
              chmod(path, mode) == 0 else { return }
        notices.append(L("store.tightened", path.abbreviatingHome, String(mode, radix: 8), String(current, radix: 8)))
    }

    /// One pass over the sessions folder on the way in: session and lock files readable
    /// by others (copied in, or made by hand) are made private again, and temporary
    /// files of saves killed midway (`.NAME.json.PID.N.tmp`) are removed once that
    /// process is gone: they hold nothing the session file lacks.
    private mutating func tidySessionsFolder() {
        for name in POSIX.entries(of: sessionsPath) ?? [] {
            let path = "\(sessionsPath)/\(name)"
            if name.hasPrefix("."), name.hasSuffix(".tmp") {
                let parts = name.split(separator: ".")
                if parts.count >= 4, let pid = Int32(parts[parts.count - 3]), kill(pid, 0) != 0, errno == ESRCH { unlink(path) }
            } else if name.hasSuffix(".json") || name.hasSuffix(".lock"), POSIX.kind(of: path) == .file {
                tighten(path, to: 0o600)
            }
        }
    }

    /// The path of a session's file.
    public func path(of name: String) -> String { "\(sessionsPath)/\(name).json" }

    /// Whether a file (readable or not) exists for the session.
    public func exists(_ name: String) -> Bool { POSIX.kind(of: path(of: name)) != .missing }

    /// Takes the session's lock, held until the returned value is released.
    public func lock(_ name: String) throws(StoreError) -> SessionLock {
        try Self.validate(name)
        return try SessionLock(path: "\(sessionsPath)/\(name).lock", sessionName: name)
    }

    /// The saved session, or nil if there is none yet. A sealed session needs its seal.
    public func load(_ name: String, seal: (any SessionSeal)? = nil) throws(StoreError) -> Session? {
        try Self.validate(name)
        let path = path(of: name)
        switch POSIX.kind(of: path) {
        case .missing: return nil
        case .file: break
        case .directory: throw StoreError.unreadable(name: name, path: path, reason: L("file.folder"))
        case .symbolicLink: throw StoreError.unreadable(name: name, path: path, reason: L("store.symbolicLink"))
        case .other: throw StoreError.unreadable(name: name, path: path, reason: L("file.notPlain"))
        }
        let bytes: [UInt8]
        do {
            bytes = try POSIX.readFile(path)
        } catch {
            throw StoreError.unreadable(name: name, path: path, reason: L("file.cannotRead", error.reason))
        }
        var plaintext = bytes
        if SealedFile.isSealed(bytes) {
            if let problem = SealedFile.headerProblem(bytes) { throw StoreError.unreadable(name: name, path: path, reason: problem) }
            guard let seal else { throw StoreError.sealed(name: name) }
            do {
                plaintext = try seal.open(bytes)
            } catch {
                throw StoreError.unreadable(name: name, path: path, reason: error.description)
            }
        }
        do {
            var session = try SessionCodec.decode(plaintext)
            session.name = name
            return session
        } catch {
            throw StoreError.unreadable(name: name, path: path, reason: error.description)
        }
    }

    /// The raw bytes of a session file (a sealed file's header holds its key's salt).
    /// A sealed file whose header asks for more work than rekindle ever writes is refused
    /// here, naming the file, before any passphrase is asked for.
    public func rawBytes(of name: String) throws(StoreError) -> [UInt8]? {
        guard let bytes = try bytes(of: name) else { return nil }
        if let problem = SealedFile.headerProblem(bytes) { throw StoreError.unreadable(name: name, path: path(of: name), reason: problem) }
        return bytes
    }

    private func bytes(of name: String) throws(StoreError) -> [UInt8]? {
        try Self.validate(name)
        guard POSIX.kind(of: path(of: name)) == .file else { return nil }
        do {
            return try POSIX.readFile(path(of: name))
        } catch {
            throw StoreError.unreadable(name: name, path: path(of: name), reason: L("file.cannotRead", error.reason))
        }
    }

    /// Whether the session's file is sealed (encrypted), usable or not.
    public func isSealed(_ name: String) -> Bool {
        (try? bytes(of: name)).flatMap { $0 }.map(SealedFile.isSealed) ?? false
    }

    /// What is saved under a name, for a command about to replace it (`import --force`).
    public enum Occupant: Equatable, Sendable {
        case nothing
        /// A session this store can read.
        case session
        /// An encrypted session: replacing it needs no passphrase, as nothing of it is
        /// read, but everything in it is lost, so commands ask first.
        case sealedSession
    }

    /// What `save` would replace under `name`. Throws for anything that must not be
    /// replaced: a plain file that cannot be read, a sealed file with an unusable
    /// header, or anything but a plain file; each is left untouched.
    public func occupant(of name: String) throws(StoreError) -> Occupant {
        guard exists(name) else { return .nothing }
        if isSealed(name) {
            _ = try rawBytes(of: name)
            return .sealedSession
        }
        _ = try load(name)
        return .session
    }

    /// Saves durably (see `AtomicFile`), sealed if given a seal. Refuses to replace
    /// anything but a plain file.
    public func save(_ session: Session, seal: (any SessionSeal)? = nil) throws(StoreError) {
        try Self.validate(session.name)
        let path = path(of: session.name)
        let kind = POSIX.kind(of: path)
        guard kind == .missing || kind == .file else {
            throw StoreError.unreadable(name: session.name, path: path, reason: L("file.notPlain"))
        }
        var bytes = SessionCodec.encode(session)
        if let seal {
            do {
                bytes = try seal.seal(bytes)
            } catch {
                throw StoreError.io(operation: L("op.encryptSession"), path: path, reason: error.description)
            }
        }
        do throws(POSIX.Failure) {
            try AtomicFile.write(bytes, to: path)
        } catch {
            throw StoreError.io(operation: L("op.saveSession"), path: error.path, reason: error.reason)
        }
    }

    /// The names of all sessions on disk, sorted.
    public func names() throws(StoreError) -> [String] {
        guard let entries = POSIX.entries(of: sessionsPath) else {
            throw StoreError.io(operation: L("op.list"), path: sessionsPath, reason: errnoDescription())
        }
        return entries.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// Session names are file names: letters of any language, digits, spaces and a few
    /// marks (see `SessionNaming`).
    public static func validate(_ name: String) throws(StoreError) {
        guard SessionNaming.isValid(name) else { throw StoreError.invalidName(name) }
    }
}
