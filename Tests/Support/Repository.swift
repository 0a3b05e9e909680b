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

    /// The `rekindle` built alongside the test bundle (`swift test` builds both).
    public static let binary: String = {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("rekindle").path
        if FileManager.default.isExecutableFile(atPath: besideTests) { return besideTests }
        return root + "/.build/debug/rekindle"
    }()
}
