import CPlatform

/// One screenful of styled cells: what `render` produces and a terminal shows.
/// No terminal is involved, so tests can read a frame like a picture of the screen.
public struct Frame: Equatable, Sendable {
    /// One column of the screen: a character as a terminal cell holds it, its first
    /// scalar and up to four zero-width marks on it (ncurses' `CCHARW_MAX` of five), so
    /// a frame is plain memory that is made, compared and dropped without counting
    /// references (key budget at 250x80, PERFORMANCE.md). A character made of several
    /// that take columns (a flag, a family emoji) shows its first: a cell holds one.
    /// A wide character fills its cell and leaves the next one empty (`text == ""`),
    /// as terminals do.
    public struct Cell: Equatable, Sendable {
        /// The scalars' values in order; the unused ones are 0, which no shown character holds.
        private var scalars: (UInt32, UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0, 0)
        public var style: Style

        /// Keeps the character's first scalar and the marks on it (`append`).
        public init(_ character: Character?, style: Style) {
            self.style = style
            guard let character, let first = character.unicodeScalars.first else { return }
            scalars.0 = first.value
            append(character.unicodeScalars.dropFirst())
        }

        /// How many scalars a cell keeps.
        public static let capacity = 5
        public static let blank = Cell(" ", style: .plain)

        /// The character, "" for the right half of a wide one.
        public var text: String {
            var text = String.UnicodeScalarView()
            forEachScalar { text.append($0) }
            return String(text)
        }

        /// Whether the cell is the right half of a wide character.
        var isEmpty: Bool { scalars.0 == 0 }

        /// Calls `body` with each scalar kept, in order.
        func forEachScalar(_ body: (Unicode.Scalar) -> Void) {
            withUnsafeBytes(of: scalars) { raw in
                for value in raw.bindMemory(to: UInt32.self) {
                    guard value != 0, let scalar = Unicode.Scalar(value) else { return }
                    body(scalar)
                }
            }
        }

        /// Adds the marks among `more` to the character, as many as there is room for,
        /// up to the first scalar that takes columns of its own: a terminal would start
        /// a new cell there. A zero-width joiner is left out: with what it joins cut
        /// off, it would join the next cell's character on the terminal.
        mutating func append(_ more: some Sequence<Unicode.Scalar>) {
            withUnsafeMutableBytes(of: &scalars) { raw in
                let kept = raw.bindMemory(to: UInt32.self)
                var index = kept.firstIndex(of: 0) ?? kept.count
                for scalar in more {
                    guard index < kept.count, rk_column_width(scalar.value) == 0 else { return }
                    if scalar.value == 0x200D { continue }
                    kept[index] = scalar.value
                    index += 1
                }
            }
        }

        public static func == (left: Cell, right: Cell) -> Bool {
            left.scalars.0 == right.scalars.0 && left.scalars.1 == right.scalars.1 && left.scalars.2 == right.scalars.2
                && left.scalars.3 == right.scalars.3 && left.scalars.4 == right.scalars.4 && left.style == right.style
        }
    }

    public let width: Int
    public let height: Int
    /// Every cell, row by row.
    public private(set) var cells: [Cell]
    /// Where the terminal's cursor goes: the edit point, or the selected row for screen readers.
    public var cursor: Point?
    /// Whether the cursor is shown (only while writing).
    public var showsCursor = false
    /// The terminal window's title, for terminals that show one.
    public var title = ""

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    /// Row `y`'s cells.
    func row(_ y: Int) -> ArraySlice<Cell> { cells[(y * width)..<((y + 1) * width)] }

    /// Whether a cell is the right half of a wide character (drawn by its left half).
    public func isRightHalf(x: Int, y: Int) -> Bool { self[x, y].isEmpty }

    /// The first column from which row `y` is plain blanks to the end (the width if
    /// it does not end in one): what a terminal can clear instead of writing spaces.
    public func blankTail(y: Int) -> Int {
        var x = width
        while x > 0 && self[x - 1, y] == .blank { x -= 1 }
        return x
    }

    /// The frame as text, one line per row (for tests and snapshots).
    public var lines: [String] {
        (0..<height).map { y in row(y).map(\.text).joined() }
    }

    // MARK: - Drawing

