import Foundation
import Testing
@testable import RekindleCore

@Suite(.serialized) struct ReportTests {
    init() { useUTC() }

    func session() -> Session {
        var session = Session(name: "default", guide: sampleGuide, now: noon)
        let one = sampleGuide.part(id: "one")!, two = sampleGuide.part(id: "two")!
        session.setChecked(true, item: one.checklist[0], in: one, at: noon.addingTimeInterval(3600))
        session.setChecked(true, item: two.checklist[0], in: two, at: noon.addingTimeInterval(7200))
        session.setNote("First line.\nSecond line.", for: one, at: noon.addingTimeInterval(7300))
        session.checks["gone.item"] = CheckRecord(checkedAt: noon, text: "An item since removed", partID: "gone")
        session.notes["gone"] = Note(text: "Old thoughts.", editedAt: noon, partTitle: "A Removed Step")
        return session
    }

    @Test func reviewGolden() {
        let nextDay = noon.addingTimeInterval(86_400)
        #expect(ReviewReport.render(session: session(), guide: sampleGuide, now: nextDay, zone: .fixed(0), glyphs: .blocks) == """
            Sample
            Session 'default': started yesterday 11:06, last used yesterday 13:08
            Progress: 2 of 3 actions checked, 1 of 2 steps completed

            How you have been:
              No check-ins yet. When the coach asks how you are, your answers will show here, day by day.

            Step 1: One (1 of 2 done)
              [x] First thing (checked yesterday 12:06)
              Notes, yesterday 13:08:
                First line.
                Second line.

            Step 2: Two (1 of 1 done)
              [x] Third thing (checked yesterday 13:06)

            From an earlier version of the guide:
              [x] An item since removed (checked yesterday 11:06)
              Notes for 'A Removed Step', yesterday 11:06:
                Old thoughts.

            """)
    }

    /// Issue 27: the review says what was decided and when, what was set aside (as
    /// addressed), how far a timed action has come, each entry under its date, the
    /// drafts and urges by number only, and the trend.
    @Test func theReviewShowsTime() {
        var session = Session.everyField
        session.record(CheckIn(at: noon.addingTimeInterval(2 * 86_400), mood: 5, urge: 0))
        let text = ReviewReport.render(session: session, guide: sampleGuide, now: noon.addingTimeInterval(3 * 86_400),
                                       zone: .fixed(0), glyphs: .blocks)
        #expect(text == """
            Sample
            Session 'every-field': started 3 days ago, last used yesterday 11:06
            Progress: 3 of 3 actions addressed (2 checked, 1 not for me), 2 of 2 steps completed
            Your answer to "Second thing": not now (3 days ago)
            Drafts to them: 1 (the last written 3 days ago); their words stay in the coach
            Urges logged instead of acted on: 1 (the last 3 days ago)

            How you have been:
              Mood  ▃·█·  (1–5)
              Urge  ▇·▁·  (0–10)
                    Wed 18 Nov – Sat 21 Nov (4 days; · is a day without a check-in)

            Step 1: One (2 of 2 done)
              [x] First thing (checked 3 days ago)
              [x] Second thing (checked 3 days ago; started Wed 18 Nov, day 4 of 7; your answer: not now)
              Notes, 3 days ago:
                first words, rewritten an hour later
              Notes, 2 days ago:
                the next day

            Step 2: Two (0 of 1 done, 1 not for me)
              [-] Third thing (not for me, 3 days ago)

            """)
        // Private messages are never printed.
        #expect(!text.contains("I hope you are well") && !text.contains("wanted to text"))
        // A week later the period is over.
        let later = ReviewReport.render(session: session, guide: sampleGuide, now: noon.addingTimeInterval(9 * 86_400),
                                        zone: .fixed(0), glyphs: .ascii)
        #expect(later.contains("(checked 18 Nov; started Wed 18 Nov, ended Tue 24 Nov; your answer: not now)"))
        #expect(later.contains("  Mood  - @         (1-5)\n  Urge  # _         (0-10)\n"))
    }

    /// A timed action started but not yet checked is shown as under way.
    @Test func aStartedActionIsShownWithItsDay() {
        var session = Session(name: "s", guide: sampleGuide, now: noon)
        let one = sampleGuide.part(id: "one")!
        session.start(one.checklist[0], days: 7, at: noon)
        let text = ReviewReport.render(session: session, guide: sampleGuide, now: noon.addingTimeInterval(2 * 86_400),
                                       zone: .fixed(0), glyphs: .blocks)
        #expect(text.contains("Step 1: One (0 of 2 done)\n  [ ] First thing (started Wed 18 Nov, day 3 of 7)\n"))
    }

    @Test func theReviewSaysTimesRelativeToNowInTheZoneGiven() {
        let text = ReviewReport.render(session: session(), guide: sampleGuide, now: noon.addingTimeInterval(3 * 86_400),
                                       zone: .fixed(-12 * 3600), glyphs: .blocks)
        // Twelve hours west of UTC, the session began the evening before its first check.
        #expect(text.contains("Session 'default': started 3 days ago, last used 2 days ago\n"))
        #expect(text.contains("  [x] First thing (checked 2 days ago)\n"))
    }

    @Test func markdownGolden() {
        var session = Session.everyField
        session.setNote("first words, rewritten an hour later\n\n  indented\nlast", for: sampleGuide.parts[1],
                        at: noon.addingTimeInterval(2 * 86_400 - 60))
        session.checks["gone.item"] = CheckRecord(checkedAt: noon, text: "An item since removed", partID: "gone")
        session.notes["gone"] = Note(text: "Old thoughts.", editedAt: noon, partTitle: "A Removed Step")
        let document = ReviewDocument.build(session: session, guide: sampleGuide, now: noon.addingTimeInterval(2 * 86_400),
                                            zone: .fixed(3600))
        #expect(MarkdownWriter.write(document) == """
            ---
            title: "Sample"
            session: "every-field"
            started: "2026-11-18 12:06 +0100"
            last_used: "2026-11-20 12:05 +0100"
            exported: "2026-11-20 12:06 +0100"
            ---

            # Sample

            3 of 3 actions addressed (2 checked, 1 not for me), 2 of 2 steps completed.

            Your answer to "Second thing": not now (2026-11-18 12:11 +0100).

            Drafts to them: 1 (the last written 2026-11-18 12:13 +0100); their words stay in the coach.

            Urges logged instead of acted on: 1 (the last 2026-11-18 12:14 +0100).

            ## How you have been

            Your check-ins, a day's answers taken together: mood from 1 (very low) to 5 (very good), the urge to contact them from 0 (none) to 10 (overwhelming).

            ```text
            Mood  ▃··  (1–5)
            Urge  ▇··  (0–10)
            ```

            Wed 18 Nov – Fri 20 Nov (3 days; · is a day without a check-in)

            ## Step 1: One

            - ✓ First thing (checked 2026-11-18 12:07 +0100)
            - ✓ Second thing (checked 2026-11-18 12:11 +0100; started Wed 18 Nov, day 3 of 7; your answer: not now)

            ### Notes

            *How was it?*

            #### 2026-11-18 12:09 +0100

            > first words, rewritten an hour later

            #### 2026-11-19 12:06 +0100, edited 2026-11-20 12:05 +0100

            > first words, rewritten an hour later
            >
            > &nbsp;&nbsp;indented\\
            > last

            ## Step 2: Two

            - – Third thing (not for me, 2026-11-18 12:08 +0100)

            ## From an earlier version of the guide

            - ✓ An item since removed (checked 2026-11-18 12:06 +0100)

            ### Notes for 'A Removed Step'

            #### 2026-11-18 12:06 +0100

            > Old thoughts.

            """)
    }
}

/// Issue 23: what a guide or a session holds is printed visibly, never obeyed: the
/// review and the Markdown export carry no control a terminal would act on.
@Suite struct ReportControlTests {
    init() { useUTC() }

    static let hostileGuide = Guide(id: "hostile", title: "Guide\u{1B}]0;pwned\u{07}", contentHash: "0", parts: [
        Part(id: "open", kind: .opening, title: "Open\u{1B}[2J"),
        Part(id: "s", kind: .step, title: "Step\u{1B}]52;c;aGk=\u{07}\ntitle", checklist: [
            ChecklistItem(id: "s.a", text: "Item \u{9B}31m\u{202E}reversed\u{202C}"),
        ]),
    ])

    func session() -> Session {
        var session = Session(name: "name\u{1B}[H", guide: Self.hostileGuide, now: noon)
        let part = Self.hostileGuide.parts[1]
        session.setChecked(true, item: part.checklist[0], in: part, at: noon)
        session.setNote("clip\u{1B}]52;c;aGk=\u{07}\n\tclear\u{1B}[2J\u{1B}[3J\r\nc1\u{9D}0;t\u{9C} \u{2066}iso\u{2069} del\u{7F}", for: part, at: noon)
        session.checks["gone.x"] = CheckRecord(checkedAt: noon, text: "old\nforged [x] line\u{1B}[1A", partID: "gone")
        session.notes["gone"] = Note(text: "old\u{1B}c note", editedAt: noon, partTitle: "Gone\u{1B}]2;t\u{07}")
        return session
    }

    /// A scalar a terminal would obey, other than the newlines and tabs of notes.
    func obeyed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x0A && value != 0x09) || (0x7F...0x9F).contains(value)
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    @Test func theReviewShowsControlsWithoutObeyingThem() {
        let text = ReviewReport.render(session: session(), guide: Self.hostileGuide, now: noon, zone: .fixed(0), glyphs: .blocks)
        #expect(!text.unicodeScalars.contains(where: obeyed), "\(text.debugDescription)")
        #expect(text.hasPrefix("Guide␛]0;pwned␇\nSession 'name␛[H': started"))
        #expect(text.contains("\nStep 1: Step␛]52;c;aGk=␇␊title (1 of 1 done)\n"))
        #expect(text.contains("\n  [x] Item �31m�reversed� (checked "))
        #expect(text.contains("\n    clip␛]52;c;aGk=␇\n    \tclear␛[2J␛[3J␍\n    c1�0;t� �iso� del␡\n"))
        #expect(text.contains("\n  [x] old␊forged [x] line␛[1A (checked "))
        #expect(text.contains("\n  Notes for 'Gone␛]2;t␇', today 11:06:\n    old␛c note\n"))
    }

    @Test func theMarkdownExportShowsControlsWithoutObeyingThem() {
        let text = MarkdownWriter.write(ReviewDocument.build(session: session(), guide: Self.hostileGuide, now: noon, zone: .fixed(0)))
        #expect(!text.unicodeScalars.contains(where: obeyed), "\(text.debugDescription)")
        #expect(text.hasPrefix("---\ntitle: \"Guide␛]0;pwned␇\"\nsession: \"name␛[H\"\n"))
        #expect(text.contains("\n# Guide␛\\]0;pwned␇\n"))
        #expect(text.contains("\n## Step 1: Step␛\\]52;c;aGk=␇␊title\n"))
        #expect(text.contains("\n- ✓ Item �31m�reversed� (checked "))
        #expect(text.contains("\n> clip␛\\]52;c;aGk=␇\\\n> &nbsp;&nbsp;&nbsp;&nbsp;clear␛\\[2J␛\\[3J␍\\\n> c1�0;t� �iso� del␡\n"))
        #expect(text.contains("\n- ✓ old␊forged \\[x\\] line␛\\[1A (checked "))
        #expect(text.contains("\n### Notes for 'Gone␛\\]2;t␇'\n\n#### 2026-11-18 11:06 +0000\n\n> old␛c note\n"))
    }

    /// `rekindle help-now` prints a guide's help section: a custom guide's too.
    @Test func theHelpShowsControlsWithoutObeyingThem() {
        let help = HelpResources(id: "help", title: "Help\u{1B}[2J", intro: ["Calm\u{1B}]52;c;aGk=\u{07}"], groups: [
            HelpGroup(id: "help.g", title: "Group\u{202E}", notes: ["Note\u{9B}1m"], services: [
                HelpService(name: "Line\u{1B}[H", region: "UK", ways: ["call 1\u{7F}", "site\n.org"]),
                HelpService(name: "Other", ways: ["text 2"]),
            ]),
        ])
        let text = HelpReport.render(help)
        #expect(!text.unicodeScalars.contains(where: obeyed), "\(text.debugDescription)")
        #expect(text == """
            Help␛[2J

            Calm␛]52;c;aGk=␇

            Group�
              Note�1m
              - Line␛[H (UK): call 1␡; site␊.org
              - Other: text 2

            """)
    }
}
