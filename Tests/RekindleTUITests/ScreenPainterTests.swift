import Testing
@testable import RekindleTUI

/// A terminal screen in memory that does what a painter asks, and notes any request
/// a real terminal would get wrong: text past the right edge, or text written while
/// the cursor's place is uncertain (after the last column, where terminals differ).
struct EmulatedScreen: PaintTarget {
    private(set) var cells: [Frame.Cell]
    private(set) var cursor: Point?
    private(set) var operations: [String] = []
    private(set) var mistakes: [String] = []
    private var style = Style.plain
    let width: Int
    /// Whether this terminal has a clear-to-end-of-line sequence.
    let canClear: Bool

    init(width: Int, height: Int, canClear: Bool = true) {
        self.width = width
        self.canClear = canClear
        cells = Array(repeating: Frame.Cell(text: " ", style: .plain), count: width * height)
    }

    mutating func clearScreen() {
        operations.append("clear")
        for index in cells.indices { cells[index] = Frame.Cell(text: " ", style: .plain) }
    }

    mutating func move(toX x: Int, y: Int) {
        operations.append("move \(x),\(y)")
        cursor = Point(x: x, y: y)
    }

    mutating func setStyle(_ style: Style) {
        operations.append("style")
        self.style = style
    }

    mutating func clearToEndOfLine() -> Bool {
        guard canClear else { return false }
        operations.append("clear to end")
        guard let at = cursor else {
            mistakes.append("cleared a line with the cursor's place unknown")
            return true
        }
        for x in at.x..<width { cells[at.y * width + x] = Frame.Cell(text: " ", style: .plain) }
        return true
    }

    mutating func write(_ text: UnsafeBufferPointer<UInt8>) {
        let string = String(decoding: text, as: UTF8.self)
        operations.append("write \(string)")
        for character in string {
            guard let at = cursor else { return mistakes.append("wrote \(string.debugDescription) with the cursor's place unknown") }
            let cellWidth = character.cellWidth
            guard at.x + cellWidth <= width else { return mistakes.append("wrote \(string.debugDescription) past the right edge") }
            cells[at.y * width + at.x] = Frame.Cell(text: String(character), style: style)
            if cellWidth == 2 { cells[at.y * width + at.x + 1] = Frame.Cell(text: "", style: style) }
            cursor = at.x + cellWidth < width ? Point(x: at.x + cellWidth, y: at.y) : nil
        }
    }
}

/// A painter and the emulated screen it paints on, from a cleared screen.
struct Painting {
    var painter = ScreenPainter()
    var screen: EmulatedScreen

    init(width: Int, height: Int, canClear: Bool = true) {
        screen = EmulatedScreen(width: width, height: height, canClear: canClear)
        painter.screenCleared(size: Size(width: width, height: height))
    }

    /// Paints a frame; returns what it asked of the screen.
    @discardableResult
    mutating func paint(_ frame: Frame) -> [String] {
        let before = screen.operations.count
        painter.paint(frame, on: &screen)
        return Array(screen.operations[before...])
    }
}