    /// Writes text from (x, y), clipped to `limit` columns (default: the frame's edge).
    /// Control characters are shown as visible placeholders, never sent raw.
    /// Returns the column after the last one written.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        guard y >= 0, y < height, x >= 0 else { return x }
        let end = min(width, limit.map { x + max(0, $0) } ?? width)
        var column = x
        for character in text {
            let shown = Frame.visible(character)
            let cellWidth = shown.cellWidth
            if cellWidth == 0 {
                // A mark that joins nothing before it on this row is dropped.
                if column > x { joinLast(shown, before: column, y: y) }
                continue
            }
            guard column + cellWidth <= end else { break }
            place(Cell(shown, style: style), cellWidth: cellWidth, x: column, y: y)
            column += cellWidth
        }
        return column
    }

    /// Writes text from (x, y) in at most `width` columns, ending it with "…" when it
    /// does not fit, so that nothing is cut without a sign.
    @discardableResult
    public mutating func putCut(_ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, width: Int) -> Int {
        guard width > 0 else { return x }
        guard text.cellWidth > width else { return put(text, x: x, y: y, style: style, limit: width) }
        let end = put(text, x: x, y: y, style: style, limit: width - 1)
        return put("…", x: end, y: y, style: style)
    }

    /// Fills a rectangle with one character (spaces by default) in a style. A glyph one
    /// column wide is set cell by cell rather than written as text: filling is most of
    /// the cells a frame draws, and writing them as text broke the key budget at 250x80
    /// (PERFORMANCE.md: a check settled in 2.02 ms).
    public mutating func fill(_ rect: Rect, with glyph: Character = " ", style: Style = .plain) {
        let clipped = rect.intersection(bounds)
        guard clipped.width > 0 else { return }
        let shown = Frame.visible(glyph)
        guard shown.cellWidth == 1 else {
            let row = String(repeating: String(glyph), count: clipped.width)
            for y in clipped.y..<clipped.maxY { put(row, x: clipped.x, y: y, style: style, limit: clipped.width) }
            return
        }
        let cell = Cell(shown, style: style)
        for y in clipped.y..<clipped.maxY {
            let start = y * width + clipped.x, end = start + clipped.width
            // A wide character cut by the fill's edges loses its other half too, as `place` does.
            if clipped.x > 0 && cells[start].isEmpty { blank(start - 1) }
            if clipped.maxX < width && cells[end].isEmpty { blank(end) }
            for index in start..<end { cells[index] = cell }
        }
    }

    /// Puts a character `cellWidth` columns wide, blanking the other half of any wide
    /// character it writes over: a terminal shows a blank there too, so the frame
    /// always describes the screen.
    private mutating func place(_ cell: Cell, cellWidth: Int, x: Int, y: Int) {
        let index = y * width + x
        if cells[index].isEmpty && x > 0 { blank(index - 1) }
        if x + cellWidth < width && cells[index + cellWidth].isEmpty { blank(index + cellWidth) }
        cells[index] = cell
        if cellWidth == 2 { cells[index + 1] = Cell(nil, style: cell.style) }
    }

    /// Makes a cell a space in its own style: what is left of a wide character cut in two.
    private mutating func blank(_ index: Int) {
        cells[index] = Cell(" ", style: cells[index].style)
    }

    /// Adds a combining mark to the character that ends before column `x`.
    private mutating func joinLast(_ mark: Character, before x: Int, y: Int) {
        var start = y * width + x - 1
        while start > y * width && cells[start].isEmpty { start -= 1 }
        cells[start].append(mark.unicodeScalars)
    }

    /// C0 controls become the Unicode "control pictures" (␛ for ESC), DEL becomes ␡
    /// and C1 controls become �, so escape sequences in notes or guides cannot
    /// reach the terminal. Bidirectional overrides and isolates (U+202A–U+202E,
    /// U+2066–U+2069) become � too: shown, not obeyed, so a note cannot make the
    /// text after it read backwards.
    static func visible(_ character: Character) -> Character {
        // A character led by printable ASCII holds no hidden scalar: every hidden one
        // is a character of its own (Unicode's grapheme rules make controls and format
        // characters breaks). Decided from the first byte, for the key budget.
        if let lead = character.utf8.first, lead >= 0x20, lead < 0x7F { return character }
        guard character.unicodeScalars.contains(where: \.isHidden) else { return character }
        let value = character.unicodeScalars.first?.value ?? 0
        if value < 0x20, let picture = Unicode.Scalar(0x2400 + value) { return Character(picture) }
        if value == 0x7F { return "\u{2421}" }
        return "\u{FFFD}"
    }
}

extension Unicode.Scalar {
    /// Whether the terminal would act on the scalar rather than show it.
    var isHidden: Bool {
        value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }
}
