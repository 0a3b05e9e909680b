import Foundation
import Testing
import TestSupport
import RekindleCore
@testable import RekindleTUI

@Suite struct UpdateTests {
    @Test func enterLeavesTheWelcomeForTheSavedPosition() {
        var session = Session(name: "default", guide: .builtIn, now: noon)
        session.position = Position(partID: "trust", pane: .checklist, checklistCursor: 2, noteCursor: 0, scroll: 0)
        var state = makeState(returning: true, session: session)
        #expect(state.screen == .welcome)
        state.press(.enter)
        #expect(state.screen == .step)
        #expect(state.part.id == "trust")
        #expect(state.pane == .checklist)
        #expect(state.session.position.checklistCursor == 2)
    }

    /// The current part follows the session's position however it changes: the place
    /// kept between events is checked before it is used, never trusted.
    @Test func thePartFollowsThePositionHoweverItChanges() {
        var state = makeState()
        state.press(.enter, .character("n"), .character("n"))
        #expect(state.partIndex == 2)
        let fifth = state.guide.parts[5]
        state.session.position = Position(partID: fifth.id)
        #expect(state.partIndex == 5 && state.part.id == fifth.id)
        state.press(.character("p"))
        #expect(state.partIndex == 4 && state.part.id == state.guide.parts[4].id)
        state.session.position = Position(partID: "no such part")
        #expect(state.partIndex == 0)
    }

    /// Tab goes through the regions, and the steps list where it stands beside the page
    /// (120 columns and up); below that `t` opens the list, and Tab never does.
    @Test func tabCyclesTheRegionsAndTheListBesideThePage() {
        for (width, list) in [(120, true), (80, false)] {
            var state = makeState(size: Size(width: width, height: 40))
            state.press(.enter, .character("n"))
            var seen: [Position.Pane] = [state.pane]
            for _ in 0..<(list ? 4 : 3) {
                state.press(.tab)
                seen.append(state.pane)
            }
            #expect(seen == [.guidance, .checklist, .notes] + (list ? [.sidebar] : []) + [.guidance], "\(width)")
            state.press(.backTab)
            #expect(state.pane == (list ? .sidebar : .notes), "\(width)")
        }
    }

    /// In the list, ↑↓ move a highlight; Enter opens the part, Esc goes back to the one open.
    @Test func theStepsListOpensOnlyWithEnter() {
        var state = makeState()
        state.press(.enter, .character("n"), .character("t"), .down, .down)
        #expect(state.pane == .sidebar && state.partIndex == 1 && state.stepsCursor == 3)
        state.press(.escape)
        #expect(state.pane == .guidance && state.partIndex == 1)
        state.press(.character("t"), .down, .enter)
        #expect(state.pane == .guidance && state.partIndex == 2)
        // Esc goes back to the region the list was opened from, its cursor kept.
        state.press(.tab, .down, .character("t"), .down, .escape)
        #expect(state.pane == .checklist && state.session.position.checklistCursor == 1 && state.partIndex == 2)
    }

    @Test func spaceChecksWithTheTimeAndSavesAtOnce() {
        var state = makeState()
        state.press(.enter, .character("n"), .tab, .down)
        let later = noon.addingTimeInterval(120)
        let effects = state.press(.character(" "), now: later)
        #expect(effects == [.save])
        let item = Guide.builtIn.steps[0].checklist[1]
        #expect(state.session.checks[item.id]?.checkedAt == later)
        #expect(state.press(.enter) == [.save])
        #expect(!state.session.isChecked(item.id))
    }

    @Test func undoTakesBackTheLastCheck() {
        var state = makeState()
        state.press(.enter, .character("n"), .tab, .character(" "))
        #expect(state.session.checks.count == 1)
        state.press(.character("n"), .character("n"))
        #expect(state.press(.character("u")) == [.save])
        #expect(state.session.checks.isEmpty)
        #expect(state.part.id == "reflect")
        state.press(.character("u"))
        #expect(state.status?.text == "Nothing to undo.")
    }

