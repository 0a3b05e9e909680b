import Testing
import RekindleCore
@testable import RekindleTUI

/// `/`: what is found, how results read and look, and where choosing one goes.
@Suite struct SearchTests {
    /// A state at 80x24 on step 1 whose note is `note`, with `query` searched.
    func searched(_ query: String, note: String = "", size: Size = Size(width: 80, height: 24)) -> AppState {
        var session = Session(name: "default", guide: .builtIn, now: noon)
        let step = Guide.builtIn.steps[0]
        if !note.isEmpty { session.setNote(note, for: step, at: noon) }
        session.position = Position(partID: step.id)
        var state = makeState(size: size, returning: true, session: session)
        state.press(.enter, .character("/"))
        state.type(query)
        state.press(.enter)
        return state
    }

    /// The result rows of the frame (below the summary, above the key bar).
    func resultRows(_ state: AppState) -> [String] {
        let lines = AppView.render(state).lines
        return Array(lines[5..<(lines.count - 2)]).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    @Test func accentsAndCaseAreIgnoredAndTheNoteMatchIsTargeted() {
        let note = "First line.\nZoë said: ÉCOUTE-moi."
        var state = searched("zoe", note: note)
        let results = state.search.results ?? []
        #expect(results.count == 1)
        let target = SearchTarget(partID: Guide.builtIn.steps[0].id, region: .note, range: 12..<15)
        #expect(results.first?.target == target)
        state.press(.character("/"))
        state.type("ecoute")
        state.press(.enter)
        #expect(state.search.results?.first?.target.range == 22..<28)
        state.press(.enter)
        #expect(state.screen == .step)
        #expect(state.pane == .notes && !state.isWriting)
        #expect(state.editor.cursorOffset == 22)
        #expect(state.searchTarget == SearchTarget(partID: target.partID, region: .note, range: 22..<28))
    }

    @Test func choosingAnActionOpensItInTheChecklistAndAnotherPartForgetsTheTarget() throws {
        var state = searched("CRISIS LINE")
        let results = state.search.results ?? []
        #expect(results.count >= 2)
        #expect(results.allSatisfy { $0.label == "Step 9" && $0.target.partID == "professional-help" })
        let index = try #require(results.firstIndex { if case .action = $0.target.region { true } else { false } })
        for _ in 0..<index { state.press(.down) }
        state.press(.enter)
        #expect(state.screen == .step)
        #expect(state.part.id == "professional-help")
        #expect(state.pane == .checklist)
        let target = try #require(state.searchTarget)
        #expect(target.region == .action(state.session.position.checklistCursor))
        let text = state.part.checklist[state.session.position.checklistCursor].text
        #expect(String(Array(text)[target.range]).lowercased() == "crisis line")
        state.press(.character("n"))
        #expect(state.searchTarget == nil)
    }

    @Test func everyMatchIsAResultAndEachRegionIsNamed() {
        let state = searched("line", note: "one line, two line\nline three")
        let notes = (state.search.results ?? []).filter { $0.target.region == .note }
        #expect(notes.map(\.target.range) == [4..<8, 14..<18, 19..<23])
        let inGuide = (state.search.results ?? []).map(\.target.region)
        #expect(inGuide.contains(.prompt(0)) || inGuide.contains { if case .guidance = $0 { true } else { false } })
    }

    @Test func theSummarySaysHowManyInGoodEnglish() {
        #expect(SearchView.summary(count: 0, query: "xyzzy") == "No matches for ‘xyzzy’.")
        #expect(SearchView.summary(count: 1, query: "x") == "1 match")
        #expect(SearchView.summary(count: 2, query: "x") == "2 matches")
        #expect(AppView.render(searched("xyzzy")).lines[4].hasPrefix("  No matches for ‘xyzzy’."))
        #expect(AppView.render(searched("zoe", note: "Zoë")).lines[4].hasPrefix("  1 match "))
    }

    @Test func matchesAreHighlightedOnTheSelectedRowAndTheOthers() {
        var state = searched("zoe", note: "Zoë and ZOE")
        state.press(.down)
        let frame = AppView.render(state)
        let rows = (5..<7).map { y in (0..<frame.width).map { frame[$0, y] } }
        // "   Step 1 · Zoë and ZOE": the second match is the one selected.
        #expect(frame.lines[5].hasPrefix("   Step 1 · Zoë and ZOE "))
        #expect(rows[0][12..<15].allSatisfy { $0.style == .match })
        #expect(rows[0][15].style == .plain && rows[0][20].style == .plain)
        #expect(rows[1][12..<15].allSatisfy { $0.style == .selected })
        #expect(rows[1][20..<23].allSatisfy { $0.style == .match })
        #expect(rows[1][3..<12].allSatisfy { $0.style == .selected })
        #expect(rows[0][3..<12].allSatisfy { $0.style == .muted })
    }

    @Test func cutLinesEndWithAnEllipsisAndKeepTheMatchInSight() {
        let long = String(repeating: "words before ", count: 12) + "the lighthouse " + String(repeating: "and after ", count: 12)
        let state = searched("LIGHTHOUSE", note: long)
        let row = resultRows(state)[0]
        #expect(row.hasPrefix("   Step 1 · …"))
        #expect(row.contains("the lighthouse"))
        #expect(row.hasSuffix("…   "))
        #expect(row.count == 80)
        let short = resultRows(searched("lighthouse", note: "the lighthouse"))[0]
        #expect(short == "   Step 1 · the lighthouse".padding(toLength: 80, withPad: " ", startingAt: 0))
    }

    @Test func aResultLineFitsWideCharactersAndEllipsesInItsWidth() {
        func line(_ text: String, match: Range<Int>, width: Int, cutAfter: Bool = false) -> String {
            let excerpt = Excerpt(text: text, match: match, cutBefore: false, cutAfter: cutAfter)
            let result = SearchResult(target: SearchTarget(partID: "p", region: .note, range: match), label: "Step 1", excerpt: excerpt)
            let fitted = SearchResultLine(result, width: width)
            return fitted.label + fitted.pieces.map(\.text).joined()
        }
        // "Step 1 · " is 9 columns; 中文 are two each.
        #expect(line("中文中文中文", match: 0..<2, width: 21) == "Step 1 · 中文中文中文")
        #expect(line("中文中文中文中", match: 0..<2, width: 21) == "Step 1 · 中文中文中…")
        #expect(line("abc", match: 0..<3, width: 21, cutAfter: true) == "Step 1 · abc…")
        // A match far in: a little before it, and as much more as the rest of the line leaves room for.
        #expect(line(String(repeating: "x", count: 40) + "match", match: 40..<45, width: 30) == "Step 1 · …xxxxxxxxxxxxxxxmatch")
        #expect(line(String(repeating: "x", count: 40) + "match and more words after it", match: 40..<45, width: 30)
                    == "Step 1 · …xxxxxxxmatch and mo…")
    }

    @Test func excerptsKeepALittleOfALongLineAroundEachMatch() {
        let line = String(repeating: "a", count: 1000) + "needle" + String(repeating: "b", count: 1000)
        let excerpts = Excerpt.pieces(of: line[...], around: [1000..<1006, 1500..<1501])
        #expect(excerpts[0].text.count == Excerpt.before + 6 + Excerpt.after)
        #expect(excerpts[0].match == Excerpt.before..<(Excerpt.before + 6))
        #expect(excerpts[0].cutBefore && excerpts[0].cutAfter)
        #expect(String(Array(excerpts[0].text)[excerpts[0].match]) == "needle")
        #expect(excerpts[1].match == Excerpt.before..<(Excerpt.before + 1))
        let whole = Excerpt.pieces(of: "a needle"[...], around: [2..<8])
        #expect(whole == [Excerpt(text: "a needle", match: 2..<8, cutBefore: false, cutAfter: false)])
    }
}
