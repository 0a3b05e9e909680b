import Testing
import RekindleCore
@testable import RekindleTUI

/// The header's place and path through the steps, which the snapshots show only near empty.
@Suite struct HeaderTests {
    /// The first line of the step screen after checking the first `count` items of the guide.
    func header(checking count: Int, width: Int = 80, discreet: Bool = false) -> String {
        var session = Session(name: "default", guide: .builtIn, now: noon)
        let items = Guide.builtIn.parts.flatMap { part in part.checklist.map { (part, $0) } }
        for (part, item) in items.prefix(count) { session.setChecked(true, item: item, in: part, at: noon) }
        session.position = Position(partID: Guide.builtIn.steps[2].id, pane: .checklist)
        var state = AppState(guide: .builtIn, session: session, size: Size(width: width, height: 24), isReturning: true,
                             dataPath: "/data", isDiscreet: discreet)
        state.press(.enter)
        return AppView.render(state).lines[0]
    }

    /// Below 70 columns, where no steps list is beside the page.
    @Test func thePathMarksEachStepOneWay() {
        // "Step 3 of 10" is as wide as "Step 10 of 10", so the path never moves.
        #expect(header(checking: 0, width: 60).hasSuffix(" ○ ○ ○ ○ ○ ○ ○ ○ ○ ○   Step 3 of 10 "))
        #expect(header(checking: 13, width: 60).hasSuffix(" ● ● ● ◐ ○ ○ ○ ○ ○ ○   Step 3 of 10 "))
        #expect(header(checking: 41, width: 60).hasSuffix(" ● ● ● ● ● ● ● ● ● ●   Step 3 of 10 "))
    }

    /// Where the rail or the list shows each step's mark, the header does not repeat them.
    @Test(arguments: [80, 120, 200])
    func thePathIsLeftToTheStepsList(width: Int) {
        #expect(header(checking: 13, width: width).hasSuffix("  Step 3 of 10 "))
        #expect(!header(checking: 13, width: width).contains("◐"))
    }

    @Test func theTitleGivesWayToThePlaceWithAnEllipsis() {
        #expect(header(checking: 4, width: 40) == " How to Get Back Togeth…   Step 3 of 10 ")
    }

    @Test func discreetModeNamesOnlyRekindle() {
        #expect(header(checking: 0, discreet: true).hasPrefix(" Rekindle "))
        var state = makeState()
        #expect(AppView.render(state).title == "How to Get Back Together with Your Ex")
        state = AppState(guide: .builtIn, session: Session(name: "default", guide: .builtIn, now: noon), size: Size(width: 80, height: 24),
                         isReturning: false, dataPath: "/data", isDiscreet: true)
        let frame = AppView.render(state)
        #expect(frame.title == "Rekindle")
        #expect(!frame.lines.joined().contains("Get Back Together"))
    }
}

/// A step passed over shows as skipped, in the path and the list alike.
@Suite struct SkippedStepTests {
    @Test func anUntouchedStepBeforeWorkOnALaterOneIsSkipped() {
        var session = Session.checked
        let third = Guide.builtIn.steps[2]
        session.setChecked(true, item: third.checklist[0], in: third, at: noon)
        session.position = Position(partID: third.id)
        var narrow = makeState(size: Size(width: 60, height: 24), returning: true, session: session)
        narrow.press(.enter)
        #expect(AppView.render(narrow).lines[0].contains(" – – ◐ ○ ○ ○ ○ ○ ○ ○ "))
        var state = makeState(size: Size(width: 120, height: 40), returning: true, session: session)
        state.press(.enter)
        let lines = AppView.render(state).lines
        #expect(lines.contains { $0.contains(" – 1. Reflecting on the Relationship") })
        #expect(lines.contains { $0.contains(" ○ Opening") })
    }
}
