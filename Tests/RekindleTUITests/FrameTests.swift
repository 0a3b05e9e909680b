import Testing
import TestSupport
@testable import RekindleTUI

@Suite struct FrameTests {
    @Test func drawsTextClippedToTheEdge() {
        var frame = Frame(width: 10, height: 2)
        frame.put("Hello, world", x: 2, y: 0)
        frame.put("ab", x: 0, y: 1, limit: 1)
        #expect(frame.lines == ["  Hello, w", "a         "])
    }

    @Test func wideCharactersTakeTwoCellsAndNeverSplit() {
        var frame = Frame(width: 6, height: 1)
        let end = frame.put("a中文😀", x: 0, y: 0)
        #expect(end == 5)
        #expect(frame.lines == ["a中文 "])
        #expect(frame[2, 0].text == "")
    }

    /// As on a terminal, writing over one half of a wide character blanks the other.
    @Test func writingOverHalfAWideCharacterBlanksTheOtherHalf() {
        var frame = Frame(width: 5, height: 1)
        frame.put("中文", x: 0, y: 0)
        frame.put("a", x: 1, y: 0)
        #expect(frame.cells.map(\.text) == [" ", "a", "文", "", " "])
        frame.put("😀", x: 1, y: 0)
        #expect(frame.cells.map(\.text) == [" ", "😀", "", " ", " "])
        frame.fill(Rect(x: 2, y: 0, width: 1, height: 1), with: "│")
        #expect(frame.cells.map(\.text) == [" ", " ", "│", " ", " "])
    }

    @Test func combiningMarksJoinTheirBase() {
        var frame = Frame(width: 4, height: 1)
        frame.put("e\u{301}x", x: 0, y: 0)
        #expect(frame[0, 0].text == "e\u{301}")
        #expect(frame[1, 0].text == "x")
    }

    /// A cell keeps what a terminal cell keeps: the first scalar and up to four marks on
    /// it (ncurses' CCHARW_MAX). A second scalar that takes columns ends it, and a
    /// joiner left without what it joins is dropped, or the terminal would join it to
    /// the next cell's character (a new user saw a family emoji shift the next row).
    @Test func aCellKeepsItsFirstScalarAndTheMarksOnIt() {
        var frame = Frame(width: 12, height: 1)
        let family = "👨\u{200D}👩\u{200D}👧\u{200D}👦", stacked = "a\u{301}\u{302}\u{303}\u{304}"
        let overMarked = "o\u{301}\u{302}\u{303}\u{304}\u{305}"
        frame.put(family + stacked + overMarked + "🇫🇷" + "👍🏽" + "❤\u{FE0F}" + "z", x: 0, y: 0)
        #expect(frame.cells.map(\.text) == ["👨", "", stacked, "o\u{301}\u{302}\u{303}\u{304}", "🇫", "👍", "", "❤\u{FE0F}", "z", " ", " ", " "])
        #expect(!frame.cells.contains { $0.text.unicodeScalars.contains("\u{200D}") })
    }

    @Test func framesWithTheSameCellsAreEqual() {
        var first = Frame(width: 2, height: 1), second = Frame(width: 2, height: 1)
        first.put("👨\u{200D}👩\u{200D}👧", x: 0, y: 0)
        second.put("👩\u{200D}👩\u{200D}👦", x: 0, y: 0)
        #expect(first != second)
        var again = Frame(width: 2, height: 1)
        again.put("👩\u{200D}👩\u{200D}👦", x: 0, y: 0)
        #expect(again == second)
    }

