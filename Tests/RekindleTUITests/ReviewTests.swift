import Foundation
import Testing
import RekindleCore
@testable import RekindleTUI

/// The coach's review: aligned columns, times as people say them, and Enter on a
/// part opens it.
@Suite struct ReviewTests {
    /// Step 1 with its first action checked yesterday and its third today (the
    /// review is at noon), opened from step 4 at `size`.
    func reviewing(size: Size = Size(width: 80, height: 24), showAll: Bool = false) -> AppState {
        var session = Session(name: "default", guide: .builtIn, now: noon.addingTimeInterval(-86_400))
        let step = Guide.builtIn.steps[0]
        session.setChecked(true, item: step.checklist[0], in: step, at: noon.addingTimeInterval(-86_400 + 600))
        session.setChecked(true, item: step.checklist[2], in: step, at: noon.addingTimeInterval(-600))
        session.position = Position(partID: Guide.builtIn.steps[3].id)
        var state = makeState(size: size, returning: true, session: session)
        state.press(.enter, .character("r"))
        if showAll { state.press(.character("a")) }
        return state
    }

    /// Where `text` starts on `line`, in characters.
    func column(of text: String, in line: String) -> Int? {
        line.firstRange(of: text).map { line.distance(from: line.startIndex, to: $0.lowerBound) }
    }

