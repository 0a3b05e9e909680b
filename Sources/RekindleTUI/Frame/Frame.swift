/// One screenful of styled cells: what `render` produces and a terminal shows.
/// No terminal is involved, so tests can read a frame like a picture of the screen.
public struct Frame: Equatable, Sendable {
    /// One column of the screen. A wide character fills its cell and leaves the next
    /// one empty (`text == ""`), as terminals do.
    public struct Cell: Equatable, Sendable {
        public var text: String
        public var style: Style

        public static let blank = Cell(text: " ", style: .plain)
    }

    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal's cursor goes: the edit point, or the selected row for screen readers.
    public var cursor: Point?
    /// Whether the cursor is shown (only while editing).
    public var showsCursor = false

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes text from (x, y), clipped to `limit` columns (default: the frame's edge).
    /// Control characters are shown as visible placeholders, never sent raw.
    /// Returns the column after the last one written.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        guard y >= 0, y < height, x >= 0 else { return x }
        let end = min(width, limit.map { x + max(0, $0) } ?? width)
        let texts = Self.asciiTexts
        var column = x
        var index = text.startIndex
        while index < text.endIndex {
            if let byte = text.wholeASCII(at: index) {
                guard column < end else { break }
                cells[y * width + column] = Cell(text: texts[Int(byte)], style: style)
                column += 1
                index = text.utf8.index(after: index)
                continue
            }
            let shown = Frame.visible(text[index])
            index = text.index(after: index)
            let cellWidth = shown.cellWidth
            if cellWidth == 0 {
                if column > x { appendCombining(shown, x: column - 1, y: y) }
                continue
            }
            guard column + cellWidth <= end else { break }
            cells[y * width + column] = Cell(text: String(shown), style: style)
            if cellWidth == 2 { cells[y * width + column + 1] = Cell(text: "", style: style) }
            column += cellWidth
        }
        return column
    }

    /// Fills a rectangle with spaces in a style.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        let clipped = rect.intersection(bounds)
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX { cells[y * width + x] = Cell(text: " ", style: style) }
        }
    }

    /// The text of each row, for tests and for reading the screen as text.
    public var lines: [String] {
        (0..<height).map { y in cells[(y * width)..<(y * width + width)].map(\.text).joined() }
    }

    /// One-character strings for the ASCII bytes, made once.
    private static let asciiTexts: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    private mutating func appendCombining(_ mark: Character, x: Int, y: Int) {
        var start = x
        while start > 0 && cells[y * width + start].text.isEmpty { start -= 1 }
        cells[y * width + start].text.append(mark)
    }

    /// C0 controls become the Unicode "control pictures" (␛ for ESC), DEL becomes ␡
    /// and C1 controls become �, so escape sequences in notes or guides cannot
    /// reach the terminal.
    static func visible(_ character: Character) -> Character {
        // Printable ASCII, the common case, needs no scan of its scalars.
        if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F { return character }
        guard character.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else {
            return character
        }
        let value = character.unicodeScalars.first?.value ?? 0
        if value < 0x20, let picture = Unicode.Scalar(0x2400 + value) { return Character(picture) }
        if value == 0x7F { return "\u{2421}" }
        return "\u{FFFD}"
    }
}
