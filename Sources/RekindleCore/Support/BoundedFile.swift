/// A file a person names on the command line (a guide, a session to import), read
/// only if it is a plain file of at most `limit` bytes. Both are checked before a byte
/// is read: `/dev/zero`, a FIFO or a huge file would otherwise be read until memory
/// runs out, or wait forever for a writer.
public enum BoundedFile {
    /// The largest file rekindle reads: the longest guide or export is a few megabytes.
    public static let limit = 64 << 20
    /// `limit` in words, for messages.
    public static let limitDescription = "64 MB"

    /// Why a file was not read, worded to follow its name ("g.md: …", "cannot import g.md: it …").
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var path: String
        /// A clause that reads after "it": "is a device, not a plain file".
        public var reason: String

        public var description: String { reason }
    }

    /// The file's bytes; a symbolic link is followed (a person may well name one).
    public static func read(_ path: String) throws(Failure) -> [UInt8] {
        // Checked by name first: opening a FIFO for reading waits for a writer.
        var info = stat()
        guard stat(path, &info) == 0 else { throw failure(path, code: errno) }
        try check(info, path: path)
        // O_NONBLOCK: should a FIFO have taken the file's place since, open still returns.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)
        guard fd >= 0 else { throw failure(path, code: errno) }
        defer { close(fd) }
        guard fstat(fd, &info) == 0 else { throw failure(path, code: errno) }
        try check(info, path: path)
        // At most one byte past the limit: a file growing while it is read is refused too.
        var bytes = [UInt8](repeating: 0, count: min(Int(info.st_size), limit) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard bytes.count <= limit else {
                    throw Failure(path: path, reason: L("file.grew", limitDescription))
                }
                bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, limit + 1 - bytes.count)))
            }
            let read = bytes.withUnsafeMutableBytes { readSome(fd, $0.baseAddress! + count, $0.count - count) }
            if read < 0 {
                if errno == EINTR { continue }
                throw failure(path, code: errno)
            }
            if read == 0 { break }
            count += read
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    private static func check(_ info: stat, path: String) throws(Failure) {
        let kind: String
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            guard Int(info.st_size) <= limit else {
                throw Failure(path: path, reason: L("file.tooLarge", limitDescription, info.st_size))
            }
            return
        case S_IFDIR: kind = L("file.kind.folder")
        case S_IFCHR, S_IFBLK: kind = L("file.kind.device")
        case S_IFIFO: kind = L("file.kind.pipe")
        case S_IFSOCK: kind = L("file.kind.socket")
        default: throw Failure(path: path, reason: L("file.notPlain"))
        }
        throw Failure(path: path, reason: L("file.kindNotPlain", kind))
    }

    private static func failure(_ path: String, code: Int32) -> Failure {
        Failure(path: path, reason: L("file.cannotRead", errnoDescription(code)))
    }
}

/// The system's read(2); inside `BoundedFile` the name is its own `read`.
private func readSome(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
