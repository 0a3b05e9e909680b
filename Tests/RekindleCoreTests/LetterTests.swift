import Foundation
import Testing
@testable import RekindleCore

/// Issue 27: the letter at the end, in the person's own words, from a session on the
/// built-in guide that went through to the closing over six days.
@Suite struct LetterTests {
    /// 2026-11-18 20:00 UTC, a Wednesday evening.
    static let start = Date(timeIntervalSince1970: 1_795_032_000)
    static func day(_ number: Double, hour: Double = 0) -> Date { start.addingTimeInterval(number * 86_400 + hour * 3600) }

    static var finished: Session {
        let guide = Guide.builtIn
        let first = guide.steps[0], space = guide.steps[1], closing = guide.parts[guide.parts.count - 1]
        var session = Session(name: "spring", guide: guide, now: start)
        for item in first.checklist.prefix(3) { session.setChecked(true, item: item, in: first, at: day(0, hour: 1)) }
        session.setNote("It gave me a home.\nIt cost me my own friends.", for: first, at: day(0, hour: 1))
        session.decide(.no, item: first.checklist[3], in: first, at: day(1))
        session.setNotForMe(true, item: space.checklist[0], in: space, at: day(2))
        for (number, mood, urge) in [(0.0, 2, 8), (1, 3, 6), (3, 4, 3), (5, 4, 2)] {
            session.record(CheckIn(at: day(number), mood: mood, urge: urge))
        }
        for item in closing.checklist { session.setChecked(true, item: item, in: closing, at: day(5, hour: 1)) }
        session.setNote("I can be on my own and be all right.\nSundays I call my sister.", for: closing, at: day(5, hour: 2))
        return session
    }

    @Test func theLetterIsInTheirOwnWords() {
        let letter = Letter.build(session: Self.finished, guide: .builtIn, now: Self.day(5, hour: 3), zone: .fixed(0))
        #expect(MarkdownWriter.write(letter) == """
            ---
            title: "Looking back: How to Get Back Together with Your Ex"
            session: "spring"
            started: "2026-11-18 20:00 +0000"
            finished: "2026-11-23 21:00 +0000"
            last_used: "2026-11-23 22:00 +0000"
            exported: "2026-11-23 23:00 +0000"
            ---

            # Looking back: How to Get Back Together with Your Ex

            You began on Wed 18 Nov and finished the closing on Mon 23 Nov.

            Along the way you checked off 7 of its 41 actions, and set 1 aside as not for you.

            ## Where you began

            From Step 1: Reflecting on the Relationship.

            *What did this relationship give you, and what did it cost you?*

            *If a close friend described this relationship to you, what would you tell them?*

            #### 2026-11-18 21:00 +0000

            > It gave me a home.\\
            > It cost me my own friends.

            ## Your answer

            To "Decide, for now, whether reconciling would be healthy for both of you", you answered: no, on Thu 19 Nov.

            ## What you carry forward

            From the closing: Moving Forward, Whatever Happens.

            *What does a good life look like for you, with or without them?*

            *What are you proud of in how you have handled this?*

            #### 2026-11-23 22:00 +0000

            > I can be on my own and be all right.\\
            > Sundays I call my sister.

            ## How you have been

            Your check-ins, a day's answers taken together: mood from 1 (very low) to 5 (very good), the urge to contact them from 0 (none) to 10 (overwhelming).

            ```text
            Mood  ▃▅·▆·▆  (1–5)
            Urge  ▇▅·▃·▂  (0–10)
            ```

            Wed 18 Nov – Mon 23 Nov (6 days; · is a day without a check-in)

            ## Whatever comes next

            These are your own words, from the time you gave to this. Whatever happens next, they are yours to keep, and you can come back to any step at any time.

            """)
    }

    @Test func beforeTheClosingIsDoneItSaysWhenTheyLastCameBack() {
        var session = Self.finished
        let closing = Guide.builtIn.parts[Guide.builtIn.parts.count - 1]
        session.setChecked(false, item: closing.checklist[0], in: closing, at: Self.day(6))
        let letter = Letter.build(session: session, guide: .builtIn, now: Self.day(6, hour: 1), zone: .fixed(0))
        #expect(letter.intro.first == .paragraph("You began on Wed 18 Nov and last came back to it on Tue 24 Nov."))
        #expect(!letter.facts.contains { $0.name == "Finished" })
    }

    @Test func aLetterWithNothingWrittenIsShortAndKind() {
        let session = Session(name: "new", guide: .builtIn, now: Self.start)
        let letter = Letter.build(session: session, guide: .builtIn, now: Self.day(0, hour: 1), zone: .fixed(0))
        #expect(letter.intro == [.paragraph("You began on Wed 18 Nov.")])
        #expect(letter.sections.map(\.heading) == ["Whatever comes next"])
    }

    /// Gentle words, never a promise of a result.
    @Test func theLetterPromisesNothing() {
        let text = MarkdownWriter.write(Letter.build(session: Self.finished, guide: .builtIn, now: Self.day(6), zone: .fixed(0))).lowercased()
        for promise in ["promise", "guarantee", "will get", "win them", "succeed", "success", "you will"] {
            #expect(!text.contains(promise), "\(promise)")
        }
    }
}
