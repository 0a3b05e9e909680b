#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
/// One screenful of styled cells: what `render` produces and a terminal shows.
/// No terminal is involved, so tests can read a frame like a picture of the screen.
///
/// Cells are stored packed (a grapheme's UTF-8 bytes and the style in one word) rather than as
/// `String`s: a 250x80 frame is 20,000 cells, made, compared with the last one and
/// freed on every key, and plain values make all three cheap.
public struct Frame: Equatable, Sendable {
    /// One column of the screen. A wide character fills its cell and leaves the next
    /// one empty (`text == ""`), as terminals do.
    public struct Cell: Equatable, Sendable {
        public var text: String
        public var style: Style
    }

    /// A cell as stored, in one word: the style in the top byte (`Style.bits`) and
    /// below it a grapheme of up to 7 UTF-8 bytes (first byte lowest, zero-padded; 0
    /// is the empty cell right of a wide character), or `longMark` plus an index into
    /// `long` for longer ones. Plain words with no padding, so rows compare with `memcmp`.
    private struct Stored: Equatable, Sendable {
        private var word: UInt64

        init(text: UInt64, style: Style) {
            word = text | UInt64(style.bits) << 56
        }

        /// This cell's style with other text.
        func with(text: UInt64) -> Stored {
            var cell = self
            cell.word = word & ~0x00FF_FFFF_FFFF_FFFF | text
            return cell
        }

        var text: UInt64 { word & 0x00FF_FFFF_FFFF_FFFF }
        var styleBits: UInt64 { word >> 56 }
        var style: Style { Style(bits: UInt8(styleBits)) }
        var isLong: Bool { text & Frame.longMark == Frame.longMark }
    }

    private static let longMark: UInt64 = 0xFF << 48
    private static let space = UInt64(UInt8(ascii: " "))

