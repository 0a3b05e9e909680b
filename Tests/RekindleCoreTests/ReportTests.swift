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
        #expect(ReviewReport.render(session: session(), guide: sampleGuide) == """
            Sample
            Session 'default': started 2026-11-18, last used 2026-11-18 13:08
            Progress: 2 of 3 items checked, 1 of 2 steps completed

            Step 1: One (1 of 2 done)
              [x] First thing (checked 2026-11-18 12:06)
              Notes (edited 2026-11-18 13:08):
                First line.
                Second line.

            Step 2: Two (1 of 1 done)
              [x] Third thing (checked 2026-11-18 13:06)

            From an earlier version of the guide:
              [x] An item since removed (checked 2026-11-18 11:06)
              Notes for 'A Removed Step':
                Old thoughts.

            """)
    }

    @Test func markdownGolden() {
        #expect(MarkdownExport.render(session: session(), guide: sampleGuide) == """
            # Sample

            Session 'default', started 2026-11-18, last used 2026-11-18 13:08.
            2 of 3 items checked; 1 of 2 steps completed.

            ## Opening: Sample

            ## Step 1: One

            - [x] First thing (checked 2026-11-18 12:06)
            - [ ] Second thing

            ### Notes (edited 2026-11-18 13:08)

            First line.
            Second line.

            ## Step 2: Two

            - [x] Third thing (checked 2026-11-18 13:06)

            ## Closing: End

            ## From an earlier version of the guide

            - [x] An item since removed (checked 2026-11-18 11:06)

            ### Notes for 'A Removed Step' (edited 2026-11-18 11:06)

            Old thoughts.

            """)
    }
}
