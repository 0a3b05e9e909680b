#if canImport(Glibc)
@_exported import Glibc
#elseif canImport(Musl)
@_exported import Musl
#elseif canImport(Darwin)
@_exported import Darwin
#endif

/// `write(2)`, for code inside a type whose own `write` hides the system's (spelled
/// `Glibc.write` there before, which only builds against glibc).
public func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    write(fd, bytes, count)
}

/// The system's words for the current `errno`, e.g. "No space left on device".
func errnoDescription(_ code: Int32 = errno) -> String {
    String(cString: strerror(code))
}

/// Thin, throwing wrappers over the few system calls the store needs, so that every
/// failure carries its path and the system's reason.
public enum POSIX {
    public struct Failure: Error, Equatable {
        public var operation: String
        public var path: String
        public var code: Int32

        public var reason: String { errnoDescription(code) }
    }

    /// Reads a whole file, refusing a symbolic link (session files are only ever plain files).
    static func readFile(_ path: String) throws(Failure) -> [UInt8] {
        try readFile(path, flags: O_NOFOLLOW)
    }

    /// Reads a whole file named by a person, who may well use a link.
    public static func readFileFollowingLinks(_ path: String) throws(Failure) -> [UInt8] {
        try readFile(path, flags: 0)
    }

    private static func readFile(_ path: String, flags: Int32) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | flags)
        guard fd >= 0 else { throw Failure(operation: L("op.open"), path: path, code: errno) }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(operation: L("op.read"), path: path, code: errno)
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// Makes what was written to a file, or a folder's entries, durable. On Darwin `fsync`
    /// only hands the data to the drive, whose cache may still lose it, so `F_FULLFSYNC`
    /// asks the drive to flush (falling back to `fsync` on a file system without it).
    static func synchronize(_ fd: Int32) -> Int32 {
        #if canImport(Darwin)
        if fcntl(fd, F_FULLFSYNC) == 0 { return 0 }
        #endif
        return fsync(fd)
    }

    /// Writes a file atomically and privately (see `AtomicFile`), e.g. an export.
    public static func writePrivateFile(_ bytes: [UInt8], to path: String) throws(Failure) {
        try AtomicFile.write(bytes, to: path.contains("/") ? path : "./" + path)
    }

    /// Writes every byte, retrying short writes and interruptions.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws(Failure) {
        var offset = 0
        while offset < bytes.count {
            let count = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(operation: L("op.write"), path: path, code: errno)
            }
            offset += count
        }
    }

    /// Creates a folder and its missing parents, each given exactly `mode` whatever the
    /// umask (under umask 0777 a new folder would otherwise be 0000, unusable). Folders
    /// that were there already keep their mode. Returns whether `path` itself was
    /// created; fails if the path is not a folder.
    @discardableResult
    static func makeDirectory(_ path: String, mode: mode_t) throws(Failure) -> Bool {
        // Usually it is there already: one stat instead of a mkdir per component.
        var info = stat()
        if stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR { return false }
        var partial = path.hasPrefix("/") ? "" : "."
        var created = false
        for component in path.split(separator: "/") {
            // String(component): appending the Substring itself goes through the generic
            // append(contentsOf:), whose first call costs a search of all conformance records.
            partial += "/" + String(component)
            created = mkdir(partial, mode) == 0
            if created {
                // Just made here, so a folder; checked again all the same: never chmod through a link.
                guard kind(of: partial) == .directory else { throw Failure(operation: L("op.createFolder"), path: partial, code: ENOTDIR) }
                guard chmod(partial, mode) == 0 else { throw Failure(operation: L("op.setPermissions"), path: partial, code: errno) }
            } else if errno != EEXIST {
                throw Failure(operation: L("op.createFolder"), path: partial, code: errno)
            }
        }
        guard stat(path, &info) == 0 else { throw Failure(operation: L("op.stat"), path: path, code: errno) }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw Failure(operation: L("op.useFolder"), path: path, code: ENOTDIR) }
        return created
    }

    /// What kind of thing is at a path, without following a final symbolic link.
    enum Kind: Equatable { case missing, file, directory, symbolicLink, other }

    static func kind(of path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    /// The names in a folder (without "." and ".."), or nil if it cannot be read.
    static func entries(of folder: String) -> [String]? {
        guard let handle = opendir(folder) else { return nil }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Permission bits of a path, or nil if it cannot be read.
    static func mode(of path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & 0o7777 : nil
    }
}