    @Test func typingIsSavedHalfASecondAfterItStarts() throws {
        var state = makeState()
        state.press(.enter, .character("n"), .character("e"))
        #expect(state.pane == .notes)
        #expect(state.type("q is just a letter here\nsecond") == [])
        #expect(state.apply(.tick, now: noon.addingTimeInterval(0.2)) == [])
        #expect(state.apply(.tick, now: noon.addingTimeInterval(0.6)) == [.save])
        // The save takes the session as it is: the note is in it, with its time and the cursor.
        #expect(state.session.noteText(for: "reflect") == "q is just a letter here\nsecond")
        #expect(state.session.notes["reflect"]?.editedAt == noon.addingTimeInterval(0.6).wholeSeconds)
        #expect(state.session.position.noteCursor == 30)
        _ = state.apply(.saved, now: noon.addingTimeInterval(0.6))
        #expect(state.apply(.tick, now: noon.addingTimeInterval(5)) == [])
    }

    /// The editor edits a copy; the session gets the text when it is saved or left,
    /// and the note's time moves only with its text.
    @Test func theSessionOwnsTheNoteAndItsTimeMovesOnlyWithItsText() throws {
        var state = makeState()
        state.press(.enter, .character("n"), .character("e"))
        state.type("held by the session")
        _ = state.prepareSave(now: noon)
        #expect(state.session.notes["reflect"] == Note(text: "held by the session", editedAt: noon, partTitle: state.part.title))
        // A later save with the text unchanged (after a check, a cursor move) keeps that time.
        state.press(.escape, .character("e"), .left)
        _ = state.prepareSave(now: noon.addingTimeInterval(60))
        #expect(state.session.notes["reflect"]?.editedAt == noon)
        // Typing moves it on; undoing back to the saved text does not.
        state.type("!", now: noon.addingTimeInterval(100))
        _ = state.prepareSave(now: noon.addingTimeInterval(120))
        #expect(state.session.notes["reflect"]?.editedAt == noon.addingTimeInterval(120))
        state.press(.escape, .character("u"))
        _ = state.prepareSave(now: noon.addingTimeInterval(180))
        #expect(state.session.notes["reflect"]?.text == "held by the session")
        // Leaving the part puts the text back; emptying a note leaves nothing written,
        // its words kept as a version.
        state.press(.character("p"), .character("n"), .character("e"))
        for _ in 0..<19 { state.press(.backspace) }
        state.press(.escape)
        #expect(!state.session.hasNote(for: "reflect"))
        #expect(state.session.entries(for: "reflect").first?.versions.last?.text == "held by the session")
    }

    @Test func undoTakesBackARunOfTyping() {
        var state = makeState()
        state.press(.enter, .character("n"), .character("e"))
        state.type("first")
        state.press(.escape)
        state.press(.character("e"))
        state.type(" second")
        state.press(.escape)
        state.press(.character("u"))
        #expect(state.editor.text == "first")
        state.press(.character("u"))
        #expect(state.editor.text == "")
    }

    @Test func quitSavesAndAFailedSaveAsksBeforeLosingText() {
        var state = makeState()
        state.press(.enter, .character("e"))
        state.type("precious")
        #expect(state.press(.control("c")) == [.save, .quit])
        _ = state.apply(.saveFailed("No space left on device"), now: noon)
        #expect(!state.mayQuit)
        #expect(state.quitQuestion != nil)
        #expect(state.status?.text.contains("No space left on device") == true)
        #expect(state.press(.character("x")) == [])
        #expect(state.press(.character("n")) == [])
        #expect(state.quitQuestion == nil)
        #expect(state.apply(.tick, now: noon.addingTimeInterval(3)) == [.save])
        _ = state.apply(.saved, now: noon)
        #expect(state.mayQuit)
        #expect(state.status?.text == "Saved. Everything is on disk again.")
    }

    @Test func helpNowStaysOneKeyAwayWhileQuittingIsAskedAbout() {
        var state = makeState()
        state.press(.enter, .character("e"))
        state.type("precious")
        state.press(.escape, .character("q"))
        _ = state.apply(.saveFailed("No space left on device"), now: noon)
        #expect(state.quitQuestion != nil)
        #expect(AppView.render(state).lines.last?.contains("! help now") == true)
        #expect(state.press(.character("!")) == [])
        #expect(state.screen == .helpNow && state.quitQuestion == nil)
        #expect(!state.mayQuit)
    }

    @Test func aSignalSavesAndQuitsWithoutAsking() throws {
        var state = makeState()
        state.press(.enter, .character("e"))
        state.type("typed before the hang-up")
        #expect(state.apply(.terminate, now: noon) == [.save, .quit])
        #expect(state.session.noteText(for: "opening") == "typed before the hang-up")
        _ = state.apply(.saveFailed("disk gone"), now: noon)
        #expect(state.mayQuit)
    }

