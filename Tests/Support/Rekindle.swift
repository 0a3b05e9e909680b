import Foundation

/// Runs the real `rekindle` binary against a private data folder.
public struct Rekindle: Sendable {
    public let dataDirectory: String

    public init(dataDirectory: String) { self.dataDirectory = dataDirectory }

    /// The environment the binary runs with: no real home, a fixed time zone.
    public var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["REKINDLE_DATA_DIR"] = dataDirectory
        environment["HOME"] = dataDirectory + "/home"
        environment["TZ"] = "UTC"
        environment["NO_COLOR"] = nil
        return environment
    }

    /// What the coach gets in a tmux pane: the same, in UTF-8, and nothing else
    /// (tmux adds TERM).
    public var terminalEnvironment: [String: String] {
        var environment = self.environment.filter { ["PATH", "HOME", "TZ", "REKINDLE_DATA_DIR"].contains($0.key) }
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = "C.UTF-8"
        return environment
    }

    /// The pid of the running coach that holds a session, from its lock file.
    public func holderPID(of session: String = "default") -> Int32 {
        let text = (try? String(contentsOfFile: "\(dataDirectory)/sessions/\(session).lock", encoding: .utf8)) ?? ""
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    @discardableResult
    public func run(_ arguments: [String], input: String? = nil) throws -> Command.Result {
        try Command(Repository.binary, arguments, environment: environment, input: input).run()
    }
}
