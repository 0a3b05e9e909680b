import Foundation
@testable import RekindleTUI
import Testing

/// The row above the key bar: a message that does not fit it keeps its end.
@Suite struct StatusTests {
    @Test func aSaveProblemWhileWritingKeepsItsEndAndTheEditPoint() throws {
        var state = makeState(size: Size(width: 50, height: 16))
        state.press(.enter, .character("e"))
        state.type("precious words")
        _ = state.apply(.saveFailed("cannot save to ~/.local/share/rekindle/sessions/default.json: No space left on device"), now: noon)
        let frame = AppView.render(state)
        let page = frame.lines.joined(separator: "\n")
        let words = frame.lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(words.contains("No space left on device. Your text is kept here; retrying."), "\(page)")
        let cursor = try #require(frame.cursor)
        #expect(frame.lines[cursor.y].contains("precious words"), "\(page)")
    }

    @Test func theQuitQuestionShowsItsAnswersEvenOverTheEditPoint() {
        var state = makeState(size: Size(width: 40, height: 12))
        state.press(.enter, .character("e"))
        state.type((1...12).map { "precious line \($0)" }.joined(separator: "\n"))
        state.press(.control("c"))
        _ = state.apply(.saveFailed("Permission denied"), now: noon)
        let lines = AppView.render(state).lines
        #expect(lines.contains { $0.contains("y: quit, n: stay") }, "\(lines.joined(separator: "\n"))")
    }

    @Test func theNotesHeadingSaysSavedOnlyOnceSaved() {
        var state = makeState()
        state.press(.enter, .character("e"))
        state.type("words")
        state.press(.escape)
        _ = state.apply(.saveFailed("Permission denied"), now: noon)
        #expect(AppView.render(state).lines.contains { $0.contains("Your notes · not saved yet") })
        _ = state.apply(.saved, now: noon)
        #expect(AppView.render(state).lines.contains { $0.contains("Your notes · saved today") })
    }

    @Test func aLongNoticeTakesAtMostThreeRowsOnASmallScreenAndEndsCut() {
        var state = makeState(size: Size(width: 40, height: 12))
        state.press(.enter)
        state.status = AppState.Status(text: String(repeating: "word ", count: 40), isError: false)
        let lines = AppView.render(state).lines
        #expect(lines[7].contains("word") == false)
        #expect(lines[8...10].allSatisfy { $0.contains("word") })
        #expect(lines[10].trimmingCharacters(in: .whitespaces).hasSuffix("…"))
    }
}