    @Test func stepsMoveWithNPBracketsAndArrows() {
        var state = makeState()
        state.press(.enter)
        for (key, expected) in [(Key.character("n"), 1), (.character("]"), 2), (.right, 3), (.character("l"), 4),
                                (.character("p"), 3), (.character("["), 2), (.left, 1), (.character("h"), 0), (.left, 0)] {
            state.press(key)
            #expect(state.partIndex == expected)
        }
        for _ in 0..<20 { state.press(.character("n")) }
        #expect(state.part.kind == .closing)
    }

    @Test func eachPartKeepsItsOwnNote() {
        var state = makeState()
        state.press(.enter, .character("n"), .character("e"))
        state.type("for step one")
        state.press(.tab, .character("n"))
        #expect(state.editor.text == "")
        #expect(state.session.noteText(for: "reflect") == "for step one")
        state.press(.character("p"))
        #expect(state.editor.text == "for step one")
    }

    @Test func overlaysOpenAndReturn() {
        var state = makeState()
        state.press(.enter)
        state.press(.character("?"))
        #expect(state.screen == .help)
        state.press(.character("x"))
        #expect(state.screen == .step)
        state.press(.function(1))
        #expect(state.screen == .help)
        state.press(.escape, .character("r"))
        #expect(state.screen == .review)
        state.press(.character("a"))
        #expect(state.review.showAll)
        state.press(.escape)
        #expect(state.screen == .step)
        #expect(state.press(.character("s")) == [.listSessions])
        #expect(state.screen == .picker)
    }

    @Test func pickerStartsANamedSessionAndRefusesBadNames() {
        var state = makeState()
        state.press(.character("s"))
        _ = state.apply(.sessions([SessionSummary(name: "default", detail: "0/40")]), now: noon)
        state.press(.character("n"))
        state.type("bad/name")
        #expect(state.press(.enter) == [])
        #expect(state.status?.isError == true)
        for _ in 0..<8 { state.press(.backspace) }
        state.type("fresh-start")
        // Nothing was checked or written in the new session this run opened: nothing to save.
        #expect(state.press(.enter) == [.switchSession("fresh-start")])
    }

    @Test func externalEditorRoundTrip() throws {
        var state = makeState()
        state.press(.enter)
        #expect(state.press(.control("e")) == [.openEditor])
        #expect(state.apply(.editorFinished("written in vim", message: nil), now: noon) == [.save])
        #expect(state.session.noteText(for: "opening") == "written in vim")
        _ = state.apply(.editorFinished(nil, message: "The note was left as it was: the editor 'nope' ended with status 127."), now: noon)
        #expect(state.status?.isError == true)
        #expect(state.editor.text == "written in vim")
    }

    @Test func mouseClicksPickStepsAndToggleItems() {
        var state = makeState()
        state.press(.enter)
        let sidebar = StepLayout(state: state).sidebar!
        _ = state.apply(.mouse(MouseEvent(.press, at: Point(x: 3, y: sidebar.y + 1 + 2))), now: noon)
        #expect(state.partIndex == 2)
        let checklist = StepLayout(state: state).regions[.checklist]!
        let effects = state.apply(.mouse(MouseEvent(.press, at: Point(x: checklist.x + 6, y: checklist.y + 1))), now: noon)
        #expect(effects == [.save])
        #expect(state.session.isChecked(state.part.checklist[0].id))
        _ = state.apply(.mouse(MouseEvent(.wheelDown, at: Point(x: checklist.x + 6, y: StepLayout(state: state).regions[.guidance]!.y + 1))), now: noon)
        #expect(state.session.position.scroll == 3)
    }

    @Test func controlZSuspendsControlLRedrawsAndResizeIsRemembered() {
        var state = makeState()
        #expect(state.press(.control("z")) == [.suspend])
        #expect(state.press(.control("l")) == [.redraw])
        _ = state.apply(.resize(Size(width: 30, height: 10)), now: noon)
        #expect(state.size == Size(width: 30, height: 10))
    }
}

