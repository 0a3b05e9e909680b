import Testing
import RekindleCore
@testable import RekindleTUI

/// The header's place and progress bar, which the snapshots show only near empty.
@Suite struct HeaderTests {
    /// The first line of the step screen after checking the first `count` items of the guide.
    func header(checking count: Int, width: Int = 80) -> String {
        var session = Session(name: "default", guide: .builtIn, now: noon)
        let items = Guide.builtIn.parts.flatMap { part in part.checklist.map { (part, $0) } }
        for (part, item) in items.prefix(count) { session.setChecked(true, item: item, in: part, at: noon) }
        session.position = Position(partID: Guide.builtIn.steps[2].id, pane: .checklist)
        var state = makeState(size: Size(width: width, height: 24), returning: true, session: session)
        state.press(.enter)
        return AppView.render(state).lines[0]
    }

    @Test func theBarFillsATenthForEachTenthOfTheItemsChecked() {
        #expect(header(checking: 0).hasSuffix(" Step 3 of 10  ░░░░░░░░░░ 0/40 "))
        #expect(header(checking: 13).hasSuffix(" Step 3 of 10  ███░░░░░░░ 13/40 "))
        #expect(header(checking: 39).hasSuffix(" Step 3 of 10  █████████░ 39/40 "))
        #expect(header(checking: 40).hasSuffix(" Step 3 of 10  ██████████ 40/40 "))
    }

    @Test func theTitleGivesWayToThePlaceAndTheBar() {
        let line = header(checking: 4, width: 40)
        #expect(line == " How to G Step 3 of 10  █░░░░░░░░░ 4/40 ")
    }
}
