import Foundation
import Testing
import TestSupport
@testable import RekindleTUI

/// The man page's KEYS section is written by hand; every key the coach binds (its help
/// screen's table, `KeyMap.sections`) must appear in it, so the two cannot drift apart.
@Suite struct ManPageKeysTests {
    /// A key as roff writes it in bold: "Ctrl-E" is `\fBCtrl\-E\fR`, "→" is `\fBRight\fR`.
    static func roff(_ key: String) -> String {
        let names = ["→": "Right", "←": "Left", "↑": "Up", "↓": "Down"]
        return "\\fB" + (names[key] ?? key).replacing("-", with: "\\-") + "\\fR"
    }

    @Test func everyBoundKeyIsInTheManPage() throws {
        let page = try String(contentsOfFile: Repository.root + "/rekindle.1", encoding: .utf8)
        let keys = try #require(page.split(separator: ".SH KEYS").dropFirst().first?.split(separator: ".SH ").first)
        for binding in KeyMap.sections.flatMap(\.bindings) where !binding.keys.isEmpty {
            // The first key of each binding, as its help label names it.
            let first = String(binding.label.split(separator: " ").first ?? "")
            #expect(keys.contains(Self.roff(first)), "the man page's KEYS lacks \(first) (\(binding.help))")
        }
    }
}
