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
        #expect(ReviewReport.render(session: session(), guide: sampleGuide, now: nextDay, zone: .fixed(0)) == """
            Sample
            Session 'default': started yesterday 11:06, last used yesterday 13:08
            Progress: 2 of 3 actions checked, 1 of 2 steps completed

            Step 1: One (1 of 2 done)
              [x] First thing (checked yesterday 12:06)
              Notes (edited yesterday 13:08):
                First line.
                Second line.

            Step 2: Two (1 of 1 done)
              [x] Third thing (checked yesterday 13:06)

            From an earlier version of the guide:
              [x] An item since removed (checked yesterday 11:06)
              Notes for 'A Removed Step':
                Old thoughts.

            """)
    }

    @Test func theReviewSaysTimesRelativeToNowInTheZoneGiven() {
        let text = ReviewReport.render(session: session(), guide: sampleGuide, now: noon.addingTimeInterval(3 * 86_400),
                                       zone: .fixed(-12 * 3600))
        // Twelve hours west of UTC, the session began the evening before its first check.
        #expect(text.contains("Session 'default': started 3 days ago, last used 2 days ago\n"))
        #expect(text.contains("  [x] First thing (checked 2 days ago)\n"))
    }

    @Test func markdownGolden() {
        #expect(MarkdownExport.render(session: session(), guide: sampleGuide) == """
            # Sample

            Session 'default', started 2026-11-18 11:06 +0000, last used 2026-11-18 13:08 +0000.
            2 of 3 actions checked; 1 of 2 steps completed.

            ## Opening: Sample

            ## Step 1: One

            - [x] First thing (checked 2026-11-18 12:06 +0000)
            - [ ] Second thing

            ### Notes (edited 2026-11-18 13:08 +0000)

            First line.
            Second line.

            ## Step 2: Two

            - [x] Third thing (checked 2026-11-18 13:06 +0000)

            ## Closing: End

            ## From an earlier version of the guide

            - [x] An item since removed (checked 2026-11-18 11:06 +0000)

            ### Notes for 'A Removed Step' (edited 2026-11-18 11:06 +0000)

            Old thoughts.

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
        let text = ReviewReport.render(session: session(), guide: Self.hostileGuide, now: noon, zone: .fixed(0))
        #expect(!text.unicodeScalars.contains(where: obeyed), "\(text.debugDescription)")
        #expect(text.hasPrefix("Guide␛]0;pwned␇\nSession 'name␛[H': started"))
        #expect(text.contains("\nStep 1: Step␛]52;c;aGk=␇␊title (1 of 1 done)\n"))
        #expect(text.contains("\n  [x] Item �31m�reversed� (checked "))
        #expect(text.contains("\n    clip␛]52;c;aGk=␇\n    \tclear␛[2J␛[3J␍\n    c1�0;t� �iso� del␡\n"))
        #expect(text.contains("\n  [x] old␊forged [x] line␛[1A (checked "))
        #expect(text.contains("\n  Notes for 'Gone␛]2;t␇':\n    old␛c note\n"))
    }

    @Test func theMarkdownExportShowsControlsWithoutObeyingThem() {
        let text = MarkdownExport.render(session: session(), guide: Self.hostileGuide)
        #expect(!text.unicodeScalars.contains(where: obeyed), "\(text.debugDescription)")
        #expect(text.hasPrefix("# Guide␛]0;pwned␇\n\nSession 'name␛[H', started"))
        #expect(text.contains("\n## Opening: Open␛[2J\n"))
        #expect(text.contains("\n## Step 1: Step␛]52;c;aGk=␇␊title\n"))
        #expect(text.contains("\n- [x] Item �31m�reversed� (checked "))
        #expect(text.contains("\nclip␛]52;c;aGk=␇\n\tclear␛[2J␛[3J␍\nc1�0;t� �iso� del␡\n"))
        #expect(text.contains("\n- [x] old␊forged [x] line␛[1A (checked "))
        #expect(text.contains("\n### Notes for 'Gone␛]2;t␇' (edited 2026-11-18 11:06 +0000)\n\nold␛c note\n"))
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
