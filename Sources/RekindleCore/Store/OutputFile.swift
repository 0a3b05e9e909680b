/// Writes a file a person named (`export --output PATH`) into the path they gave. A
/// new path or a plain file is written atomically and privately (see `AtomicFile`:
/// 0600, fsync, rename, fsync of the folder). Anything else is opened and written in
/// place, never replaced: a symbolic link is followed to its target, and a FIFO or a
/// device gets the bytes streamed into it, so `/dev/null` stays the null device.
public enum OutputFile {
    /// Whether the path means standard output: `-` or `/dev/stdout`.
    public static func isStandardOutput(_ path: String) -> Bool {
        path == "-" || path == "/dev/stdout"
    }

    public static func write(_ bytes: [UInt8], to path: String) throws(POSIX.Failure) {
        switch POSIX.kind(of: path) {
        case .missing, .file: try AtomicFile.write(bytes, to: path.contains("/") ? path : "./" + path)
        case .directory: throw POSIX.Failure(operation: L("op.writeTo"), path: path, code: EISDIR)
        case .symbolicLink, .other: try writeInPlace(bytes, to: path)
        }
    }

    /// Opens the path for writing (following a link) and writes the bytes into it. A
    /// plain file at the end is truncated first and fsynced after; one this creates (at
    /// the end of a dangling link) is made 0600.
    private static func writeInPlace(_ bytes: [UInt8], to path: String) throws(POSIX.Failure) {
        var info = stat()
        let isNew = stat(path, &info) != 0 && errno == ENOENT
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOCTTY, 0o600)
        guard fd >= 0 else { throw POSIX.Failure(operation: L("op.open"), path: path, code: errno) }
        defer { close(fd) }
        guard fstat(fd, &info) == 0 else { throw POSIX.Failure(operation: L("op.stat"), path: path, code: errno) }
        let isPlainFile = info.st_mode & S_IFMT == S_IFREG
        if isPlainFile && isNew { fchmod(fd, 0o600) }
        try bytes.withUnsafeBytes { raw in Result { () throws(POSIX.Failure) in try POSIX.writeAll(fd, raw, path: path) } }.get()
        if isPlainFile {
            guard POSIX.synchronize(fd) == 0 else { throw POSIX.Failure(operation: L("op.fsync"), path: path, code: errno) }
        }
    }
}