    @Test func controlBytesBecomeVisiblePlaceholders() {
        var frame = Frame(width: 12, height: 1)
        frame.put("a\u{1B}[2Jb\u{07}\u{7F}\u{9B}", x: 0, y: 0)
        #expect(frame.lines == ["a␛[2Jb␇␡�   "])
        let raw = frame.cells.flatMap { $0.text.unicodeScalars }.filter { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
        #expect(raw.isEmpty)
    }

    @Test func wrapsAtSpacesAndBreaksLongWords() {
        #expect(Wrap.lines("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(Wrap.lines("abcdefghijkl", width: 5) == ["abcde", "fghij", "kl"])
        #expect(Wrap.lines("中文中文中文", width: 5) == ["中文", "中文", "中文"])
        #expect(Wrap.lines("", width: 5) == [""])
        // A word that fills its row: the space after it does not indent the next line.
        #expect(Wrap.lines("abcde fgh", width: 5) == ["abcde", "fgh"])
        #expect(Wrap.lines("  ab cdefg hi", width: 5) == ["  ab", "cdefg", "hi"])
        #expect(Wrap.rows("ab cd", width: 3).map(\.start) == [0, 3])
        // After a break at the space, the wide character still does not fit: a second break.
        #expect(Wrap.lines(" 123456789中", width: 10) == ["", "123456789", "中"])
        // Controls are drawn one column wide (␛), marks add none.
        #expect(Wrap.lines("ab\u{1B}cde\u{301}f", width: 3) == ["ab\u{1B}", "cde\u{301}", "f"])
    }

    /// `put` draws exactly what a plain reference (character by character, as a
    /// terminal would) draws, however scripts, marks, controls and emoji mix.
    @Test func drawingAgreesWithAReference() {
        let pieces = ["a", " ", "Z", "é", "e\u{301}", "中", "😀", "❤️", "👍🏽", "🇫🇷", "👨\u{200D}👩\u{200D}👧", "│", "▸", "█", "…",
                      "\u{1B}", "\u{07}", "\u{9B}", "\u{AD}", "ا", "\u{600}", "각", "\u{1100}\u{1161}", "\u{11A8}", "\r\n", "ф",
                      "—", "’", "\u{3099}", "ｶ\u{FF9E}", "\u{FE0F}", "\u{200D}", "ก\u{E33}", "\u{0903}", "\u{20DD}", "ﾞ",
                      // Long graphemes: a stack of marks, a long emoji sequence.
                      "o" + String(repeating: "\u{301}", count: 40), String(repeating: "👨\u{200D}", count: 10) + "👧"]
        var generator = SeededGenerator.forTest("drawingAgreesWithAReference")
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let width = Int.random(in: 1...24, using: &generator)
            let x = Int.random(in: 0...3, using: &generator)
            var frame = Frame(width: width, height: 1)
            let end = frame.put(text, x: x, y: 0)
            // By characters: each visible character takes its width, marks join the cell
            // before (never one left of where the text starts). A cell keeps a character's
            // first scalar and the marks after it, up to five scalars and without a
            // joiner, until a scalar that takes columns.
            func adding(_ more: String, to cell: String) -> String {
                var kept = cell.unicodeScalars
                for scalar in more.unicodeScalars {
                    if !kept.isEmpty && (Character(scalar).cellWidth != 0 || kept.count == Frame.Cell.capacity) { break }
                    if scalar != "\u{200D}" { kept.append(scalar) }
                }
                return String(kept)
            }
            var cells = Array(repeating: " ", count: width), column = x
            for character in text {
                let shown = Frame.visible(character), cellWidth = shown.cellWidth
                if cellWidth == 0 {
                    if column > x, let start = cells[..<column].lastIndex(where: { !$0.isEmpty }) {
                        cells[start] = adding(String(shown), to: cells[start])
                    }
                    continue
                }
                guard column + cellWidth <= width else { break }
                cells[column] = adding(String(shown), to: "")
                if cellWidth == 2 { cells[column + 1] = "" }
                column += cellWidth
            }
            #expect(frame.cells.map(\.text) == cells, "\(text.debugDescription) at x \(x), width \(width)")
            #expect(end == max(x, column), "\(text.debugDescription) at x \(x), width \(width)")
            #expect(text.cellWidth == text.reduce(0) { $0 + $1.cellWidth }, "\(text.debugDescription)")
            #expect(text.cellWidth == text.reduce(0) { $0 + Frame.visible($1).cellWidth }, "\(text.debugDescription)")
            var fromSubstring = Frame(width: width, height: 1)
            fromSubstring.put(("\n" + text).dropFirst(), x: x, y: 0)
            #expect(fromSubstring == frame, "\(text.debugDescription) as a substring")
        }
    }

    @Test func cellWidths() {
        #expect(Character("a").cellWidth == 1)
        #expect(Character("中").cellWidth == 2)
        #expect(Character("😀").cellWidth == 2)
        // As wcwidth, tmux and most terminals count them: by the first scalar.
        #expect(Character("❤️").cellWidth == 1)
        #expect(Character("🕊").cellWidth == 1)
        #expect(Character("e\u{301}").cellWidth == 1)
        #expect("é 中文 😀".cellWidth == 9)
    }
}
