import Foundation

/// Paths in the repository and beside it, found from this source file's location.
public enum Repository {
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The read-only folder of shared material next to the repository.
    public static let shared = root + "/../shared"

    /// The `rekindle` the end-to-end tests drive: REKINDLE_BINARY when set (`make test`
    /// sets it to the release binary that `make install` ships), else the one built
    /// alongside the test bundle (`swift test` builds both).
    public static let binary: String = {
        if let chosen = ProcessInfo.processInfo.environment["REKINDLE_BINARY"], !chosen.isEmpty { return chosen }
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("rekindle").path
        if FileManager.default.isExecutableFile(atPath: besideTests) { return besideTests }
        return root + "/.build/debug/rekindle"
    }()

    /// Whether a test's requirement is met, or the run is CI's: there a missing
    /// requirement fails the test rather than skipping it unseen.
    public static func runs(where met: Bool) -> Bool {
        met || ProcessInfo.processInfo.environment["CI"] != nil
    }
}
