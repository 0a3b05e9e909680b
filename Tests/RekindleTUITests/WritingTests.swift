import Foundation
import RekindleCore
import Testing
@testable import RekindleTUI

/// Issue 23: what a person writes is never lost to a key, a paste or a small window.
@Suite struct WritingTests {
    /// Types `text` one key at a time, `seconds` after `start`.
    private func type(_ text: String, into state: inout AppState, at seconds: Double) {
        state.type(text, now: noon.addingTimeInterval(seconds))
    }

    /// The rule under the questions says how much of the note is out of sight.
    @Test func theRuleCountsTheLinesOutOfSight() {
        var state = makeState(returning: true, session: .onFirstStep(note: (1...40).map { "Line \($0)" }.joined(separator: "\n")))
        state.press(.enter, .character("e"))
        for _ in 0..<10 { state.press(.pageDown) }
        var screen = AppView.render(state).lines.joined(separator: "\n")
        #expect(screen.contains("Line 40") && screen.contains(" lines above "), "\(screen)")
        state.press(.pageUp, .pageUp, .pageUp)
        screen = AppView.render(state).lines.joined(separator: "\n")
        #expect(screen.contains(" more lines"), "\(screen)")
    }

    /// Three lines typed over several seconds, then Esc and `u`: one burst is taken
    /// back, not the whole writing session; `U` and Ctrl-R put it back.
    @Test func undoTakesBackOneBurstAtATimeAndRedoPutsItBack() {
        var state = makeState()
        state.press(.enter, .character("n"), .character("e"))
        type("I miss the walks", into: &state, at: 0)
        type("\nand the jokes", into: &state, at: 3)
        type(" we had", into: &state, at: 8)
        state.press(.escape, now: noon.addingTimeInterval(9))
        #expect(state.editor.text == "I miss the walks\nand the jokes we had")

        state.press(.character("u"), now: noon.addingTimeInterval(10))
        #expect(state.editor.text == "I miss the walks\nand the jokes")
        #expect(state.status?.text == "Took back 2 words typed at 11:06.")
        state.press(.character("u"))
        #expect(state.editor.text == "I miss the walks\n")
        state.press(.character("U"))
        #expect(state.editor.text == "I miss the walks\nand the jokes")
        #expect(state.status?.text.hasPrefix("Put back 3 words typed at") == true)
        state.press(.control("r"))
        #expect(state.editor.text == "I miss the walks\nand the jokes we had")
        state.press(.control("r"))
        #expect(state.status?.text == "Nothing to redo.")
    }

    /// A deletion is its own step, and a new change after an undo drops the redo.
    @Test func deletionsAndChecksAreStepsAndANewChangeEndsRedo() {
        var state = makeState()
        state.press(.enter, .character("n"), .character("e"))
        type("hello there", into: &state, at: 0)
        state.press(.backspace, .backspace, .backspace, .backspace, .backspace, now: noon.addingTimeInterval(5))
        state.press(.escape, .character("u"), now: noon.addingTimeInterval(6))
        #expect(state.editor.text == "hello there")
        #expect(state.status?.text.hasPrefix("Took back deleting 1 word") == true)
        // One character deleted is said as one, an emoji too.
        state.press(.character("e"), .end, .character("👍🏽"), now: noon.addingTimeInterval(7))
        state.press(.backspace, now: noon.addingTimeInterval(9))
        state.press(.escape, .character("u"), now: noon.addingTimeInterval(10))
        #expect(state.editor.text == "hello there👍🏽")
        #expect(state.status?.text.hasPrefix("Took back deleting 1 character") == true)
        state.press(.backTab, .character(" "))
        #expect(state.session.checks.count == 1)
        state.press(.character("U"))
        #expect(state.status?.text == "Nothing to redo.")
        state.press(.character("u"))
        #expect(state.session.checks.isEmpty && state.status?.text.hasPrefix("Took back the check of") == true)
    }

    /// Tab onto the notes only moves the focus: Space meant for the checklist is not typed.
    @Test func tabOntoTheNotesDoesNotStartWriting() {
        var state = makeState()
        state.press(.enter)
        while state.pane != .notes { state.press(.tab) }
        state.press(.character(" "), .character("j"), .character("q"))
        #expect(state.editor.text == "")
        #expect(!state.isWriting && state.quitRequested)
        let frame = AppView.render(state)
        #expect(frame.lines.contains { $0.contains("e write") })
        #expect(!frame.showsCursor)
    }

    /// A paste while writing goes in as text, Tab and all, as one step of undo;
    /// elsewhere an unmarked burst is the keys it was typed as.
    @Test func aPasteIsTextWhileWritingAndKeysElsewhere() {
        var state = makeState()
        state.press(.enter, .character("n"), .character("e"))
        _ = state.apply(.paste("Name:\tquestions I still have\nq", bracketed: true), now: noon)
        #expect(state.editor.text == "Name:\tquestions I still have\nq")
        #expect(!state.quitRequested && state.isWriting)
        _ = state.apply(.paste("\tmore", bracketed: false), now: noon)
        #expect(state.editor.text.hasSuffix("q\tmore"))
        state.press(.escape, .character("u"))
        #expect(state.status?.text.hasPrefix("Took back 1 word pasted") == true)
        state.press(.character("u"))
        #expect(state.editor.text == "")
        // Esc leaves the focus on the notes; on the checklist, "jj " typed fast moves twice and checks.
        #expect(state.pane == .notes)
        state.press(.backTab)
        _ = state.apply(.paste("jj ", bracketed: false), now: noon)
        #expect(state.session.position.checklistCursor == 2 && state.session.checks.count == 1)
        // A marked paste there is explained, not run.
        _ = state.apply(.paste("q", bracketed: true), now: noon)
        #expect(!state.quitRequested && state.status?.text.contains("press e first") == true)
    }

