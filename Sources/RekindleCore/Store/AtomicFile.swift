/// Replaces a file so that a crash at any instant leaves either the old bytes or the
/// new ones, never a mix or nothing: write a private temporary file in the same
/// folder, fsync it, rename it over the target, then fsync the folder so the rename
/// itself is durable.
enum AtomicFile {
    /// The steps of a save, reported (when asked) so crash tests can kill the
    /// process at each of them rather than at a guessed moment.
    enum Step: String { case begin, written, synced, renamed, done }

    static func write(_ bytes: [UInt8], to path: String) throws(POSIX.Failure) {
        report(.begin)
        defer { report(.done) }
        let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
        let folder = slash.map { String(path[..<$0]) } ?? ""
        let base = slash.map { String(path[path.utf8.index(after: $0)...]) } ?? path
        let temporary = "\(folder)/.\(base).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        // Named by the file asked for: the temporary name means nothing to the person.
        guard fd >= 0 else { throw POSIX.Failure(operation: L("op.create"), path: path, code: errno) }
        do throws(POSIX.Failure) {
            defer { close(fd) }
            guard fchmod(fd, 0o600) == 0 else { throw POSIX.Failure(operation: L("op.chmod"), path: temporary, code: errno) }
            try bytes.withUnsafeBytes { raw in Result { () throws(POSIX.Failure) in try POSIX.writeAll(fd, raw, path: temporary) } }.get()
            report(.written)
            guard POSIX.synchronize(fd) == 0 else { throw POSIX.Failure(operation: L("op.fsync"), path: temporary, code: errno) }
            report(.synced)
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw POSIX.Failure(operation: L("op.rename"), path: path, code: code)
        }
        report(.renamed)
        let directory = open(folder.isEmpty ? "/" : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard directory >= 0 else { throw POSIX.Failure(operation: L("op.openFolder"), path: folder, code: errno) }
        defer { close(directory) }
        guard POSIX.synchronize(directory) == 0 else { throw POSIX.Failure(operation: L("op.fsyncFolder"), path: folder, code: errno) }
    }

    /// Appends the step to the file named by REKINDLE_SAVE_MARKERS, if set (tests only).
    private static func report(_ step: Step) {
        guard let path = getenv("REKINDLE_SAVE_MARKERS") else { return }
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        let line = Array("\(step.rawValue)\n".utf8)
        _ = line.withUnsafeBytes { systemWrite(fd, $0.baseAddress, $0.count) }
        close(fd)
    }
}
