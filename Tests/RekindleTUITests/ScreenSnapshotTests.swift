import Foundation
import Testing
import RekindleCore
import TestSupport
@testable import RekindleTUI

/// Frame tests of every screen: each rendered frame is compared with a picture in
/// Snapshots/. Record new pictures with REKINDLE_RECORD_SNAPSHOTS=1 and read them
/// before committing.
@Suite(.serialized) struct ScreenSnapshotTests {
    static let sizes = [Size(width: 40, height: 12), Size(width: 50, height: 16), Size(width: 80, height: 24),
                        Size(width: 120, height: 40), Size(width: 200, height: 60)]

    /// A session part-way through: two checks, a note with accents, CJK and emoji.
    func progressed(_ size: Size) -> AppState {
        var session = Session(name: "default", guide: .builtIn, now: noon)
        let step = Guide.builtIn.steps[0]
        session.setChecked(true, item: step.checklist[0], in: step, at: noon.addingTimeInterval(3600))
        session.setChecked(true, item: step.checklist[2], in: step, at: noon.addingTimeInterval(7200))
        session.setNote("It gave me a home. é 中文 😀\nIt cost me my own friends.", for: step, at: noon.addingTimeInterval(7300))
        session.position = Position(partID: step.id, pane: .checklist, checklistCursor: 1)
        return makeState(size: size, returning: true, session: session)
    }

    @Test(arguments: sizes)
    func welcomeFirstRun(size: Size) throws {
        try assertSnapshot(makeState(size: size), "welcome-first", size)
    }

    @Test(arguments: sizes)
    func welcomeBack(size: Size) throws {
        try assertSnapshot(progressed(size), "welcome-back", size)
    }

    @Test(arguments: sizes)
    func stepWithChecklistFocused(size: Size) throws {
        var state = progressed(size)
        state.press(.enter)
        try assertSnapshot(state, "step-checklist", size)
    }

    @Test(arguments: sizes)
    func stepWhileWritingANote(size: Size) throws {
        var state = progressed(size)
        state.press(.enter, .character("e"))
        state.press(.end)
        state.type(" Still.")
        try assertSnapshot(state, "step-notes", size)
    }

    @Test(arguments: sizes)
    func sidebarFocusedOnTheClosing(size: Size) throws {
        var state = makeState(size: size)
        state.press(.enter)
        for _ in 0..<11 { state.press(.character("n")) }
        state.press(.backTab)
        try assertSnapshot(state, "step-closing", size)
    }

    @Test(arguments: sizes)
    func guidanceReadOnAndTheStepsList(size: Size) throws {
        var state = progressed(size)
        state.press(.enter, .backTab, .down, .down)
        try assertSnapshot(state, "step-guidance", size)
        state.press(.character("t"))
        try assertSnapshot(state, "step-list", size)
    }

    @Test(arguments: sizes)
    func theEndAfterTheClosing(size: Size) throws {
        var state = progressed(size)
        state.press(.enter)
        for _ in 0..<12 { state.press(.character("n")) }
        try assertSnapshot(state, "end", size)
    }

    @Test(arguments: sizes)
    func needHelpNowAndTheSafetyCheck(size: Size) throws {
        var state = progressed(size)
        state.press(.enter, .character("!"))
        try assertSnapshot(state, "help-now", size)
        state.press(.character("c"))
        try assertSnapshot(state, "screening", size)
        state.press(.character("y"), .escape)
        try assertSnapshot(state, "screening-outcome", size)
    }

    @Test(arguments: sizes)
    func review(size: Size) throws {
        var state = progressed(size)
        state.press(.character("r"))
        try assertSnapshot(state, "review", size)
        state.press(.character("a"))
        try assertSnapshot(state, "review-all", size)
    }

    @Test(arguments: sizes)
    func help(size: Size) throws {
        var state = makeState(size: size)
        state.press(.character("?"))
        try assertSnapshot(state, "help", size)
    }

    @Test(arguments: sizes)
    func picker(size: Size) throws {
        var state = makeState(size: size)
        state.press(.character("s"))
        _ = state.apply(.sessions([SessionSummary(name: "default", detail: "2/40 actions, last used 2026-11-18 13:08"),
                                   SessionSummary(name: "spring", detail: "cannot be read; left untouched")]), now: noon)
        try assertSnapshot(state, "picker", size)
        state.press(.character("n"))
        state.type("new-one")
        try assertSnapshot(state, "picker-naming", size)
    }