    /// A megabyte pasted on one line goes in at once, and the screen is drawn.
    @Test func aMegabyteOnOneLineIsPastedQuickly() {
        var state = makeState()
        state.press(.enter, .character("n"), .character("e"))
        let started = ContinuousClock.now
        _ = state.apply(.paste(String(repeating: "word ", count: 200_000), bracketed: true), now: noon)
        _ = AppView.render(state)
        state.press(.character("!"))
        _ = AppView.render(state)
        let took = ContinuousClock.now - started
        #expect(state.editor.text.utf8.count == 1_000_001)
        #expect(took < .seconds(10), "took \(took)")
    }

    /// At 39x11 nothing can be seen: typing, Space and pastes change nothing; q quits.
    @Test func onlyQuitAndHelpWorkWhileTheScreenIsTooSmall() {
        var state = makeState()
        state.press(.enter, .character("n"), .tab)
        #expect(state.pane == .checklist)
        _ = state.apply(.resize(Size(width: 39, height: 11)), now: noon)
        state.press(.character(" "), .character("e"), .character("n"))
        _ = state.apply(.paste("words", bracketed: true), now: noon)
        _ = state.apply(.mouse(MouseEvent(.press, at: Point(x: 5, y: 5))), now: noon)
        #expect(state.session.checks.isEmpty && state.editor.text == "" && state.partIndex == 1 && !state.isWriting)
        state.press(.character("?"))
        #expect(state.screen == .help)
        #expect(state.press(.character("q")).contains(.quit))
    }

    /// While writing, a screen too small for the note takes no text: ! is help now.
    @Test func helpNowOpensFromATooSmallScreenWhileWriting() {
        var state = makeState()
        state.press(.enter, .character("e"))
        _ = state.apply(.resize(Size(width: 20, height: 5)), now: noon)
        state.press(.character("!"))
        #expect(state.screen == .helpNow && state.editor.text == "")
    }

    /// The quit question waits for y or n on a too-small screen too, so it shows there.
    @Test func theQuitQuestionShowsOnATooSmallScreen() {
        var state = makeState()
        state.press(.enter, .character("e"))
        state.type("precious")
        state.press(.escape)
        _ = state.apply(.resize(Size(width: 20, height: 5)), now: noon)
        state.press(.character("q"))
        _ = state.apply(.saveFailed("Permission denied"), now: noon)
        let screen = AppView.render(state).lines.joined(separator: " ")
        #expect(screen.contains("y: quit, n:"), "\(screen)")
    }

    /// Positions from a hostile file cannot make arithmetic trap.
    @Test func extremePositionsAreBroughtIntoRange() {
        var session = Session(name: "default", guide: .builtIn, now: noon)
        session.position = Position(partID: "reflect", pane: .guidance, checklistCursor: .max, noteCursor: .min, scroll: -1)
        var state = makeState(session: session)
        state.press(.enter, .end, .home, .end, .tab, .end, .home, .pageDown, .pageUp)
        _ = AppView.render(state)
        session.position = Position(partID: "reflect", pane: .guidance, checklistCursor: .min, noteCursor: .max, scroll: .max)
        state = makeState(session: session)
        state.press(.enter, .end, .pageDown, .tab, .pageUp, .home)
        _ = AppView.render(state)
    }
}

/// Issue 23: a new session is written once something is checked or written in it.
@Suite struct NewSessionSavingTests {
    @Test func aNewSessionIsSavedOnlyOnceSomethingIsInIt() {
        var state = makeState()
        state.press(.enter, .character("n"), .character("n"), .character("p"))
        #expect(state.press(.character("q")) == [.quit] && state.mayQuit)
        state = makeState()
        state.press(.enter, .character("n"), .tab, .character(" "))
        #expect(state.session.checks.count == 1)
        // Once written, every later change is saved, even one that empties it again.
        state.press(.character("u"))
        #expect(state.press(.character("q")) == [.save, .quit])
        // A session that was on disk before is always saved.
        var returning = makeState(returning: true)
        #expect(returning.press(.character("q")) == [.save, .quit])
    }
}

/// What the person is told after Ctrl-S and after undoing a new line.
@Suite struct WritingMessagesTests {
    @Test func ctrlSSaysWhenItIsSavedAndANewLineIsNamed() {
        var state = makeState()
        state.press(.enter, .character("n"), .character("e"))
        #expect(state.press(.control("s")) == [])
        #expect(state.status?.text.hasPrefix("Nothing to save yet") == true)
        state.type("words")
        state.press(.enter, now: noon.addingTimeInterval(5))
        #expect(state.press(.control("s")) == [.save])
        _ = state.apply(.saved, now: noon)
        #expect(state.status?.text == "Saved at 11:06.")
        state.press(.escape, .character("u"))
        #expect(state.status?.text == "Took back a new line typed at 11:06.")
    }
}