@Suite struct CoachTests {
    /// The run loop with the memory terminal and a real store: keys in, file out.
    @Test func typedNotesAndChecksReachTheDiskAndThePickerListsTheOpenSession() throws {
        let dir = TemporaryDirectory()
        let store = try SessionStore(dataDirectory: dir.file("data"))
        let lock = try store.lock("fresh")
        let state = makeState(session: Session(name: "fresh", guide: .builtIn, now: noon))
        // Esc passes over the safety check a new session opens with.
        let keys: [Key] = [.character("s"), .escape, .enter, .escape, .character("n"), .tab, .character(" "), .character("e"),
                           .character("h"), .character("i"), .escape, .character("q")]
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24), events: keys.map { .key($0) })
        let final = Coach(terminal: terminal, store: store, lock: lock, state: state, environment: [:]).run()
        #expect(terminal.isClosed)
        let saved = try #require(try store.load("fresh"))
        #expect(saved.noteText(for: "reflect") == "hi")
        #expect(saved.checks.count == 1)
        #expect(saved.position.partID == "reflect")
        #expect(final.mayQuit)
        let pickerFrame = try #require(terminal.frames.first { $0.lines.contains { $0.contains("Sessions on this computer") } })
        #expect(pickerFrame.lines.contains { $0.contains("fresh") && $0.contains("new; saved once you check or write something") })
    }

    /// Ctrl-L draws the whole screen again, on a cleared one: the help promises it, for
    /// when other output (a background job, `wall`) wrote over the coach.
    @Test func controlLDrawsTheWholeScreenAgain() throws {
        let dir = TemporaryDirectory()
        let store = try SessionStore(dataDirectory: dir.file("data"))
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24), events: [.key(.control("l"))])
        Coach(terminal: terminal, store: store, lock: try store.lock("default"), state: makeState(), environment: [:]).run()
        #expect(terminal.forgottenCount == 1)
        // The first frame, then the one drawn again.
        #expect(terminal.frames.count >= 2)
        #expect(terminal.frames[1] == terminal.frames[0])
    }

    /// A save that fails says so while the person waits, not at their next key: the
    /// save starts a few milliseconds after the key, and while it is under way the loop
    /// looks for its outcome every few milliseconds.
    @Test func aFailedSaveShowsWhileThePersonWaits() throws {
        let dir = TemporaryDirectory()
        let store = try SessionStore(dataDirectory: dir.file("data"))
        let lock = try store.lock("default")
        // Every save fails from now on: the sessions folder is a file.
        try FileManager.default.moveItem(atPath: dir.file("data/sessions"), toPath: dir.file("moved"))
        dir.write("data/sessions", [])
        let keys: [Key] = [.enter, .character("n"), .tab, .character(" ")]
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24),
                                      events: keys.map { .key($0) } + Array(repeating: .tick, count: 400))
        let failed = { (frame: Frame) in frame.lines.contains { $0.contains("Not saved: ") } }
        terminal.stopWhen = failed
        _ = Coach(terminal: terminal, store: store, lock: lock, state: makeState(), environment: [:]).run()
        #expect(terminal.frames.contains(where: failed))
        // The waits after the check (the last key), up to the frame that said so.
        let waitsAfterCheck = terminal.waits.dropFirst(keys.count).dropLast()
        let longest = Coach.saveWatchMilliseconds
        #expect(!waitsAfterCheck.isEmpty && waitsAfterCheck.allSatisfy { $0 <= longest })
    }

    /// The editor is `sh SCRIPT`, not the script itself: executing a file that a
    /// parallel test's fork may still hold open for writing fails with ETXTBSY.
    @Test func theExternalEditorRunsOnAPrivateFileThatIsRemovedAfter() throws {
        let dir = TemporaryDirectory()
        let store = try SessionStore(dataDirectory: dir.file("data"))
        let lock = try store.lock("default")
        let script = dir.file("editor.sh")
        dir.write("editor.sh", Array("#!/bin/sh\nstat -c %a \"$1\" > \(dir.file("mode"))\nprintf ' and more' >> \"$1\"\n".utf8))
        var state = makeState()
        state.press(.enter, .character("e"))
        state.type("begun")
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24), events: [.key(.control("e")), .key(.control("c"))])
        let final = Coach(terminal: terminal, store: store, lock: lock, state: state,
                          environment: ["EDITOR": "sh \(script)", "TMPDIR": dir.file("")]).run()
        #expect(final.session.noteText(for: "opening") == "begun and more")
        #expect(try store.load("default")?.noteText(for: "opening") == "begun and more")
        #expect(String(decoding: dir.read("mode") ?? [], as: UTF8.self) == "600\n")
        #expect(terminal.releasedCount == 1)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("rekindle-") }
        #expect(leftovers.isEmpty)
    }
}
