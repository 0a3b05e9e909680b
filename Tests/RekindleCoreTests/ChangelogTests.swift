import Foundation
import Testing
import TestSupport
import RekindleCore

/// Issue 28: the version comes from one place (`Version.current`), and CHANGELOG.md
/// says what is in it.
@Suite struct ChangelogTests {
    let lines = ((try? String(contentsOfFile: Repository.root + "/CHANGELOG.md", encoding: .utf8)) ?? "")
        .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)

    @Test func theCurrentVersionHasADatedSection() throws {
        let heading = try #require(lines.first { $0.hasPrefix("## [\(Version.current)]") },
                                   "CHANGELOG.md has no '## [\(Version.current)] - YYYY-MM-DD' section")
        #expect(heading.wholeMatch(of: /## \[\d+\.\d+\.\d+\] - \d{4}-\d{2}-\d{2}/) != nil, "\(heading)")
    }

    @Test func unreleasedChangesComeFirst() throws {
        let sections = lines.filter { $0.hasPrefix("## ") }
        #expect(sections.first == "## [Unreleased]")
        // Newest first: each released version is older than the one above it.
        let versions = sections.dropFirst().compactMap { $0.firstMatch(of: /\[(\d+)\.(\d+)\.(\d+)\]/) }
            .map { [Int($0.1)!, Int($0.2)!, Int($0.3)!] }
        #expect(versions.count == sections.count - 1)
        #expect(zip(versions, versions.dropFirst()).allSatisfy { $1.lexicographicallyPrecedes($0) })
    }
}
