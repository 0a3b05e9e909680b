/// Keeps a second `rekindle` off a session while this one has it open. The lock is
/// an advisory `flock` on `NAME.lock`, never on the JSON (which each save replaces),
/// so the kernel drops it when the holder dies: a stale lock is simply taken.
public final class SessionLock {
    private let fd: Int32
    public let path: String

    init(path: String, sessionName: String) throws(StoreError) {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw StoreError.io(operation: "open lock", path: path, reason: errnoDescription()) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let holder = (try? POSIX.readFile(path)).flatMap { Int32(String(decoding: $0, as: UTF8.self).trimmingTrailingNewline()) }
            close(fd)
            throw StoreError.locked(name: sessionName, pid: holder)
        }
        fchmod(fd, 0o600)
        let pid = Array("\(getpid())\n".utf8)
        if ftruncate(fd, 0) == 0 { _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) } }
        self.fd = fd
        self.path = path
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
