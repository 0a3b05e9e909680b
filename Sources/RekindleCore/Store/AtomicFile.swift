/// Replaces a file so that a crash at any instant leaves either the old bytes or the
/// new ones, never a mix or nothing: write a private temporary file in the same
/// folder, fsync it, rename it over the target, then fsync the folder so the rename
/// itself is durable.
enum AtomicFile {
    static func write(_ bytes: [UInt8], to path: String) throws(POSIX.Failure) {
        let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let base = path.split(separator: "/").last.map(String.init) ?? path
        let temporary = "\(folder)/.\(base).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw POSIX.Failure(operation: "create", path: temporary, code: errno) }
        do throws(POSIX.Failure) {
            defer { close(fd) }
            guard fchmod(fd, 0o600) == 0 else { throw POSIX.Failure(operation: "chmod", path: temporary, code: errno) }
            try POSIX.writeAll(fd, bytes, path: temporary)
            guard fsync(fd) == 0 else { throw POSIX.Failure(operation: "fsync", path: temporary, code: errno) }
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw POSIX.Failure(operation: "rename", path: path, code: code)
        }
        let directory = open(folder.isEmpty ? "/" : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard directory >= 0 else { throw POSIX.Failure(operation: "open folder", path: folder, code: errno) }
        defer { close(directory) }
        guard fsync(directory) == 0 else { throw POSIX.Failure(operation: "fsync folder", path: folder, code: errno) }
    }
}