@Suite struct ScreenPainterTests {
    /// Whatever frames follow each other, the screen ends up showing exactly the last
    /// one, with the cursor where it asks: frames drawn over the last one (whose
    /// unwritten rows the painter skips by their stamps), earlier frames shown again,
    /// and frames drawn afresh.
    @Test func theScreenAlwaysShowsTheLastFrame() {
        let pieces = ["a", "b", " ", "é", "e\u{301}", "中", "😀", "👍🏽", "│", "\u{1B}", "xyz", "  "]
        let styles: [Style] = [.plain, .title, .muted, .selected, .warning, .bar]
        var generator = SeededGenerator.forTest("theScreenAlwaysShowsTheLastFrame")
        for _ in 0..<300 {
            let size = Size(width: Int.random(in: 1...16, using: &generator), height: Int.random(in: 1...5, using: &generator))
            var painting = Painting(width: size.width, height: size.height, canClear: Bool.random(using: &generator))
            var frame = Frame(width: size.width, height: size.height)
            var earlier: [Frame] = []
            func randomRect() -> Rect {
                let x = Int.random(in: 0..<size.width, using: &generator), y = Int.random(in: 0..<size.height, using: &generator)
                return Rect(x: x, y: y, width: Int.random(in: 1...(size.width - x), using: &generator),
                            height: Int.random(in: 1...(size.height - y), using: &generator))
            }
            for _ in 0..<8 {
                switch Int.random(in: 0..<10, using: &generator) {
                case 0 where !earlier.isEmpty: frame = earlier.randomElement(using: &generator)!
                case 1: frame = Frame(width: size.width, height: size.height)
                default: break
                }
                earlier.append(frame)
                // Each frame changes a few places of the last one, as a key does.
                for _ in 0..<Int.random(in: 0...4, using: &generator) {
                    let text = (0..<Int.random(in: 1...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
                    let style = styles.randomElement(using: &generator)!
                    switch Int.random(in: 0..<6, using: &generator) {
                    case 0: frame.fill(randomRect(), with: text.first!, style: style)
                    case 1: frame = earlier.randomElement(using: &generator)!
                    default: frame.put(text, x: Int.random(in: 0..<size.width, using: &generator), y: Int.random(in: 0..<size.height, using: &generator),
                                       style: style)
                    }
                }
                frame.cursor = Bool.random(using: &generator)
                    ? Point(x: Int.random(in: 0..<size.width, using: &generator), y: Int.random(in: 0..<size.height, using: &generator)) : nil
                painting.paint(frame)
                let screen = painting.screen
                #expect(screen.mistakes.isEmpty, "\(screen.mistakes) after \(screen.operations)")
                #expect(screen.cells == frame.cells, "\(frame.lines) after \(screen.operations)")
                if let wanted = frame.cursor { #expect(screen.cursor == wanted) }
            }
        }
    }

    @Test func aCharacterTypedAtTheCursorIsSentAlone() {
        var painting = Painting(width: 10, height: 2)
        var frame = Frame(width: 10, height: 2)
        frame.put("ab", x: 1, y: 1)
        frame.cursor = Point(x: 3, y: 1)
        painting.paint(frame)
        frame.put("c", x: 3, y: 1)
        frame.cursor = Point(x: 4, y: 1)
        #expect(painting.paint(frame) == ["write c"])
    }

    /// Cells that did not change are written again, not jumped over, when a short gap
    /// of plain characters in the run's style separates two changes.
    @Test func shortGapsAreWrittenAgainLongOnesJumped() {
        var (painting, frame) = shownRow("abcdefghijklmnopqrstuvwxyz", width: 30)
        frame.put("B", x: 1, y: 0)
        frame.put("H", x: 7, y: 0)  // Six unchanged between: written again.
        frame.put("P", x: 15, y: 0)  // Seven unchanged between: jumped over.
        #expect(painting.paint(frame) == ["move 1,0", "write BcdefgH", "move 15,0", "write P"])
        frame.put("b", x: 1, y: 0)
        frame.put("d", x: 3, y: 0, style: .selected)  // Another style between: jumped over.
        frame.put("f", x: 5, y: 0, style: .plain)
        frame.put("中", x: 8, y: 0)  // Half of it changed, and then its cells are not ASCII.
        frame.put("k", x: 10, y: 0)
        painting.paint(frame)
        #expect(painting.screen.cells == frame.cells)
        frame.put("ab", x: 6, y: 0)
        #expect(painting.paint(frame) == ["move 6,0", "write ab"])
        #expect(painting.screen.cells == frame.cells)
    }

    /// A painting one row high whose screen shows `text` from its first column, and that frame.
    private func shownRow(_ text: String, width: Int) -> (Painting, Frame) {
        var painting = Painting(width: width, height: 1)
        var frame = Frame(width: width, height: 1)
        frame.put(text, x: 0, y: 0)
        painting.paint(frame)
        return (painting, frame)
    }

    /// Only the left half of a wide character changes (中 to 文): the terminal's cursor
    /// still ends up past both halves.
    @Test func theCursorIsPlacedAfterAWideCharacterThatChanged() {
        var (painting, frame) = shownRow("中", width: 4)
        frame.put("文", x: 0, y: 0)
        frame.cursor = Point(x: 1, y: 0)
        painting.paint(frame)
        #expect(painting.screen.cursor == Point(x: 1, y: 0))
    }

    /// A line that gets shorter is cleared to its end, not overwritten with spaces.
    @Test func blanksAtTheEndOfARowAreCleared() {
        var painting = Painting(width: 12, height: 1)
        var frame = Frame(width: 12, height: 1)
        frame.put("long enough", x: 0, y: 0)
        painting.paint(frame)
        frame = Frame(width: 12, height: 1)
        frame.put("lo", x: 0, y: 0)
        #expect(painting.paint(frame) == ["move 2,0", "clear to end"])
        #expect(painting.screen.cells == frame.cells)
    }

    @Test func aScreenSomeoneElseDrewOnIsClearedFirst() {
        var painting = Painting(width: 4, height: 1)
        var frame = Frame(width: 4, height: 1)
        frame.put("hi", x: 0, y: 0)
        painting.painter.forget()
        #expect(painting.paint(frame) == ["clear", "move 0,0", "write hi"])
        // Cleared by someone else (ncurses at start-up): blank cells are not sent again.
        painting.painter.screenCleared(size: Size(width: 4, height: 1))
        #expect(painting.paint(frame) == ["move 0,0", "write hi"])
    }
}
