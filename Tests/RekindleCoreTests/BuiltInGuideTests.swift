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

    /// The built-in guide is parsed at start (a problem would stop every start), and
    /// sessions record its id, so the id must not change with the wording.
    @Test func theMarkdownParsesWithoutProblems() throws {
        let parsed = try GuideParser(file: "built-in guide").parse(Guide.builtInSource)
        #expect(parsed.id == "get-back-together")
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
