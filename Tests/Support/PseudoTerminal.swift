import Foundation

/// A terminal the test holds the other end of, for a program that gets it as a plain
/// file rather than as its controlling terminal (tmux always gives it as the latter):
/// closing it then sends the program no SIGHUP, as when a terminal disappears under a
/// program started with its input and output redirected to it.
public final class PseudoTerminal: @unchecked Sendable {
    /// The program's side, to open as its standard input, output and error.
    public let path: String
    private var master: Int32
    /// What the program wrote since the last `send`: the answer to those keys.
    private var answer: [UInt8] = []

    public init(width: UInt16 = 80, height: UInt16 = 24) throws {
        // posix_openpt, unlockpt and ptsname are not in Swift's Glibc module; on Linux
        // they are these two ioctls on /dev/ptmx (numbers from <asm-generic/ioctls.h>).
        let getNumber: UInt = 0x8004_5430, setLock: UInt = 0x4004_5431
        // Close-on-exec: a program holding this end would keep its terminal from going away.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var number: UInt32 = 0, unlocked: Int32 = 0
        guard master >= 0, ioctl(master, setLock, &unlocked) == 0, ioctl(master, getNumber, &number) == 0 else {
            throw Failure(message: "no pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        path = "/dev/pts/\(number)"
        var size = winsize(ws_row: height, ws_col: width, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    deinit { close() }

    /// Reads what the program writes until its answer to the last keys sent holds
    /// `text` as written bytes (no terminal emulation: text the program wrote in pieces,
    /// such as a character typed into a note, is found a key at a time), or fails after
    /// `TmuxSession.timeout`.
    public func waitFor(_ text: String) throws {
        let deadline = Date().addingTimeInterval(TmuxSession.timeout)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while !String(decoding: answer, as: UTF8.self).contains(text) {
            var ready = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard Date() < deadline, master >= 0 else { throw Failure(message: "never wrote \"\(text)\"") }
            guard poll(&ready, 1, 100) > 0 else { continue }
            let count = read(master, &buffer, buffer.count)
            guard count > 0 else { throw Failure(message: "the terminal closed before \"\(text)\" was written") }
            answer += buffer[..<count]
        }
    }

    /// Sends keys, as bytes a terminal would.
    public func send(_ text: String) {
        answer = []
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Makes the terminal disappear: the program's side then reads end-of-file.
    public func close() {
        if master >= 0 { _ = Glibc.close(master) }
        master = -1
    }

    public struct Failure: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }
}
