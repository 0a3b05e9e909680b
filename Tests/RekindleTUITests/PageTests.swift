import Testing
import RekindleCore
@testable import RekindleTUI

/// What the step page promises at every size: the whole of a step is in sight when it
/// opens, nothing moves when the focus does, and help and quit are always named.
@Suite struct PageTests {
    static let sizes = [Size(width: 40, height: 12), Size(width: 50, height: 16), Size(width: 80, height: 24),
                        Size(width: 120, height: 40), Size(width: 200, height: 60)]

    /// The coach on part `index` of the built-in guide, as it opens there.
    func opened(_ index: Int, size: Size = Size(width: 80, height: 24)) -> AppState {
        var session = Session(name: "default", guide: .builtIn, now: noon)
        session.position = Position(partID: Guide.builtIn.parts[index].id)
        var state = makeState(size: size, returning: true, session: session)
        state.press(.enter)
        return state
    }

    @Test func at80x24EveryActionAndTheFirstQuestionShowWhenAStepOpens() {
        for index in Guide.builtIn.parts.indices {
            let state = opened(index)
            let layout = state.layout
            #expect(layout.tabs == nil, "part \(index) falls back to one region at a time")
            let screen = AppView.render(state).lines.joined(separator: "\n")
            for row in layout.checklistRows {
                // A timed action's or the decision's row under it says where it stands.
                let text = row.isDetail ? state.detail(of: state.part.checklist[row.item]) : row.text
                #expect(screen.contains(text), "part \(index): action row '\(text)' is not on the screen")
            }
            for row in layout.promptLines.prefix(layout.promptRows.first ?? 0) {
                #expect(screen.contains(row), "part \(index): the first question's row '\(row)' is not on the screen")
            }
            #expect(screen.contains(layout.guidanceLines[0]), "part \(index): the guidance does not start on the screen")
        }
    }

    @Test(arguments: sizes)
    func noLineOfTextIsWiderThanTheReadingColumn(size: Size) {
        for index in Guide.builtIn.parts.indices {
            let layout = opened(index, size: size).layout
            #expect(layout.column.width <= StepLayout.readingWidth)
            for line in layout.guidanceLines + layout.promptLines + layout.checklistRows.map(\.text) {
                #expect(line.cellWidth <= layout.column.width, "'\(line)' is wider than \(layout.column.width)")
            }
        }
    }

