import CNcurses
import Foundation
import Testing
import TestSupport
@testable import RekindleTUI

/// Frames copied into ncurses windows, read back cell by cell. ncurses' state is
/// global, so these tests take turns, on a screen whose output goes to /dev/null.
@Suite(.serialized) struct FrameCopierTests {
    /// Whatever frames follow each other, the window ends up holding exactly the last
    /// one: frames changed in a few places, earlier frames again, blank frames, and
    /// frames copied whole after `forget`.
    @Test func theWindowAlwaysHoldsTheLastFrame() throws {
        let pieces = ["a", "b", " ", "é", "e\u{301}", "中", "😀", "👍🏽", "🇫🇷", "│", "\u{1B}", "xyz", "  "]
        let styles: [Style] = [.plain, .title, .muted, .selected, .warning, .accent, Style(underline: true), .prompt]
        var generator = SeededGenerator.forTest("theWindowAlwaysHoldsTheLastFrame")
        try withCursesScreen {
            for _ in 0..<200 {
                let size = Size(width: Int.random(in: 1...16, using: &generator), height: Int.random(in: 1...5, using: &generator))
                let window = try #require(newwin(Int32(size.height), Int32(size.width), 0, 0))
                defer { delwin(window) }
                var copier = FrameCopier(theme: .dark, depth: Bool.random(using: &generator) ? .many : .monochrome)
                var frame = Frame(width: size.width, height: size.height)
                var earlier: [Frame] = []
                func randomPoint() -> (x: Int, y: Int) {
                    (Int.random(in: 0..<size.width, using: &generator), Int.random(in: 0..<size.height, using: &generator))
                }
                for _ in 0..<8 {
                    switch Int.random(in: 0..<10, using: &generator) {
                    case 0 where !earlier.isEmpty: frame = earlier.randomElement(using: &generator)!
                    case 1: frame = Frame(width: size.width, height: size.height)
                    case 2: copier.forget()
                    default: break
                    }
                    earlier.append(frame)
                    // Each frame changes a few places of the last one, as a key does.
                    for _ in 0..<Int.random(in: 0...4, using: &generator) {
                        let text = (0..<Int.random(in: 1...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
                        let style = styles.randomElement(using: &generator)!
                        let (x, y) = randomPoint()
                        if Bool.random(using: &generator) {
                            frame.put(text, x: x, y: y, style: style)
                        } else {
                            frame.fill(Rect(x: x, y: y, width: size.width - x, height: size.height - y), with: text.first!, style: style)
                        }
                    }
                    copier.copy(frame, into: window)
                    for y in 0..<frame.height {
                        for x in 0..<frame.width where !frame.isRightHalf(x: x, y: y) {
                            let cell = frame[x, y]
                            let held = heldCell(window, x: x, y: y)
                            #expect(held.text == Self.kept(cell.text), "cell \(x),\(y) of \(frame.lines)")
                            let (attributes, pair) = copier.attributes(of: cell.style)
                            #expect(held.attributes & ~rk_a_color() == attributes && held.pair == pair, "style of cell \(x),\(y)")
                        }
                    }
                }
            }
        }
    }

    /// Cells of the last frame copied are not copied again: what else is in such a
    /// cell of the window stays, until `forget` has the next frame copied whole.
    @Test func cellsThatDidNotChangeAreNotCopiedAgain() throws {
        try withCursesScreen {
            let window = try #require(newwin(2, 4, 0, 0))
            defer { delwin(window) }
            var copier = FrameCopier(theme: .dark, depth: .monochrome)
            var frame = Frame(width: 4, height: 2)
            frame.put("ab", x: 0, y: 0)
            frame.put("cd", x: 0, y: 1)
            copier.copy(frame, into: window)
            mvwaddstr(window, 0, 0, "x")
            mvwaddstr(window, 1, 0, "y")
            frame.put("e", x: 1, y: 1)
            copier.copy(frame, into: window)
            #expect(heldCell(window, x: 0, y: 0).text == "x")
            #expect(heldCell(window, x: 0, y: 1).text == "y")
            #expect(heldCell(window, x: 1, y: 1).text == "e")
            copier.forget()
            copier.copy(frame, into: window)
            #expect(heldCell(window, x: 0, y: 0).text == "a")
        }
    }

    /// What ncurses keeps of a cell's text: its first scalar and the marks after it, up
    /// to the next scalar that takes a column (a skin tone, a flag's second letter).
    private static func kept(_ text: String) -> String {
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars.prefix(Int(CCHARW_MAX)) {
            if !kept.isEmpty && Character(scalar).cellWidth != 0 { break }
            kept.append(scalar)
        }
        return String(kept)
    }

    private func heldCell(_ window: UnsafeMutablePointer<WINDOW>, x: Int, y: Int) -> (text: String, attributes: attr_t, pair: Int16) {
        var character = cchar_t()
        mvwin_wch(window, Int32(y), Int32(x), &character)
        var text = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        getcchar(&character, &text, &attributes, &pair, nil)
        let scalars = text.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32($0)) }
        return (String(String.UnicodeScalarView(scalars)), attributes, pair)
    }

    /// Runs `body` with a curses screen in a UTF-8 locale, as the coach has.
    private func withCursesScreen(_ body: () throws -> Void) throws {
        #expect(rk_use_utf8_ctype() != 0)
        let output = try #require(fopen("/dev/null", "w")), input = try #require(fopen("/dev/null", "r"))
        defer { fclose(output); fclose(input) }
        let screen = try #require(newterm("xterm-256color", output, input))
        set_term(screen)
        defer { endwin(); delscreen(screen) }
        try body()
    }
}
