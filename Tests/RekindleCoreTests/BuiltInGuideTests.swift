import Foundation
import Testing
import TestSupport
@testable import RekindleCore

@Suite struct BuiltInGuideTests {
    let guide = Guide.builtIn

    @Test func hasTheOpeningTenStepsAndTheClosing() {
        #expect(guide.parts.first?.kind == .opening)
        #expect(guide.parts.last?.kind == .closing)
        #expect(guide.steps.map(\.title) == [
            "Reflecting on the Relationship", "Give Each Other Space", "Focus on Self-Improvement",
            "Reestablish Communication", "Apologize Sincerely", "Rebuild Trust", "Show Empathy and Understanding",
            "Focus on the Positive", "Seek Professional Help", "Respect Each Other's Boundaries",
        ])
        #expect(guide.parts.count == 12)
    }

    @Test func everyStepHasGuidanceActionsAndPrompts() {
        for part in guide.parts where part.kind != .opening {
            let words = part.guidance.joined(separator: " ").split(separator: " ").count
            #expect((60...150).contains(words), "\(part.title): \(words) words of guidance")
            #expect((3...6).contains(part.checklist.count), "\(part.title): \(part.checklist.count) actions")
            #expect((1...3).contains(part.prompts.count), "\(part.title): \(part.prompts.count) prompts")
        }
    }

    @Test func keepsTheSourcesBalance() {
        let text = guide.parts.flatMap(\.guidance).joined(separator: " ").lowercased()
        #expect(text.contains("let go"))
        #expect(text.contains("boundar") || text.contains("limits"))
        #expect(text.contains("crisis line"))
    }

    /// A start uses the guide written out as Swift (BuiltInGuide+Parsed.swift) rather
    /// than parsing the Markdown; it must be exactly what the parser makes of it.
    @Test func theWrittenOutGuideIsTheParsedMarkdown() throws {
        let parsed = try GuideParser(file: "built-in guide").parse(Guide.builtInSource)
        let path = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "Sources/RekindleCore/Guide/BuiltInGuide+Parsed.swift").path
        if ProcessInfo.processInfo.environment["REKINDLE_WRITE_GUIDE"] != nil {
            _ = FileManager.default.createFile(atPath: path, contents: Data(swiftSource(of: parsed).utf8))
        }
        // Compared outside #expect, which would print both whole guides.
        let written = String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
        let current = guide == parsed && written == swiftSource(of: parsed)
        #expect(current, "BuiltInGuide.md changed: REKINDLE_WRITE_GUIDE=1 swift test --filter BuiltInGuideTests writes the guide out again")
    }

    /// The guide as a Swift declaration of `Guide.builtIn`.
    private func swiftSource(of guide: Guide) -> String {
        func quoted(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\\": out += "\\\\"
                case "\"": out += "\\\""
                case _ where scalar.value < 0x20: out += "\\u{\(String(scalar.value, radix: 16))}"
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out + "\""
        }
        func list(_ items: [String], indent: String) -> String {
            items.isEmpty ? "[]" : "[\n" + items.map { "\(indent)    \($0),\n" }.joined() + "\(indent)]"
        }
        let field = String(repeating: " ", count: 16)
        let parts = guide.parts.map { part in
            "Part(\n"
                + "\(field)id: \(quoted(part.id)), kind: .\(part.kind.rawValue), title: \(quoted(part.title)),\n"
                + "\(field)guidance: \(list(part.guidance.map(quoted), indent: field)),\n"
                + "\(field)checklist: \(list(part.checklist.map { "ChecklistItem(id: \(quoted($0.id)), text: \(quoted($0.text)))" }, indent: field)),\n"
                + "\(field)prompts: \(list(part.prompts.map(quoted), indent: field))\n"
                + "            )"
        }
        return """
            // Written by BuiltInGuideTests from BuiltInGuide.md; do not edit. After editing the
            // Markdown, `REKINDLE_WRITE_GUIDE=1 swift test --filter BuiltInGuideTests` writes it again.

            extension Guide {
                /// The built-in guide as the parser reads BuiltInGuide.md, written out so that no
                /// start spends a few tenths of a millisecond parsing it (the tests keep the two equal).
                public static let builtIn = Guide(
                    id: \(quoted(guide.id)), title: \(quoted(guide.title)), contentHash: \(quoted(guide.contentHash)),
                    parts: \(list(parts, indent: "        "))
                )
            }

            """
    }

    /// Where the guide's source document is: beside the repository, not in it.
    static let sourcePath = Repository.shared + "/seed/guide-source.txt"

    /// The guide is written in our own words: no run of eight words may match the source.
    /// A clone without the shared folder beside it cannot compare, and says so.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: sourcePath), "needs ../shared/seed/guide-source.txt beside the repository"))
    func sharesNoEightWordRunWithTheSource() throws {
        let path = Self.sourcePath
        let source = try #require(FileManager.default.contents(atPath: path), "missing \(path)")
        let sourceRuns = Set(runs(of: words(String(decoding: source, as: UTF8.self)), length: 8))
        // The title line is the guide's given name, not prose.
        let ours = String(decoding: Guide.builtInSource, as: UTF8.self)
            .split(separator: "\n").filter { !$0.hasPrefix("# ") }.joined(separator: "\n")
        let copied = runs(of: words(ours.replacingOccurrences(of: #"\{#[^}]*\}"#, with: "", options: .regularExpression)), length: 8)
            .filter(sourceRuns.contains)
        #expect(copied.isEmpty, "copied runs: \(copied)")
    }

    private func words(_ text: String) -> [String] {
        text.lowercased().replacingOccurrences(of: "’", with: "").replacingOccurrences(of: "'", with: "")
            .split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    private func runs(of words: [String], length: Int) -> [String] {
        guard words.count >= length else { return [] }
        return (0...(words.count - length)).map { words[$0..<$0 + length].joined(separator: " ") }
    }
}
