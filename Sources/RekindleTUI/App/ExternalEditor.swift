import RekindleCore

/// Hands a note to the person's own editor ($VISUAL, else $EDITOR, else vi) through a
/// private temporary file: a 0700 folder holding a 0600 file. The whole folder goes
/// after, whatever the editor left in it (a `note.md~` backup, a swap file, a folder).
///
/// A coach killed while the editor is open cannot remove it, so each coach removes at
/// start the folders earlier ones left (`removeLeftovers`). A folder is taken for
/// Rekindle's only if it is named `rekindle-editor-` and six characters (mkdtemp's),
/// is a real folder of the current user, holds the marker file a coach puts in it,
/// and is not locked: a coach holds a lock on its folder while the editor runs, so
/// another coach starting meanwhile leaves it alone.
public enum ExternalEditor {
    struct Result {
        var text: String?
        var problem: String?
    }

    static let folderPrefix = "rekindle-editor-"
    /// The file that marks a folder as made by a coach for its editor.
    static let markerName = ".rekindle-editor-folder"

    static func edit(_ text: String, environment: [String: String]) -> Result {
        let command = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let base = temporaryFolder(environment)
        var template = Array("\(base)/\(folderPrefix)XXXXXX".utf8CString)
        guard let folderPointer = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            return Result(problem: L("editor.noFolder", base, String(cString: strerror(errno))))
        }
        let folder = String(cString: folderPointer)
        // Locked before it is marked as Rekindle's, so no other coach ever sees it marked
        // and unlocked while this one uses it.
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard folderDescriptor >= 0, flock(folderDescriptor, LOCK_EX) == 0 else {
            let reason = String(cString: strerror(errno))
            if folderDescriptor >= 0 { close(folderDescriptor) }
            rmdir(folder)
            return Result(problem: L("editor.badFolder", base, reason))
        }
        defer {
            removeContents(of: folderDescriptor)
            rmdir(folder)
            close(folderDescriptor)
        }
        let marker = openat(folderDescriptor, markerName, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if marker >= 0 { close(marker) }
        let file = folder + "/note.md"
        do {
            try POSIX.writePrivateFile(Array(text.utf8), to: file)
        } catch {
            return Result(problem: L("editor.noWrite", error.reason))
        }
        let status = spawnAndWait(["/bin/sh", "-c", command + " \"$1\"", "sh", file])
        guard status == 0 else {
            return Result(problem: L("editor.failed", command, status))
        }
        do {
            let bytes = try POSIX.readFileFollowingLinks(file)
            var edited = String(decoding: bytes, as: UTF8.self)
            if edited.hasSuffix("\n") && !text.hasSuffix("\n") { edited.removeLast() }
            return Result(text: edited)
        } catch {
            return Result(problem: L("editor.noRead", error.reason))
        }
    }

    /// Removes the editor folders that earlier coaches left in the temporary folder
    /// ($TMPDIR, else /tmp), killed while their editor was open; see the type's notes
    /// for what is taken for one. Anything else is left alone, and a folder that
    /// cannot be removed is left as it is.
    static func removeLeftovers(environment: [String: String]) {
        let base = temporaryFolder(environment)
        for name in entries(of: base, startingWith: folderPrefix) where isEditorFolderName(name) {
            let path = base + "/" + name
            let folder = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
            guard folder >= 0 else { continue }
            defer { close(folder) }
            var info = stat(), marker = stat()
            guard fstat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == getuid(),
                  flock(folder, LOCK_EX | LOCK_NB) == 0,
                  fstatat(folder, markerName, &marker, AT_SYMLINK_NOFOLLOW) == 0,
                  marker.st_mode & S_IFMT == S_IFREG, marker.st_uid == getuid() else { continue }
            removeContents(of: folder)
            rmdir(path)
        }
    }

    /// `rekindle-editor-` and six letters or digits, as mkdtemp makes them.
    static func isEditorFolderName(_ name: String) -> Bool {
        guard name.hasPrefix(folderPrefix) else { return false }
        let suffix = name.utf8.dropFirst(folderPrefix.utf8.count)
        return suffix.count == 6 && suffix.allSatisfy { (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }
    }

    private static func temporaryFolder(_ environment: [String: String]) -> String {
        environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    }

    /// The names in a folder (without `.` and `..`), read through a descriptor of its own.
    private static func entries(of folder: Int32) -> [String] {
        let listing = openat(folder, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard listing >= 0 else { return [] }
        guard let stream = fdopendir(listing) else {
            close(listing)
            return []
        }
        defer { closedir(stream) }
        return names(in: stream)
    }

    private static func entries(of path: String, startingWith prefix: String) -> [String] {
        guard let stream = opendir(path) else { return [] }
        defer { closedir(stream) }
        return names(in: stream, startingWith: prefix)
    }

    /// The names in a folder that start with `prefix`.
    private static func names(in stream: OpaquePointer, startingWith prefix: String = "") -> [String] {
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.baseAddress!.assumingMemoryBound(to: CChar.self)) }
            if name.hasPrefix(prefix) && name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Removes everything in a folder, folders within it included, without following
    /// a link: a file is unlinked, a folder emptied (after making it the owner's own
    /// to change) and removed.
    static func removeContents(of folder: Int32, depth: Int = 0) {
        guard depth < 64 else { return }
        for name in entries(of: folder) {
            if unlinkat(folder, name, 0) == 0 { continue }
            var info = stat()
            guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0, info.st_mode & S_IFMT == S_IFDIR else { continue }
            fchmodat(folder, name, S_IRWXU, 0)
            let child = openat(folder, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
            guard child >= 0 else { continue }
            removeContents(of: child, depth: depth + 1)
            close(child)
            unlinkat(folder, name, AT_REMOVEDIR)
        }
    }

    /// This process's environment, as the C library holds it (Darwin does not export
    /// `environ` to programs, only through `_NSGetEnviron`).
    private static var processEnvironment: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        #if canImport(Darwin)
        _NSGetEnviron().pointee
        #else
        environ
        #endif
    }

    /// Runs a program with the terminal and waits; returns its exit status (127: could not start).
    private static func spawnAndWait(_ arguments: [String]) -> Int32 {
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, arguments[0], nil, nil, &argv, processEnvironment) == 0 else { return 127 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }
}
