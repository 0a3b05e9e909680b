import Testing
@testable import RekindleTUI

@Suite struct NoteEditorTests {
    @Test func insertsAndDeletesAcrossLines() {
        var editor = NoteEditor(text: "")
        editor.insert("ab")
        editor.insert("\n")
        editor.insert("cd")
        #expect(editor.text == "ab\ncd")
        #expect(editor.cursorOffset == 5)
        editor.moveToLineStart()
        editor.deleteBackward()
        #expect(editor.text == "abcd")
        #expect(editor.cursorOffset == 2)
        editor.deleteForward()
        #expect(editor.text == "abd")
        editor.insert("pasted\nblock\nof text")
        #expect(editor.text == "abpasted\nblock\nof textd")
        #expect(editor.cursor == .init(line: 2, column: 7))
    }

    @Test func movesByWholeCharactersOverAccentsCJKAndEmoji() {
        var editor = NoteEditor(text: "e\u{301}中😀👩‍👩‍👧x", cursorOffset: 0)
        var steps = 0
        while editor.cursorOffset < editor.lines[0].count {
            editor.moveRight()
            steps += 1
        }
        #expect(steps == 5)
        editor.deleteBackward()
        editor.deleteBackward()
        #expect(editor.text == "e\u{301}中😀")
        editor.insert("e")
        editor.insert("\u{301}")
        #expect(editor.text == "e\u{301}中😀e\u{301}")
        #expect(editor.cursorOffset == 4)
    }

    @Test func upAndDownFollowWrappedRowsByDisplayColumn() {
        var editor = NoteEditor(text: "中文中文中文 abc\nxy", cursorOffset: 2)
        editor.moveVertically(by: 1, width: 8)
        #expect(editor.cursor == .init(line: 0, column: 6))
        editor.moveVertically(by: 1, width: 8)
        #expect(editor.cursor == .init(line: 1, column: 2))
        editor.moveVertically(by: -2, width: 8)
        #expect(editor.cursor == .init(line: 0, column: 2))
    }

    @Test func scrollsToKeepTheCursorOnScreen() {
        let text = (1...50).map { "line \($0)" }.joined(separator: "\n")
        var editor = NoteEditor(text: text, cursorOffset: text.count)
        editor.keepCursorVisible(width: 20, height: 5)
        let (rows, cursor) = editor.visibleRows(width: 20, height: 5)
        #expect(rows == ["line 46", "line 47", "line 48", "line 49", "line 50"])
        #expect(cursor == Point(x: 7, y: 4))
        editor.moveVertically(by: -10, width: 20)
        editor.keepCursorVisible(width: 20, height: 5)
        #expect(editor.visibleRows(width: 20, height: 5).rows.first == "line 40")
    }
}