    @Test(arguments: sizes)
    func movingTheFocusMovesNothing(size: Size) {
        for index in Guide.builtIn.parts.indices {
            var state = opened(index, size: size)
            let first = state.layout
            guard first.tabs == nil else { continue }
            let frame = AppView.render(state)
            for _ in 0..<4 {
                state.press(.tab)
                let layout = state.layout
                #expect(layout.regions == first.regions && layout.title == first.title, "part \(index), focus on \(state.pane)")
                let now = AppView.render(state)
                // The text in the reading column is the same; only marks and highlights change.
                for y in 0..<frame.height - 2 {
                    let range = first.column.x..<first.column.maxX
                    #expect(range.map { frame[$0, y].text } == range.map { now[$0, y].text } || state.pane == .sidebar,
                            "part \(index), row \(y) changed when the focus went to \(state.pane)")
                }
            }
        }
    }

    @Test(arguments: sizes)
    func theFooterAlwaysNamesHelpAndQuit(size: Size) {
        var state = opened(1, size: size)
        var footers: [(String, String)] = []
        func look(_ place: String) { footers.append((place, AppView.render(state).lines[size.height - 1])) }
        for _ in 0..<4 {
            look("step, focus on \(state.pane)")
            state.press(.tab)
        }
        state.press(.character("r"))
        look("review")
        state.press(.escape, .character("s"))
        look("sessions")
        state.press(.escape)
        for _ in 0..<12 { state.press(.character("n")) }
        look("the end")
        for (place, footer) in footers {
            #expect(footer.contains("? help") && footer.contains("q quit"), "\(place): '\(footer)'")
        }
        state.press(.escape, .character("e"))
        let writing = AppView.render(state).lines[size.height - 1]
        #expect(writing.contains("F1 help") && writing.contains("^C quit"), "writing: '\(writing)'")
    }

    /// The preview takes up to a third of a tall page (a tester saw 8 lines above 20
    /// empty rows at 200x60), and 8 rows on a smaller one.
    @Test(arguments: [(Size(width: 80, height: 24), 1...8), (Size(width: 120, height: 40), 8...12), (Size(width: 200, height: 60), 15...19)])
    func aLongNoteShowsItsStartAndCountsTheRest(size: Size, lines: ClosedRange<Int>) {
        var session = Session(name: "default", guide: .builtIn, now: noon)
        let step = Guide.builtIn.steps[0]
        session.setNote((1...29).map { "Line \($0) of what I wrote" }.joined(separator: "\n"), for: step, at: noon)
        session.position = Position(partID: step.id)
        var state = makeState(size: size, returning: true, session: session)
        state.press(.enter)
        let screen = AppView.render(state).lines.joined(separator: "\n")
        #expect(screen.contains("Line 1 of what I wrote"))
        let shown = (1...29).filter { screen.contains("Line \($0) of what") }.count
        #expect(lines.contains(shown), "\(shown) lines shown:\n\(screen)")
        #expect(screen.contains("\(29 - shown) more lines"), "\(shown) lines shown:\n\(screen)")
    }

    /// A final new line (as an external editor leaves) starts no line: not counted, and
    /// End stops on the last line written, not on an empty one.
    @Test func aFinalNewLineIsNotALine() {
        var state = makeState(returning: true, session: .onFirstStep(note: (1...29).map { "Line \($0) of what I wrote" }.joined(separator: "\n") + "\n"))
        state.press(.enter)
        var screen = AppView.render(state).lines.joined(separator: "\n")
        let shown = (1...29).filter { screen.contains("Line \($0) of what") }.count
        #expect(screen.contains("\(29 - shown) more lines"), "\(screen)")
        state.press(.end)
        screen = AppView.render(state).lines.joined(separator: "\n")
        #expect(screen.contains("from line 29") && screen.contains("Line 29 of what I wrote"), "\(screen)")
    }

    @Test func theNoteIsReadOnThePageWithTheArrows() {
        var state = makeState(returning: true, session: .onFirstStep(note: (1...29).map { "Line \($0) of what I wrote" }.joined(separator: "\n")))
        state.press(.enter)
        for _ in 0..<20 { state.press(.down) }
        let screen = AppView.render(state).lines.joined(separator: "\n")
        #expect(!state.isWriting && screen.contains("Your notes · from line 21"), "\(screen)")
        #expect(screen.contains("Line 21 of what I wrote") && !screen.contains("Line 1 of what I wrote"))
        state.press(.home)
        #expect(AppView.render(state).lines.joined().contains("Line 1 of what I wrote"))
    }

    @Test func checkingTheLastActionOfAStepSaysSo() {
        var state = opened(1)
        state.press(.tab)
        for _ in 0..<2 { state.press(.character(" "), .down) }
        // The last is the decision: answered, it is checked too.
        state.press(.down, .character(" "), .character("y"))
        #expect(state.status?.text.hasPrefix("Noted: yes") == true)
        state.press(.up)
        state.press(.character(" "))
        #expect(state.status?.text == "That is every action of Step 1 done. Take a breath; n goes on when you are ready.")
    }

    @Test func nOnTheClosingOpensTheEndAndEscReturns() {
        var state = opened(Guide.builtIn.parts.count - 1)
        state.press(.character("n"))
        #expect(state.screen == .end)
        #expect(AppView.render(state).lines.joined().contains("You have reached the end of the guide."))
        state.press(.escape)
        #expect(state.screen == .step && state.partIndex == Guide.builtIn.parts.count - 1)
    }

    @Test func everyThemeAndDepthGivesEachToneAnInk() throws {
        var table = ""
        for theme in Theme.allCases {
            for depth in ColorDepth.allCases {
                for tone in Style.Tone.allCases {
                    let ink = Palette.ink(for: tone, theme: theme, depth: depth)
                    table += "\(theme.rawValue) \(depth) \(tone): fg \(ink.foreground) bg \(ink.background)"
                        + (ink.bold ? " bold" : "") + (ink.dim ? " dim" : "") + (ink.reverse ? " reverse" : "")
                        + (ink.underline ? " underline" : "") + "\n"
                    // Content keeps the terminal's own colours in every theme.
                    if tone == .plain { #expect(ink == Ink()) }
                    // Without colour, nothing asks for a colour.
                    if depth == .monochrome { #expect(ink.foreground == -1 && ink.background == -1) }
                    // Eight colours means numbers 0-7 only.
                    if depth == .eight { #expect(ink.foreground < 8 && ink.background < 8) }
                }
                // The focused row must differ from plain text, and the muted chrome too, except in high contrast.
                #expect(Palette.ink(for: .selection, theme: theme, depth: depth) != Ink())
                #expect((Palette.ink(for: .muted, theme: theme, depth: depth) == Ink()) == (theme == .highContrast))
            }
        }
        try SnapshotFile.assert(table, "palette")
    }
}

/// A chosen search match is scrolled into sight on the page and marked there.
@Suite struct SearchDestinationTests {
    /// The step page after searching `query` and choosing the first result in `part`.
    func chosen(_ query: String, inPartAt part: Int, size: Size = Size(width: 80, height: 24)) -> (AppState, Frame) {
        var state = makeState(size: size)
        state.press(.enter, .character("/"))
        state.type(query)
        state.press(.enter)
        while state.search.results.map({ $0[state.search.cursor.index].target.partID }) != Guide.builtIn.parts[part].id {
            state.press(.down)
        }
        state.press(.enter)
        return (state, AppView.render(state))
    }

    /// The text of the cells drawn in the match's style.
    func marked(_ frame: Frame) -> String {
        (0..<frame.height).map { y in (0..<frame.width).filter { frame[$0, y].style == .match }.map { frame[$0, y].text }.joined() }
            .joined()
    }

    @Test func aMatchDeepInTheGuidanceIsScrolledToAndMarked() {
        // "blame" is in Step 1's second paragraph, below what 80x24 shows when the step opens.
        let (state, frame) = chosen("BLAME", inPartAt: 1)
        #expect(state.pane == .guidance && state.session.position.scroll > 0)
        #expect(marked(frame) == "blame")
    }

    @Test func aMatchInAnActionIsMarkedOnTheSelectedAction() {
        let (state, frame) = chosen("repeatedly", inPartAt: 1)
        #expect(state.pane == .checklist && state.session.position.checklistCursor == 1)
        #expect(marked(frame) == "repeatedly")
    }

    @Test func aMatchInTheNoteIsPreviewedFromItsLineAndWritingStartsThere() {
        var session = Session.checked
        session.setNote("first line\nthe lake house\nlast", for: Guide.builtIn.steps[0], at: noon)
        var state = makeState(session: session)
        state.press(.enter, .character("/"))
        state.type("lake")
        state.press(.enter, .enter)
        #expect(!state.isWriting && state.pane == .notes && state.editor.cursorOffset == "first line\nthe ".count)
        let frame = AppView.render(state)
        #expect(frame.lines.contains { $0.contains("Your notes · from line 2") })
        #expect(marked(frame) == "lake")
        state.press(.character("e"))
        #expect(state.isWriting && state.editor.cursorOffset == "first line\nthe ".count)
    }
}
