import Testing
import TestSupport
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

    /// Typing goes straight into a plain line's bytes when it can; wherever the cursor
    /// is and whatever the line holds, the text and cursor are those of inserting into
    /// the line's characters (a mark after the cursor joins what is typed; a CRLF is
    /// one character). Shared (as opened) and owned lines both.
    @Test func typingInsertsWhereTheCursorIsWhateverTheLineHolds() {
        let pieces = ["a", " ", "Z", ".", "é", "e", "\u{301}", "\r", "\r\n", "中", "😀", "\t"]
        var generator = SeededGenerator.forTest("typingInsertsWhereTheCursorIsWhateverTheLineHolds")
        for round in 0..<2_000 {
            let lines = (0..<3).map { _ in
                // (A line ending in "\r" would join the newline after it into one character.)
                (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined() + "."
            }
            let lineIndex = Int.random(in: 0..<3, using: &generator)
            let line = lines[lineIndex]
            let column = Int.random(in: 0...line.count, using: &generator)
            let offset = lines[..<lineIndex].reduce(0) { $0 + $1.count + 1 } + column
            var editor = NoteEditor(text: lines.joined(separator: "\n"), cursorOffset: offset)
            if round.isMultiple(of: 2) {  // owns the lines before the edit
                editor.insert("")
            }
            #expect(editor.cursor == .init(line: lineIndex, column: column))
            let typed = ["x", "ab", " ", "é", "\u{301}"].randomElement(using: &generator)!
            editor.insert(typed)

            let before = String(line.prefix(column)) + typed
            var expected = lines
            expected[lineIndex] = before + line.dropFirst(column)
            #expect(editor.text == expected.joined(separator: "\n"), "\(line.debugDescription) at \(column) + \(typed.debugDescription)")
            #expect(editor.cursor == .init(line: lineIndex, column: before.count), "\(line.debugDescription) at \(column)")
        }
    }

    /// On screen the cursor sits after the characters before it in its wrapped row,
    /// each as wide as it is drawn, in plain and in mixed text.
    @Test func theCursorSitsAfterWhatPrecedesItInItsRow() {
        let pieces = ["a", " ", "bc", "é", "中", "😀", "e\u{301}"]
        var generator = SeededGenerator.forTest("theCursorSitsAfterWhatPrecedesItInItsRow")
        for round in 0..<500 {
            let plain = round.isMultiple(of: 2)
            let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in
                plain ? ["a", " ", "bc"].randomElement(using: &generator)! : pieces.randomElement(using: &generator)!
            }.joined()
            let offset = Int.random(in: 0...text.count, using: &generator)
            let width = Int.random(in: 3...12, using: &generator)
            var editor = NoteEditor(text: text, cursorOffset: offset)
            editor.keepCursorVisible(width: width, height: 100)
            let rows = Wrap.rows(Substring(text), width: width)
            let row = rows.lastIndex { $0.start <= offset }!
            let x = rows[row].text.prefix(offset - rows[row].start).reduce(0) { $0 + $1.cellWidth }
            #expect(editor.visibleRows(width: width, height: 100).cursor == Point(x: x, y: row), "\(text.debugDescription) at \(offset)")
        }
    }

    /// The text comes back byte for byte, and splits into the lines `split` gives,
    /// whatever its lines hold: empty ones, a CRLF (one character, so not a break),
    /// accents, CJK, emoji, controls, and enough lines to fill several chunks.
    @Test func keepsEveryTextExactly() {
        let long = (0..<1_000).map { "line \($0) é 中 😀" }.joined(separator: "\n")
        for text in ["", "\n", "\n\n", "a\r\nb", "a\rb\n", "e\u{301}\n中文\n👩‍👩‍👧\n", "\u{7}\t\u{1b}[2J", long, long + "\n"] {
            let editor = NoteEditor(text: text)
            #expect(editor.text == text)
            #expect(Array(editor.lines) == text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        }
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
        let (rows, cursor, below) = editor.visibleRows(width: 20, height: 5)
        #expect(rows == ["line 46", "line 47", "line 48", "line 49", "line 50"])
        #expect(cursor == Point(x: 7, y: 4) && below == 0)
        editor.moveVertically(by: -10, width: 20)
        editor.keepCursorVisible(width: 20, height: 5)
        #expect(editor.visibleRows(width: 20, height: 5).linesBelow == 6)
        #expect(editor.visibleRows(width: 20, height: 5).rows.first == "line 40")
    }

    /// After the window grows, the note fills the taller box again (a tester saw three
    /// lines above eleven empty rows, with no way back but a restart).
    @Test func aTallerBoxShowsTheRowsAboveAgain() {
        let text = (1...14).map { "line \($0) of my note" }.joined(separator: "\n")
        var editor = NoteEditor(text: text, cursorOffset: text.count)
        editor.keepCursorVisible(width: 30, height: 3)
        #expect(editor.visibleRows(width: 30, height: 3).rows.first == "line 12 of my note")
        editor.keepCursorVisible(width: 30, height: 10)
        #expect(editor.visibleRows(width: 30, height: 10).rows == (5...14).map { "line \($0) of my note" })
        editor.keepCursorVisible(width: 30, height: 40)
        #expect(editor.visibleRows(width: 30, height: 40).rows.first == "line 1 of my note")
        // Wider rows need fewer of them: the top comes up again as the width grows too.
        editor.keepCursorVisible(width: 6, height: 10)
        editor.keepCursorVisible(width: 30, height: 10)
        #expect(editor.visibleRows(width: 30, height: 10).rows.first == "line 5 of my note")
    }

    /// A random note (lines of plain ASCII or of words with CJK, short and long) in an
    /// editor of a random size, the cursor anywhere and kept in view.
    private func randomEditor(lines: ClosedRange<Int>, words: ClosedRange<Int>, widths: ClosedRange<Int>, heights: ClosedRange<Int>,
                              _ generator: inout SeededGenerator) -> (NoteEditor, String, Int, Int) {
        let text = (0..<Int.random(in: lines, using: &generator)).map { _ in
            String(repeating: Bool.random(using: &generator) ? "word 中文 " : "plain ", count: Int.random(in: words, using: &generator))
        }.joined(separator: "\n")
        let width = Int.random(in: widths, using: &generator), height = Int.random(in: heights, using: &generator)
        var editor = NoteEditor(text: text, cursorOffset: Int.random(in: 0...text.count, using: &generator))
        editor.keepCursorVisible(width: width, height: height)
        return (editor, text, width, height)
    }

    /// Scrolling moves the top only as far as it must: not at all when the cursor is on
    /// screen, else until the cursor is on the first or the last row.
    @Test func scrollsOnlyAsFarAsTheCursorNeeds() {
        var generator = SeededGenerator.forTest("scrollsOnlyAsFarAsTheCursorNeeds")
        for _ in 0..<300 {
            var (editor, text, width, height) = randomEditor(lines: 1...8, words: 0...12, widths: 4...20, heights: 1...6, &generator)
            for _ in 0..<6 {
                editor.moveVertically(by: Int.random(in: -9...9, using: &generator), width: width)
                let before = editor
                let wasShown = before.visibleRows(width: width, height: height).cursor
                editor.keepCursorVisible(width: width, height: height)
                let shown = editor.visibleRows(width: width, height: height).cursor
                #expect(shown != nil, "\(text.debugDescription) at \(width)x\(height)")
                if wasShown != nil {
                    #expect(editor.top == before.top)
                } else if editor.top > before.top {
                    #expect(shown?.y == height - 1)
                } else {
                    #expect(shown?.y == 0)
                }
            }
        }
    }
}
