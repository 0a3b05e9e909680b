/// The text of one note being edited, with a cursor and a scroll position. Works in
/// grapheme clusters (what a person sees as one character) and display columns, so
/// accents, combining marks, CJK and emoji move and wrap correctly.
public struct NoteEditor: Equatable, Sendable {
    /// Logical lines (the text split at newlines); never empty.
    public private(set) var lines: [String]
    public private(set) var cursor: TextPosition
    /// The first logical line on screen, and the wrapped row within it.
    public private(set) var top = TextPosition(line: 0, column: 0)
    /// The column a run of up/down moves tries to keep.
    private var goalColumn: Int?

    /// Whether nothing is written.
    public var isEmpty: Bool { lines == [""] }

    /// A place in the text: a logical line and a character index within it.
    public struct TextPosition: Equatable, Comparable, Sendable {
        public var line: Int
        public var column: Int

        public static func < (a: Self, b: Self) -> Bool { (a.line, a.column) < (b.line, b.column) }
    }

    public init(text: String, cursorOffset: Int = 0) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        cursor = TextPosition(line: 0, column: 0)
        var remaining = max(0, cursorOffset)
        for (index, line) in lines.enumerated() {
            if remaining <= line.count || index == lines.count - 1 {
                cursor = TextPosition(line: index, column: min(remaining, line.count))
                break
            }
            remaining -= line.count + 1
        }
    }

    public var text: String { lines.joined(separator: "\n") }

    /// The cursor as characters from the start, which is what the session stores.
    public var cursorOffset: Int {
        lines[..<cursor.line].reduce(0) { $0 + $1.count + 1 } + cursor.column
    }

    // MARK: - Editing

    /// Inserts typed or pasted text at the cursor; newlines split the line.
    public mutating func insert(_ text: String) {
        goalColumn = nil
        let line = lines[cursor.line]
        let split = line.index(line.startIndex, offsetBy: cursor.column)
        var pieces = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let after = String(line[split...])
        pieces[0] = String(line[..<split]) + pieces[0]
        let lastColumn = pieces[pieces.count - 1].count
        pieces[pieces.count - 1] += after
        lines.replaceSubrange(cursor.line...cursor.line, with: pieces)
        cursor = TextPosition(line: cursor.line + pieces.count - 1, column: lastColumn)
    }

    /// Deletes the character before the cursor, joining lines at a line start.
    public mutating func deleteBackward() {
        goalColumn = nil
        if cursor.column > 0 {
            removeCharacter(line: cursor.line, at: cursor.column - 1)
            cursor.column -= 1
        } else if cursor.line > 0 {
            let column = lines[cursor.line - 1].count
            lines[cursor.line - 1] += lines.remove(at: cursor.line)
            cursor = TextPosition(line: cursor.line - 1, column: column)
        }
    }

    /// Deletes the character under the cursor, joining the next line at a line end.
    public mutating func deleteForward() {
        goalColumn = nil
        if cursor.column < lines[cursor.line].count {
            removeCharacter(line: cursor.line, at: cursor.column)
        } else if cursor.line + 1 < lines.count {
            lines[cursor.line] += lines.remove(at: cursor.line + 1)
        }
    }

    private mutating func removeCharacter(line: Int, at column: Int) {
        let index = lines[line].index(lines[line].startIndex, offsetBy: column)
        lines[line].remove(at: index)
    }

    // MARK: - Moving

    public mutating func moveLeft() {
        goalColumn = nil
        if cursor.column > 0 { cursor.column -= 1 } else if cursor.line > 0 {
            cursor = TextPosition(line: cursor.line - 1, column: lines[cursor.line - 1].count)
        }
    }

    public mutating func moveRight() {
        goalColumn = nil
        if cursor.column < lines[cursor.line].count { cursor.column += 1 } else if cursor.line + 1 < lines.count {
            cursor = TextPosition(line: cursor.line + 1, column: 0)
        }
    }

    public mutating func moveToLineStart() {
        goalColumn = nil
        cursor.column = 0
    }

    public mutating func moveToLineEnd() {
        goalColumn = nil
        cursor.column = lines[cursor.line].count
    }

    /// Moves by screen rows (wrapped at `width`), keeping the column where it can.
    public mutating func moveVertically(by rows: Int, width: Int) {
        var (row, x) = screenRow(of: cursor, width: width)
        let goal = goalColumn ?? x
        var remaining = rows
        while remaining != 0 {
            let next = remaining > 0 ? self.row(after: row, width: width) : self.row(before: row, width: width)
            guard let next else { break }
            row = next
            remaining += remaining > 0 ? -1 : 1
        }
        x = goal
        cursor = position(in: row, atX: x, width: width)
        goalColumn = goal
    }

    // MARK: - Layout

    /// A wrapped screen row: a logical line and the row's first character in it.
    struct RowID: Equatable {
        var line: Int
        var start: Int
    }

    func wrapped(_ line: Int, width: Int) -> [Wrap.Row] {
        Wrap.rows(Substring(lines[line]), width: width)
    }

    /// The row holding a position and the position's x within that row.
    func screenRow(of position: TextPosition, width: Int) -> (RowID, Int) {
        let rows = wrapped(position.line, width: width)
        let row = rows[Self.rowIndex(of: position.column, in: rows)]
        return (RowID(line: position.line, start: row.start), Self.x(of: position.column, in: row))
    }

    /// Which of a line's wrapped rows holds a column.
    private static func rowIndex(of column: Int, in rows: [Wrap.Row]) -> Int {
        rows.lastIndex { $0.start <= column } ?? 0
    }

    /// Which of a line's wrapped rows, given where they start, holds a column.
    private static func rowIndex(of column: Int, inStarts starts: [Int]) -> Int {
        starts.lastIndex { $0 <= column } ?? 0
    }

    /// Where a line's wrapped rows start.
    private func rowStarts(_ line: Int, width: Int) -> [Int] {
        wrapped(line, width: width).map(\.start)
    }

    /// A column's x within the row holding it.
    private static func x(of column: Int, in row: Wrap.Row) -> Int {
        row.text.prefix(column - row.start).cellWidth
    }

    private func row(after row: RowID, width: Int) -> RowID? {
        let rows = wrapped(row.line, width: width)
        if let next = rows.first(where: { $0.start > row.start }) { return RowID(line: row.line, start: next.start) }
        return row.line + 1 < lines.count ? RowID(line: row.line + 1, start: 0) : nil
    }

    private func row(before row: RowID, width: Int) -> RowID? {
        if row.start > 0, let previous = wrapped(row.line, width: width).last(where: { $0.start < row.start }) {
            return RowID(line: row.line, start: previous.start)
        }
        guard row.line > 0 else { return nil }
        return RowID(line: row.line - 1, start: wrapped(row.line - 1, width: width).last?.start ?? 0)
    }

    /// The position in a row nearest to display column `x`.
    private func position(in row: RowID, atX x: Int, width: Int) -> TextPosition {
        let rows = wrapped(row.line, width: width)
        guard let wrappedRow = rows.first(where: { $0.start == row.start }) else { return TextPosition(line: row.line, column: 0) }
        let isLast = wrappedRow.start == rows.last?.start
        var column = 0, used = 0
        for character in wrappedRow.text {
            let characterWidth = Frame.visible(character).cellWidth
            if used + characterWidth > x { break }
            used += characterWidth
            column += 1
        }
        if !isLast { column = min(column, max(0, wrappedRow.text.count - 1)) }
        return TextPosition(line: row.line, column: row.start + column)
    }

    /// Scrolls just enough that the cursor is within `height` rows of the top, and no
    /// further down than the text needs: after the window grows, the note fills it again
    /// rather than showing its last rows above an empty space.
    public mutating func keepCursorVisible(width: Int, height: Int) {
        scrollToCursor(width: width, height: max(1, height))
        fill(width: width, height: max(1, height))
    }

    private mutating func scrollToCursor(width: Int, height: Int) {
        var line = cursor.line
        var starts = rowStarts(line, width: width)
        var index = Self.rowIndex(of: cursor.column, inStarts: starts)
        let topRow = RowID(line: min(top.line, lines.count - 1), start: top.column)
        if line < topRow.line || (line == topRow.line && starts[index] < topRow.start) {
            top = TextPosition(line: line, column: starts[index])
            return
        }
        // Walk back from the cursor's row: if the top is more than height-1 rows above,
        // move it down. Each line is wrapped once, however many of its rows are walked.
        for _ in 0..<(height - 1) {
            if line == topRow.line && starts[index] == topRow.start { return }
            guard let above = row(above: index, of: line, starts: starts, width: width) else { return }
            (line, index, starts) = above
        }
        if line != topRow.line || starts[index] != topRow.start { top = TextPosition(line: line, column: starts[index]) }
    }

    /// Moves the top up by the rows that the text from it leaves empty of `height`.
    private mutating func fill(width: Int, height: Int) {
        var line = min(top.line, lines.count - 1)
        var starts = rowStarts(line, width: width)
        var index = Self.rowIndex(of: top.column, inStarts: starts)
        var shown = starts.count - index
        var next = line + 1
        while shown < height && next < lines.count {
            shown += rowStarts(next, width: width).count
            next += 1
        }
        guard shown < height else { return }
        for _ in shown..<height {
            guard let above = row(above: index, of: line, starts: starts, width: width) else { break }
            (line, index, starts) = above
        }
        top = TextPosition(line: line, column: starts[index])
    }

    /// The row above row `index` of `line` (whose rows start at `starts`): its line, its
    /// index and that line's row starts; nil above the first row.
    private func row(above index: Int, of line: Int, starts: [Int], width: Int) -> (Int, Int, [Int])? {
        if index > 0 { return (line, index - 1, starts) }
        guard line > 0 else { return nil }
        let starts = rowStarts(line - 1, width: width)
        return (line - 1, starts.count - 1, starts)
    }

    /// The rows on screen from the top, at most `height`, with the cursor's place among them.
    /// `linesBelow`: the lines wholly below the last row shown.
    public func visibleRows(width: Int, height: Int) -> (rows: [Substring], cursor: Point?, linesBelow: Int) {
        var result: [Substring] = []
        var cursorPoint: Point?
        var line = min(top.line, lines.count - 1)
        var skip = top.column
        while result.count < height && line < lines.count {
            let rows = wrapped(line, width: width)
            let cursorIndex = line == cursor.line ? Self.rowIndex(of: cursor.column, in: rows) : nil
            for (index, row) in rows.enumerated() where row.start >= skip {
                guard result.count < height else { break }
                if index == cursorIndex { cursorPoint = Point(x: Self.x(of: cursor.column, in: row), y: result.count) }
                result.append(row.text)
            }
            line += 1
            skip = 0
        }
        return (result, cursorPoint, lines.count - line)
    }
}