    @Test(arguments: sizes)
    func search(size: Size) throws {
        var state = progressed(size)
        state.press(.enter, .character("/"))
        state.type("friend")
        try assertSnapshot(state, "search-typing", size)
        state.press(.enter)
        try assertSnapshot(state, "search-results", size)
    }

    @Test(arguments: sizes)
    func saveFailureAndQuitQuestion(size: Size) throws {
        var state = progressed(size)
        state.press(.enter, .character("q"))
        _ = state.apply(.saveFailed("cannot save session to ~/x.json: No space left on device"), now: noon)
        try assertSnapshot(state, "quit-question", size)
    }

    /// Issue 27: time. A check-in half answered, a timed action running, an entry of an
    /// earlier day under the new one and its history, the draft box, the moving-on page.
    @Test(arguments: sizes)
    func time(size: Size) throws {
        let day: TimeInterval = 86_400
        var state = progressed(size)
        state.press(.character("2"))
        try assertSnapshot(state, "check-in", size)
        var session = state.session
        let space = Guide.builtIn.part(id: "space")!
        session.start(space.checklist[3], days: 7, at: noon)
        session.position = Position(partID: "space", pane: .checklist, checklistCursor: 3)
        var timed = makeState(size: size, returning: true, session: session)
        _ = timed.apply(.resize(size), now: noon.addingTimeInterval(2 * day))
        timed.press(.enter, now: noon.addingTimeInterval(2 * day))
        try assertSnapshot(timed, "step-timed", size)

        let tomorrow = noon.addingTimeInterval(day)
        var journal = progressed(size)
        journal.press(.enter, .tab, now: tomorrow)
        journal.press(.character("e"), now: tomorrow)
        journal.type("A new day, a new entry.", now: tomorrow)
        journal.press(.escape, now: tomorrow)
        try assertSnapshot(journal, "step-entries", size)
        journal.press(.character("v"), now: tomorrow)
        try assertSnapshot(journal, "history", size)

        var drafts = progressed(size)
        drafts.press(.enter)
        drafts.press(.character("t"))
        for _ in 0..<3 { drafts.press(.down) }
        drafts.press(.enter, .character("d"), .character("n"))
        drafts.type("Hi. I hope you are well.")
        drafts.press(.escape)
        try assertSnapshot(drafts, "drafts", size)

        var decided = progressed(size)
        decided.press(.enter)
        for _ in 0..<2 { decided.press(.down) }
        decided.press(.character(" "))
        try assertSnapshot(decided, "decision-question", size)
        decided.press(.character("n"))
        try assertSnapshot(decided, "moving-on", size)
    }

    @Test(arguments: [Size(width: 39, height: 12), Size(width: 30, height: 10), Size(width: 20, height: 5), Size(width: 1, height: 1), Size(width: 0, height: 0)])
    func tooSmall(size: Size) throws {
        try assertSnapshot(progressed(size), "too-small", size)
    }

    // MARK: - Snapshot files

    /// Each cell's style as a letter, so a snapshot shows where colour goes: "." plain,
    /// m muted, a accent, s success, w warning, h highlight, S selection; a capital for
    /// bold, "/" for italic plain.
    static func stylePicture(_ frame: Frame) -> String {
        (0..<frame.height).map { y in
            String((0..<frame.width).map { x -> Character in
                let style = frame[x, y].style
                if style.italic && style.tone == .plain { return "/" }
                let letter: Character = switch style.tone {
                case .plain: "."
                case .muted: "m"
                case .accent: "a"
                case .success: "s"
                case .warning: "w"
                case .highlight: "h"
                case .selection: "S"
                }
                if style.tone == .selection { return letter }
                return style.bold ? (letter == "." ? "B" : Character(letter.uppercased())) : letter
            }) + "|"
        }.joined(separator: "\n") + "\n"
    }

    func assertSnapshot(_ state: AppState, _ name: String, _ size: Size,
                        sourceLocation: SourceLocation = #_sourceLocation) throws {
        let frame = AppView.render(state)
        #expect(frame.width == size.width && frame.height == size.height, sourceLocation: sourceLocation)
        let picture = frame.lines.map { $0 + "|" }.joined(separator: "\n") + "\n\nstyles:\n" + Self.stylePicture(frame)
        try SnapshotFile.assert(picture, "\(name)-\(size.width)x\(size.height)", sourceLocation: sourceLocation)
    }
}

extension Size: CustomTestStringConvertible {
    public var testDescription: String { "\(width)x\(height)" }
}