    public let width: Int
    public let height: Int
    private var stored: [Stored]
    /// Graphemes too long to pack: emoji sequences, stacks of combining marks.
    private var long: [String] = []
    /// How many long graphemes the frame holds (some may have been drawn over since).
    var longGraphemeCount: Int { long.count }
    /// Where the terminal's cursor goes: the edit point, or the selected row for screen readers.
    public var cursor: Point?
    /// Whether the cursor is shown (only while editing).
    public var showsCursor = false
    /// Per row, the stamp of the last write to it (0 for a row blank since the frame
    /// was made). A frame drawn over the last one keeps the stamps of the rows it did
    /// not write, so a row whose stamp is the one the terminal was last sent has the
    /// same cells, and the painter skips it without reading them: comparing every row
    /// read two whole frames per key, 80 pages of memory at 250x80, where each page
    /// first touched costs about half a microsecond.
    private(set) var rowStamps: [UInt64]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        stored = Array(repeating: Stored(text: Self.space, style: .plain), count: self.width * self.height)
        rowStamps = Array(repeating: 0, count: self.height)
    }

    /// Gives rows a new stamp: they are about to be written.
    private mutating func stamp(rows: Range<Int>) {
        guard !rows.isEmpty else { return }
        let stamp = Stamp.next()
        for y in rows { rowStamps[y] = stamp }
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        let cell = stored[y * width + x]
        return Cell(text: text(of: cell.text), style: cell.style)
    }

    /// The first column from which row `y` is plain blanks to the end (the width if
    /// it does not end in one): what a terminal can clear instead of writing spaces.
    public func blankTail(y: Int) -> Int {
        let blank = Stored(text: Self.space, style: .plain)
        var x = width
        while x > 0 && stored[y * width + x - 1] == blank { x -= 1 }
        return x
    }

    /// Whether a cell is the right half of a wide character (drawn by its left half).
    public func isRightHalf(x: Int, y: Int) -> Bool {
        stored[y * width + x].text == 0
    }

    /// Every cell, row by row.
    public var cells: [Cell] {
        stored.map { Cell(text: text(of: $0.text), style: $0.style) }
    }

    public static func == (a: Frame, b: Frame) -> Bool {
        a.width == b.width && a.height == b.height && a.cursor == b.cursor && a.showsCursor == b.showsCursor
            && a.changes(since: b).isEmpty
    }

    /// The cells (by index, row by row) that differ from those of `old`, a frame of
    /// the same size: what a terminal must redraw.
    public func changes(since old: Frame) -> [Int] {
        var changed: [Int] = []
        forEachChangedRun(since: old) { run, _ in changed += (run.y * width + run.x)..<(run.y * width + run.x + run.count) }
        return changed
    }

    /// Neighbouring cells of one row in one style: what a terminal draws in one call.
    public struct Run {
        public var x: Int
        public var y: Int
        public var count: Int
        public var style: Style
    }

    /// Calls `body` with each run of neighbouring cells in one style that differ from
    /// `old` (every cell when there is no `old` of this size), and the run's text as
    /// UTF-8. Rows whose stamp is in `oldStamps` (the stamps of the frame `old` shows)
    /// are not read; other unchanged rows cost one `memcmp` each.
    /// A run also takes up to `longestGap` unchanged ASCII cells in its style between
    /// two changed ones.
    func forEachChangedRun(since old: Frame?, oldStamps: [UInt64]? = nil, _ body: (Run, UnsafeBufferPointer<UInt8>) -> Void) {
        let old = old.flatMap { $0.width == width && $0.height == height ? $0 : nil }
        let oldStamps = oldStamps.flatMap { old != nil && $0.count == height ? $0 : nil }
        let hasLong = !long.isEmpty || !(old?.long.isEmpty ?? true)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(width * 4)
        stored.withUnsafeBufferPointer { new in
            (old?.stored ?? []).withUnsafeBufferPointer { previous in
                // No old frame: every cell differs. Its cells are read through the pointer:
                // binding `old` for each cell would copy the frame (retaining its arrays).
                let previousBase = old != nil ? previous.baseAddress : nil
                func differs(_ index: Int) -> Bool {
                    guard let previousBase else { return true }
                    let mine = new[index], theirs = previousBase[index]
                    guard hasLong, mine.isLong || theirs.isLong else { return mine != theirs }
                    return mine.styleBits != theirs.styleBits || text(of: mine.text) != old?.text(of: theirs.text)
                }
                guard width > 0, let newBase = new.baseAddress else { return }
                for y in 0..<height {
                    if let oldStamps, oldStamps[y] == rowStamps[y] { continue }
                    let row = y * width
                    if !hasLong, let previousBase,
                       memcmp(newBase + row, previousBase + row, width * MemoryLayout<Stored>.stride) == 0 { continue }
                    var x = 0
                    while x < width {
                        guard differs(row + x) else { x += 1; continue }
                        let start = x, styleBits = new[row + x].styleBits
                        bytes.removeAll(keepingCapacity: true)
                        // After the last changed cell taken; unchanged cells from there to x are
                        // taken too if another changed cell follows them.
                        var end = x
                        while x < width, new[row + x].styleBits == styleBits {
                            if differs(row + x) {
                                for gap in end..<x { bytes.append(UInt8(truncatingIfNeeded: new[row + gap].text)) }
                                appendBytes(of: new[row + x].text, to: &bytes)
                                x += 1
                                end = x
                            } else {
                                let text = new[row + x].text
                                guard x - end < Self.longestGap, text >= 0x20, text < 0x7F else { break }
                                x += 1
                            }
                        }
                        bytes.withUnsafeBufferPointer { text in
                            body(Run(x: start, y: y, count: end - start, style: Style(bits: UInt8(styleBits))), text)
                        }
                        x = end
                    }
                }
            }
        }
    }

    /// Unchanged cells written again rather than jumped over: a byte each, where a
    /// cursor move costs 6 to 8 bytes and a call. Text that moved keeps letters in
    /// place here and there (a scrolled checklist: about 60 runs, where 15 do).
    static let longestGap = 6

    /// Writes text from (x, y), clipped to `limit` columns (default: the frame's edge).
    /// Control characters are shown as visible placeholders, never sent raw.
    /// Returns the column after the last one written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        var text = text
        return text.withUTF8 { put(utf8: $0, x: x, y: y, style: style, limit: limit) }
    }

    /// `put` for part of a text (a wrapped row), read where it is.
    @discardableResult
    public mutating func put(_ text: Substring, x: Int, y: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        var text = text
        return text.withUTF8 { put(utf8: $0, x: x, y: y, style: style, limit: limit) }
    }

    /// `put` on a text's UTF-8 bytes: one copy of the code for every kind of text (not
    /// inlined into each), and no generic collection code on a keystroke's way to the screen.
    @inline(never)
    mutating func put(utf8 bytes: UnsafeBufferPointer<UInt8>, x: Int, y: Int, style: Style, limit: Int?) -> Int {
        guard y >= 0, y < height, x >= 0 else { return x }
        stamp(rows: y..<(y + 1))
        let end = min(width, limit.map { x + max(0, $0) } ?? width)
        var column = x
        var offset = 0
        while offset < bytes.count {
            (offset, column) = putSimple(bytes, from: offset, x: column, y: y, end: end, style: style)
            guard offset < bytes.count else { break }
            // A grapheme that needs Unicode segmentation (a sequence, a combining
            // mark, a control character shown as a placeholder) or that may not fit.
            let character = bytes.character(at: offset)
            let shown = Frame.visible(character)
            let cellWidth = shown.cellWidth
            if cellWidth == 0 {
                if column > x { appendCombining(shown, x: column - 1, y: y) }
            } else {
                guard column + cellWidth <= end else { break }
                place(pack(String(shown)), cellWidth: cellWidth, x: column, y: y, style: style)
                column += cellWidth
            }
            offset += character.utf8.count
        }
        return column
    }

    /// Puts the simple graphemes (see `simpleGrapheme`) from `offset` on, packed straight
    /// from the bytes, until the end, the limit or a grapheme that needs more care.
    /// Returns the offset and column reached.
    private mutating func putSimple(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int, x: Int, y: Int, end: Int,
                                    style: Style) -> (offset: Int, column: Int) {
        let row = y * width, width = width
        let blank = Stored(text: 0, style: style)
        return stored.withUnsafeMutableBufferPointer { cells in
            var offset = offset, column = x
            Frame.clearBrokenHalf(left: x, in: cells, row: row, width: width)
            defer { Frame.clearBrokenHalf(right: column, in: cells, row: row, width: width) }
            while offset < bytes.count, column < end {
                if bytes.isLoneASCII(at: offset) {
                    cells[row + column] = blank.with(text: UInt64(bytes[offset]))
                    column += 1
                    offset += 1
                    continue
                }
                guard let (length, cellWidth) = bytes.simpleGrapheme(at: offset), column + cellWidth <= end else { break }
                cells[row + column] = blank.with(text: bytes.packed(from: offset, length: length))
                if cellWidth == 2 { cells[row + column + 1] = blank }
                column += cellWidth
                offset += length
            }
            return (offset, column)
        }
    }

    /// Writing over half of a wide character leaves a terminal showing a blank in
    /// the other half; the frame does the same, so it always describes the screen.
    /// Before cells from `left` on are written: a right half there loses its left half.
    private static func clearBrokenHalf(left x: Int, in cells: UnsafeMutableBufferPointer<Stored>, row: Int, width: Int) {
        if x > 0 && x < width && cells[row + x].text == 0 { cells[row + x - 1] = cells[row + x - 1].with(text: space) }
    }

    /// After cells up to `right` (exclusive) were written: a right half there lost its left half.
    private static func clearBrokenHalf(right x: Int, in cells: UnsafeMutableBufferPointer<Stored>, row: Int, width: Int) {
        if x < width && cells[row + x].text == 0 { cells[row + x] = cells[row + x].with(text: space) }
    }

    /// Fills a rectangle with one character (spaces by default) in a style. The
    /// character is measured once, not once per cell as `put` would.
    public mutating func fill(_ rect: Rect, with glyph: Character = " ", style: Style = .plain) {
        let clipped = rect.intersection(bounds)
        var text = String(glyph)
        // The interface's own glyphs (│ █ ░) are simple graphemes: packed from their
        // bytes, without Unicode property lookups.
        let simple = text.withUTF8 { bytes -> UInt64? in
            guard let grapheme = bytes.simpleGrapheme(at: 0), grapheme == (bytes.count, 1) else { return nil }
            return bytes.packed(from: 0, length: bytes.count)
        }
        let cell: Stored
        if let simple {
            cell = Stored(text: simple, style: style)
        } else {
            let shown = Frame.visible(glyph)
            guard shown.cellWidth == 1 else {
                let row = String(repeating: String(shown), count: clipped.width)
                for y in clipped.y..<clipped.maxY { put(row, x: clipped.x, y: y, style: style, limit: clipped.width) }
                return
            }
            cell = Stored(text: pack(String(shown)), style: style)
        }
        let width = width
        if clipped.width > 0 && clipped.height > 0 { stamp(rows: clipped.y..<clipped.maxY) }
        stored.withUnsafeMutableBufferPointer { cells in
            for y in clipped.y..<clipped.maxY {
                Frame.clearBrokenHalf(left: clipped.x, in: cells, row: y * width, width: width)
                for x in clipped.x..<clipped.maxX { cells[y * width + x] = cell }
                Frame.clearBrokenHalf(right: clipped.maxX, in: cells, row: y * width, width: width)
            }
        }
    }

    /// Copies the cells of a rectangle from a frame of the same size (a region the
    /// last frame drew and this one would draw the same).
    public mutating func copy(_ rect: Rect, from other: Frame) {
        precondition(other.width == width && other.height == height, "copying between frames of different sizes")
        let clipped = rect.intersection(bounds)
        guard clipped.width > 0, clipped.height > 0 else { return }
        stamp(rows: clipped.y..<clipped.maxY)
        // Cells are plain words: each row is one memmove (a generic replaceSubrange
        // cost a typed key 9k instructions copying the panes that did not change).
        stored.withUnsafeMutableBufferPointer { cells in
            other.stored.withUnsafeBufferPointer { source in
                for y in clipped.y..<clipped.maxY {
                    let start = y * width + clipped.x
                    _ = UnsafeMutableBufferPointer(rebasing: cells[start..<(start + clipped.width)])
                        .update(fromContentsOf: source[start..<(start + clipped.width)])
                }
            }
        }
        guard !other.long.isEmpty else { return }
        // Long graphemes are indexes into the other frame's list: repack them here.
        for y in clipped.y..<clipped.maxY {
            let start = y * width + clipped.x
            for index in start..<(start + clipped.width) where stored[index].isLong {
                stored[index] = stored[index].with(text: pack(other.text(of: stored[index].text)))
            }
        }
    }

    /// The text of each row, for tests and for reading the screen as text.
    public var lines: [String] {
        (0..<height).map { y in stored[(y * width)..<(y * width + width)].map { text(of: $0.text) }.joined() }
    }

    private func text(of packed: UInt64) -> String {
        var bytes: [UInt8] = []
        appendBytes(of: packed, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private func appendBytes(of packed: UInt64, to bytes: inout [UInt8]) {
        if packed & Self.longMark == Self.longMark { return bytes.append(contentsOf: long[Int(packed & ~Self.longMark)].utf8) }
        var rest = packed
        while rest != 0 {
            bytes.append(UInt8(truncatingIfNeeded: rest))
            rest >>= 8
        }
    }

    private mutating func pack(_ text: String) -> UInt64 {
        guard text.utf8.count <= 7 else {
            long.append(text)
            return Self.longMark | UInt64(long.count - 1)
        }
        var packed: UInt64 = 0
        for (offset, byte) in text.utf8.enumerated() { packed |= UInt64(byte) << (8 * UInt64(offset)) }
        return packed
    }

    /// A wide character fills its cell and leaves the next one empty.
    private mutating func place(_ packed: UInt64, cellWidth: Int, x: Int, y: Int, style: Style) {
        let width = width
        stored.withUnsafeMutableBufferPointer { cells in
            Frame.clearBrokenHalf(left: x, in: cells, row: y * width, width: width)
            cells[y * width + x] = Stored(text: packed, style: style)
            if cellWidth == 2 { cells[y * width + x + 1] = Stored(text: 0, style: style) }
            Frame.clearBrokenHalf(right: x + cellWidth, in: cells, row: y * width, width: width)
        }
    }

    private mutating func appendCombining(_ mark: Character, x: Int, y: Int) {
        var start = y * width + x
        while start > y * width && stored[start].text == 0 { start -= 1 }
        stored[start] = Stored(text: pack(text(of: stored[start].text) + String(mark)), style: stored[start].style)
    }

    /// C0 controls become the Unicode "control pictures" (␛ for ESC), DEL becomes ␡
    /// and C1 controls become �, so escape sequences in notes or guides cannot
    /// reach the terminal. Bidirectional overrides and isolates (U+202A–U+202E,
    /// U+2066–U+2069) become � too: shown, not obeyed, so a note cannot make the
    /// text after it read backwards.
    static func visible(_ character: Character) -> Character {
        // Printable ASCII, the common case, needs no scan of its scalars.
        if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F { return character }
        guard character.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
            || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }) else {
            return character
        }
        let value = character.unicodeScalars.first?.value ?? 0
        if value < 0x20, let picture = Unicode.Scalar(0x2400 + value) { return Character(picture) }
        if value == 0x7F { return "\u{2421}" }
        return "\u{FFFD}"
    }
}
