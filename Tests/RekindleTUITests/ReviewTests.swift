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
        state.press(.character("r"))
        #expect(state.press(.character("q")).contains(.quit), "q quits from the review, as its key bar says")
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


/// Issue 27: the coach's review shows time, and the end screen shows the letter.
@Suite struct TimeInReviewTests {
    /// Step 1 with a decision, a timed action, a "not for me", two days of entries and
    /// check-ins, reviewed at noon three days after it began.
    func reviewing(size: Size = Size(width: 80, height: 24)) -> AppState {
        let start = noon.addingTimeInterval(-3 * 86_400)
        let step = Guide.builtIn.steps[0], space = Guide.builtIn.steps[1]
        var session = Session(name: "default", guide: .builtIn, now: start)
        session.setChecked(true, item: step.checklist[0], in: step, at: start)
        session.setNotForMe(true, item: step.checklist[1], in: step, at: start.addingTimeInterval(60))
        session.decide(.notNow, item: step.checklist[3], in: step, at: start.addingTimeInterval(120))
        session.start(space.checklist[0], days: 7, at: start)
        session.setNote("First evening.", for: step, at: start.addingTimeInterval(180))
        session.setEntry("Next day.", at: 1, for: step, at: start.addingTimeInterval(86_400))
        for (day, mood, urge) in [(0.0, 1, 10), (1, 3, 5), (3, 5, 0)] {
            session.record(CheckIn(at: start.addingTimeInterval(day * 86_400), mood: mood, urge: urge))
        }
        var state = makeState(size: size, returning: true, session: session)
        state.press(.enter, .character("r"))
        return state
    }

    @Test func theReviewShowsTheDecisionTheTrendAndDatedEntries() {
        let lines = AppView.render(reviewing(size: Size(width: 80, height: 40))).lines
        let text = lines.joined(separator: "\n")
        for expected in [
            "  3 of 41 actions addressed (2 checked, 1 not for me), 0 of 10 steps",
            "  Your answer to \"Decide, for now, whether reconciling would be healthy for",
            "  How you have been",
            "  Mood  ▁▅·█  (1–5)",
            "  Urge  █▅·▁  (0–10)",
            "        Sun 15 Nov – Wed 18 Nov (4 days; · is a day without a check-in)",
            "    [x] 3 days ago  Write down three things",
            "    [-] 3 days ago  List what worked well",
            "                    not for me",
            "    [x] 3 days ago  Decide, for now, whether reconciling",
            "                    your answer: not now",
            "    Notes, 3 days ago:",
            "      First evening.",
            "    Notes, 2 days ago:",
            "      Next day.",
            "    [ ]             Choose how long your no-contact period lasts",
        ] {
            #expect(text.contains(expected), "\(expected)\n\(text)")
        }
        #expect(text.contains("started Sun 15 Nov, day 4 of 7"), "\(text)")
    }

    @Test func theEndShowsTheLetterAndHowToExportIt() {
        var state = reviewing(size: Size(width: 80, height: 60))
        state.press(.escape)
        for _ in 0..<12 { state.press(.character("n")) }
        #expect(state.screen == .end)
        let text = AppView.render(state).lines.joined(separator: "\n")
        for expected in ["You have reached the end of the guide.", "You began on Sun 15 Nov", "Where you began", "First evening.",
                         "Your answer", "you answered: not now, on Sun 15 Nov.", "Mood  ▁▅·█  (1–5)", "Whatever comes next",
                         "Export it with: rekindle export --format letter --output letter.md"] {
            #expect(text.contains(expected), "\(expected)\n\(text)")
        }
        // On a small screen the letter scrolls, its last row says how much is below, and
        // the way to export it stays.
        var small = state
        _ = small.apply(.resize(Size(width: 40, height: 12)), now: noon)
        let lines = AppView.render(small).lines
        #expect(lines.contains { $0.contains("↓") && $0.contains("more") }, "\(lines.joined(separator: "\n"))")
        small.press(.pageDown)
        #expect(AppView.render(small).lines.contains { $0.contains("above") })
        #expect(lines.joined().contains("--format letter"), "\(lines.joined(separator: "\n"))")
    }
}
