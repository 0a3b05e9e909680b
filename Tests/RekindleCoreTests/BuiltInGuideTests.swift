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

/// Issue 26: the built-in guide says when it is the wrong tool, puts the boundaries
/// rule before any step about reaching out, and carries help that can be reached.
@Suite struct BuiltInGuideSafetyTests {
    let guide = Guide.builtIn

    func text(of part: Part) -> String { part.guidance.joined(separator: " ").lowercased() }

    @Test func theOpeningOrFirstStepNamesAbuseFearAndHarassment() {
        let start = guide.parts.prefix { $0.kind == .opening }.map(text).joined(separator: " ") + " " + text(of: guide.steps[0])
        for word in ["abuse", "afraid", "harass", "coercive control", "no contact", "harming yourself", "help-now", "f9"] {
            #expect(start.contains(word), "\(word)")
        }
        #expect(start.contains("controlled where you went"))
    }

    @Test func theBoundariesRuleComesBeforeReachingOut() throws {
        let rule = try #require(guide.parts.firstIndex { text(of: $0).contains("\"no contact\" are answers") && text(of: $0).contains("honor") })
        let reaching = try #require(guide.parts.firstIndex { $0.involvesContact })
        #expect(rule < reaching)
        #expect(guide.parts.filter(\.involvesContact).map(\.id) == ["communication", "apologize", "trust", "empathy"])
        // Step 2, before any of them, says what a request for no contact means.
        #expect(text(of: guide.steps[1]).contains("asked for no contact"))
    }

    @Test func stepFourSaysWhatReadinessLooksLike() throws {
        let communication = try #require(guide.part(id: "communication"))
        #expect(text(of: communication).contains("the no-contact period you chose has ended, and they have not asked you for distance"))
    }

    @Test func stepNinePointsToHelpNow() throws {
        let professional = try #require(guide.part(id: "professional-help"))
        #expect(text(of: professional).contains("f9"))
        #expect(text(of: professional).contains("help-now"))
        #expect(text(of: professional).contains("today"))
    }

    /// Sessions store checks by id: every action id the guide ever shipped stays.
    @Test func keepsEveryActionID() {
        let shipped = [
            "reflect.first-drew", "reflect.worked-and-wrong", "reflect.both-sides", "reflect.healthy",
            "space.no-contact-period", "space.mute", "space.tell-friend", "space.no-checking",
            "self-improvement.habit-plan", "self-improvement.joyful-activity", "self-improvement.routine",
            "self-improvement.reconnect-friend",
            "communication.draft-message", "communication.say-and-hear", "communication.reflect-back", "communication.accept-reply",
            "apologize.regrets", "apologize.write-apology", "apologize.give-apology", "apologize.change-per-regret",
            "trust.keep-commitments", "trust.drop-promise", "trust.hard-truth",
            "empathy.their-view", "empathy.name-feeling", "empathy.open-question",
            "positive.good-memories", "positive.gratitude-week", "positive.kinder-thought",
            "professional-help.find-therapist", "professional-help.book-appointment", "professional-help.session-topics",
            "professional-help.crisis-line",
            "boundaries.their-boundaries", "boundaries.your-boundaries", "boundaries.remove-pressure", "boundaries.if-no",
            "moving-forward.lessons", "moving-forward.look-forward", "moving-forward.support-network",
        ]
        let ids = Set(guide.allItems.map(\.id))
        #expect(shipped.filter { !ids.contains($0) } == [])
    }

    @Test func theHelpSectionHasEveryGroupWithServices() throws {
        let help = try #require(guide.help)
        #expect(help.groups.map(\.id) == ["help.danger", "help.self-harm", "help.afraid", "help.caused-harm"])
        #expect(help.groups.allSatisfy { !$0.services.isEmpty })
        let lines = help.groups.flatMap(\.services).map(\.line).joined(separator: "\n")
        for fact in ["call 911 (US), 999 (UK), 112 (EU)", "988 Suicide & Crisis Lifeline (US): call or text 988",
                     "Samaritans (UK and Ireland): call 116 123", "call 1-800-799-7233; text START to 88788",
                     "National Domestic Abuse Helpline (UK): call 0808 2000 247", "findahelpline.com"] {
            #expect(lines.contains(fact), "\(fact)")
        }
    }

    /// One spelling convention, American, as the step title "Apologize Sincerely" has it.
    @Test func spellsOneWay() {
        let words = String(decoding: Guide.builtInSource, as: UTF8.self).lowercased()
            .split { !$0.isLetter }.map(String.init)
        let british = ["towards", "behaviour", "honour", "honoured", "counsellor", "counselling", "apologise", "apologised",
                       "realise", "colour", "centre", "organise", "favour", "programme", "whilst", "learnt", "practise"]
        #expect(words.filter(british.contains) == [])
    }
}

/// Issue 27: the built-in guide marks its timed actions, its decision, its no-contact
/// period, the steps that serve anyone, the draft box, and the notes carried forward.
@Suite struct BuiltInGuidePacingTests {
    let guide = Guide.builtIn

    @Test func hasFortyOneActions() {
        #expect(guide.allItems.count == 41)
    }

    @Test func marksItsTimedActions() {
        let timed = guide.allItems.compactMap { item in item.duration.map { (item.id, $0) } }
        #expect(timed.map(\.0) == ["space.no-contact-period", "space.no-checking", "self-improvement.routine",
                                   "trust.keep-commitments", "positive.gratitude-week"])
        #expect(timed.map(\.1) == [TimedDuration(days: 30, isChosenByPerson: true), TimedDuration(days: 7), TimedDuration(days: 14),
                                   TimedDuration(days: 30), TimedDuration(days: 7)])
    }

    @Test func marksTheDecisionAndTheNoContactPeriod() throws {
        #expect(guide.allItems.filter(\.isDecision).map(\.id) == ["reflect.healthy"])
        #expect(guide.allItems.filter(\.isNoContactPeriod).map(\.id) == ["space.no-contact-period"])
        // The period the coach counts comes before every step that waits for it.
        let period = try #require(guide.parts.firstIndex { $0.checklist.contains(where: \.isNoContactPeriod) })
        let reaching = try #require(guide.parts.firstIndex { $0.involvesContact })
        #expect(period < reaching)
    }

    @Test func marksTheStepsThatServeAnyoneAndTheDraftBox() {
        #expect(guide.parts.filter(\.servesAnyone).map(\.id) == ["self-improvement", "positive", "professional-help"])
        #expect(guide.parts.filter { $0.servesAnyone && $0.involvesContact }.isEmpty)
        #expect(guide.parts.filter(\.hasDrafts).map(\.id) == ["communication"])
        let communication = guide.part(id: "communication")
        #expect(communication?.checklist.contains { $0.id == "communication.draft-message" } == true)
    }

    @Test func carriesEarlierNotesForward() {
        let carried = guide.parts.flatMap { part in part.carried.map { "\(part.id) ← \($0.partID)" } }
        #expect(carried == ["apologize ← reflect", "trust ← apologize", "moving-forward ← reflect"])
        for note in guide.parts.flatMap(\.carried) {
            #expect(note.caption.hasPrefix("What you wrote"), "\(note.caption)")
        }
    }
}
