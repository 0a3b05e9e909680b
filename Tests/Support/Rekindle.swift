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

    @discardableResult
    public func run(_ arguments: [String], input: String? = nil) throws -> Command.Result {
        try Command(Repository.binary, arguments, environment: environment, input: input).run()
    }
}