    @Test func checkedAndUncheckedActionsShareTheirColumnsAndTimesAreRelative() throws {
        let lines = AppView.render(reviewing(showAll: true)).lines
        let texts = ["Write down three things", "List what worked well", "Describe the reasons", "Decide, for now"]
        let rows = try texts.map { text in try #require(lines.first { $0.contains(text) }) }
        #expect(rows[0].hasPrefix("    [x] yesterday 11:16  Write down three things"))
        #expect(rows[1].hasPrefix("    [ ]                  List what worked well"))
        #expect(rows[2].hasPrefix("    [x] today 10:56      Describe the reasons"))
        #expect(Set(zip(texts, rows).map { column(of: $0, in: $1) }) == [25])
        // Wrapped rows continue under the text.
        let index = try #require(lines.firstIndex(of: rows[1]))
        let next = lines[index + 1]
        #expect(next.prefix(25).allSatisfy { $0 == " " } && next.dropFirst(25).first?.isLetter == true, "\(next)")
    }

    @Test func enterOpensTheSelectedStepOnItsChecklistAndEscStillGoesBack() {
        var state = reviewing()
        #expect(state.press(.enter) == [])
        #expect(state.screen == .step)
        #expect(state.part.id == Guide.builtIn.steps[0].id)
        #expect(state.pane == .checklist)
        state.press(.character("r"), .escape)
        #expect(state.screen == .step)
        state.press(.character("r"), .character("q"))
        #expect(state.screen == .step)
    }

    @Test func downSelectsTheNextPartAndItsHeadingIsHighlighted() {
        var state = reviewing(showAll: true)
        state.press(.down, .down)
        let frame = AppView.render(state)
        let y = frame.lines.firstIndex { $0.contains("Step 1: Reflecting on the Relationship") } ?? 0
        #expect(frame[2, y].style == .title)
        let selected = frame.lines.firstIndex { $0.contains("Step 2: Give Each Other Space") } ?? 0
        #expect((1..<(frame.width - 1)).allSatisfy { frame[$0, selected].style == .selected })
        #expect(frame.cursor == Point(x: 2, y: selected))
        state.press(.enter)
        #expect(state.part.id == Guide.builtIn.steps[1].id && state.pane == .checklist)
    }

    @Test func theOpeningHasNoChecklistSoItOpensOnTheGuidance() {
        var state = reviewing(showAll: true)
        state.press(.character("k"))
        #expect(state.review.selected == 0)
        state.press(.enter)
        #expect(state.part.id == Guide.builtIn.parts[0].id && state.pane == .guidance)
    }

    @Test func theKeyBarNamesEnter() {
        for size in [Size(width: 80, height: 24), Size(width: 50, height: 16), Size(width: 40, height: 12)] {
            let bar = AppView.render(reviewing(size: size)).lines.last ?? ""
            #expect(bar.hasPrefix(" Enter open") && (size.width < 50 || bar.contains("↑↓ move")), "\(bar)")
        }
    }

    @Test func nothingIsCutWithoutASign() throws {
        var state = reviewing(size: Size(width: 40, height: 12))
        let long = String(repeating: "a long thought ", count: 12)
        state.press(.escape, .character("e"))
        state.type(long + "\ntwo\nthree\nfour\nfive")
        state.press(.escape, .character("r"))
        let lines = ReviewLines.build(state: state, width: 36).map(\.text)
        #expect(AppView.render(state).lines[7] == "  Step 1: Reflecting on the Rela…  2/4  ")
        let start = try #require(lines.firstIndex { $0.hasPrefix("    a long thought") })
        #expect(lines[start + 1].hasSuffix("…") && !lines[start].hasSuffix("…"))
        #expect(lines[start + 2] == "    two" && lines[start + 4] == "    … 2 more lines")
    }

    @Test func aPartTallerThanTheScreenIsScrolledThroughBeforeTheNext() {
        var state = reviewing(size: Size(width: 40, height: 12), showAll: true)
        let page = ReviewView.rows(height: 12)
        let lines = ReviewLines.build(state: state, width: 36)
        let step1 = ReviewLines.sections(of: lines)[1].lines
        #expect(step1.count > page)
        state.press(.down)
        #expect(state.review.selected == 1 && state.review.top == step1.lowerBound)
        for _ in 0..<(step1.count - page) { state.press(.down) }
        #expect(state.review.selected == 1 && state.review.top == step1.upperBound - page)
        state.press(.down)
        #expect(state.review.selected == 2)
        state.press(.up)
        #expect(state.review.selected == 1)
    }

    @Test func pagesScrollAndTheSelectionFollowsWhatIsShown() {
        var review = ReviewState()
        let sections = [2..<5, 6..<20, 21..<24, 25..<30]
        let moved = review.move(.pageDown, sections: sections, lineCount: 34, page: 10)
        #expect(moved)
        #expect(review.top == 10 && review.selected == 1)
        _ = review.move(.pageDown, sections: sections, lineCount: 34, page: 10)
        #expect(review.top == 20 && review.selected == 2)
        _ = review.move(.end, sections: sections, lineCount: 34, page: 10)
        #expect(review.top == 24 && review.selected == 3)
        _ = review.move(.home, sections: sections, lineCount: 34, page: 10)
        #expect(review.top == 0 && review.selected == 0)
        let ignored = review.move(.character("x"), sections: sections, lineCount: 34, page: 10)
        #expect(!ignored)
        // With nothing to select, the keys only scroll.
        var empty = ReviewState()
        _ = empty.move(.down, sections: [], lineCount: 30, page: 10)
        #expect(empty.top == 1 && empty.selected == 0)
    }
}

/// Issue 24: the coach's review is built by the same `Review` as `rekindle review`
/// and the export, so it shows what an earlier version of the guide had too.
@Suite struct ReviewScreenTests {
    @Test func theReviewShowsChecksAndNotesFromAnEarlierGuide() {
        var session = Session(name: "default", guide: .builtIn, now: noon)
        session.checks["gone.item"] = CheckRecord(checkedAt: noon, text: "An action since removed", partID: "gone")
        session.notes["gone"] = Note(text: "words kept from before", editedAt: noon, partTitle: "A removed step")
        var state = makeState(returning: true, session: session)
        state.press(.character("r"))
        let lines = AppView.render(state).lines
        #expect(lines.contains { $0.contains("From an earlier version of the guide") })
        #expect(lines.contains { $0.contains("An action since removed") })
        #expect(lines.contains { $0.contains("words kept from before") })
    }
}

