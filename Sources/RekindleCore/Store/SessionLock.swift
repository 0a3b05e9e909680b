/// Keeps a second `rekindle` off a session while this one has it open. The lock is
/// an advisory `flock` on `NAME.lock`, never on the JSON (which each save replaces),
/// so the kernel drops it when the holder dies: a stale lock is simply taken.
public final class SessionLock {
    private let fd: Int32
    public let path: String

    /// Only a plain file gives exclusion: a FIFO, device, socket, folder or link in its
    /// place is refused with one line (and left as it is), never opened through.
    init(path: String, sessionName: String) throws(StoreError) {
        func refused(_ what: String) -> StoreError {
            .unreadable(name: sessionName, path: path, reason: L("file.lockNotPlain", what))
        }
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG { throw refused(Self.describe(info.st_mode)) }
        // O_NONBLOCK: should a FIFO or device appear here meanwhile, opening it must not wait.
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY | O_NONBLOCK, 0o600)
        guard fd >= 0 else {
            if errno == ELOOP { throw refused(L("file.kind.symbolicLink")) }
            throw StoreError.io(operation: L("op.openLock"), path: path, reason: errnoDescription())
        }
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw refused(Self.describe(info.st_mode))
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            var text = [UInt8](repeating: 0, count: 32)
            let count = text.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
            let holder = Int32(String(decoding: text.prefix(max(0, count)), as: UTF8.self).trimmingTrailingNewline())
            close(fd)
            throw StoreError.locked(name: sessionName, pid: holder)
        }
        fchmod(fd, 0o600)
        let pid = Array("\(getpid())\n".utf8)
        if ftruncate(fd, 0) == 0 { _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) } }
        self.fd = fd
        self.path = path
    }

    /// What a file type is, worded to follow "is".
    private static func describe(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: L("file.kind.fifo")
        case S_IFCHR, S_IFBLK: L("file.kind.device")
        case S_IFSOCK: L("file.kind.socket")
        case S_IFDIR: L("file.kind.folder")
        case S_IFLNK: L("file.kind.symbolicLink")
        default: L("file.kind.other")
        }
    }

    deinit {
        _ = ftruncate(fd, 0)
        close(fd)
    }
}

extension String {
    func trimmingTrailingNewline() -> String {
        var text = self
        while text.last?.isNewline == true { text.removeLast() }
        return text
    }
}
