import Foundation
import Testing
import TestSupport

/// A picture kept in Snapshots/: compared with, or, with REKINDLE_RECORD_SNAPSHOTS=1,
/// recorded (read every recorded picture before committing it).
enum SnapshotFile {
    static func assert(_ picture: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let path = Repository.root + "/Tests/RekindleTUITests/Snapshots/\(name).txt"
        if ProcessInfo.processInfo.environment["REKINDLE_RECORD_SNAPSHOTS"] == "1" {
            try picture.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        let expected = try #require(try? String(contentsOfFile: path, encoding: .utf8),
                                    "no snapshot \(path); record it with REKINDLE_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
        #expect(picture == expected, "\(name) differs from \(path)", sourceLocation: sourceLocation)
    }
}
