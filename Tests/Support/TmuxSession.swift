import Foundation

/// A real terminal for end-to-end tests: a private tmux server running one command
/// in a pane of a given size. Tests type with `send` and wait for text on screen
/// (never fixed sleeps), as a person would look before pressing the next key.
public final class TmuxSession: @unchecked Sendable {
    public let socket = "rekindle-test-\(UUID().uuidString.prefix(8))"
    public static let timeout: TimeInterval = 20

    /// Starts `command` (a shell command line) in a `width`x`height` pane. The pane
    /// stays after the command ends, so its last screen can be read, and the shell
    /// records the command's exit status in a file (tmux's own record of it is not
    /// always there when the pane closes).
    public init(width: Int = 80, height: Int = 24, command: String, environment: [String: String]) throws {
        let exports = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        // Set before the command starts, so even one that ends at once leaves its pane.
        files.write("tmux.conf", Array("set -g remain-on-exit on\n".utf8))
        let script = "\(command)\necho $? > \(files.file("status"))"
        try tmux(["-f", files.file("tmux.conf"), "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", "main",
                  // The server inherits the test runner's environment (which may set NO_COLOR);
                  // the program sees only TERM from tmux and what the test gives it.
                  "env -u NO_COLOR \(exports) sh -c \(Self.quote(script))"])
    }

    private let files = TemporaryDirectory()

    deinit {
        _ = try? tmux(["kill-server"])
    }

    /// Runs a tmux command on this test's own server.
    @discardableResult
    public func tmux(_ arguments: [String]) throws -> String {
        let result = try Command("/usr/bin/tmux", ["-u", "-L", socket] + arguments).run()
        guard result.status == 0 else { throw Failure(message: "tmux \(arguments.joined(separator: " ")): \(result.stderr)") }
        return result.stdout
    }

    /// Keys by tmux name ("Enter", "Tab", "C-c", "Space", "Down").
    public func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "main"] + keys)
    }

    /// Text typed literally, character by character.
    public func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "main", "-l", text])
    }

    /// A line typed and entered, as a person answers a prompt.
    public func typeLine(_ text: String) throws {
        try type(text)
        try send("Enter")
    }

    /// The screen as text, one line per row.
    public func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "main"])
    }

    /// Waits until `text` is on screen; fails with the screen if it never appears.
    @discardableResult
    public func waitFor(_ text: String, timeout: TimeInterval = TmuxSession.timeout) throws -> String {
        try waitUntil("'\(text)' on screen", timeout: timeout) { $0.contains(text) }
    }

    /// Waits until the screen satisfies `condition`.
    @discardableResult
    public func waitUntil(_ what: String, timeout: TimeInterval = TmuxSession.timeout, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            usleep(20_000)
        }
        throw Failure(message: "timed out waiting for \(what); the screen was:\n\(last)")
    }

    /// Waits for the command to end and returns its exit status.
    @discardableResult
    public func waitForExit(timeout: TimeInterval = TmuxSession.timeout) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = files.read("status").map({ String(decoding: $0, as: UTF8.self) }), text.hasSuffix("\n") {
                return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
            }
            usleep(20_000)
        }
        throw Failure(message: "timed out waiting for the program to exit; the screen was:\n\(try screen())")
    }

    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
    }

    public struct Failure: Error, CustomStringConvertible {
        public var message: String

        public init(message: String) { self.message = message }

        public var description: String { message }
    }

    public static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
