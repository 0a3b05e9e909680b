/// Word wrapping by display columns. Each row remembers where it starts in the text,
/// in characters, so an editor can map between the cursor and the screen.
public enum Wrap {
    public struct Row: Equatable, Sendable {
        /// Character offset of the row's first character within the wrapped text.
        public var start: Int
        public var text: Substring
    }

    /// Rows of at most `width` columns, breaking after spaces where it can and inside
    /// a word only when the word alone is too long. Always at least one row.
    public static func rows(_ text: Substring, width: Int) -> [Row] {
        let width = max(1, width)
        var rows: [Row] = []
        var rowStart = (index: text.startIndex, offset: 0)
        var column = 0
        var lastBreak: (index: Substring.Index, offset: Int, column: Int)?
        var index = text.startIndex, offset = 0
        // Each character is found once (finding one means Unicode's grapheme rules); the
        // next index is counted in bytes from it. A hidden character is drawn one column
        // wide (`Frame.visible`), as its `cellWidth` says.
        for character in text {
            let characterWidth = character.cellWidth
            // Twice at most: after a break at a space, a wide character may still not fit.
            while column + characterWidth > width && index > rowStart.index {
                let cut = lastBreak ?? (index, offset, column)
                rows.append(Row(start: rowStart.offset, text: text[rowStart.index..<cut.index]))
                rowStart = (cut.index, cut.offset)
                column -= cut.column
                lastBreak = nil
            }
            column += characterWidth
            index = text.utf8.index(index, offsetBy: character.utf8.count)
            offset += 1
            if character == " " { lastBreak = (index, offset, column) }
        }
        rows.append(Row(start: rowStart.offset, text: text[rowStart.index..<text.endIndex]))
        return rows
    }

    /// Paragraph text wrapped into plain lines. A word that fills a row pushes the space
    /// after it to the next row, where it would indent the line by one; it is dropped.
    public static func lines(_ text: String, width: Int) -> [String] {
        rows(Substring(text), width: width).enumerated().map { number, row in
            let text = row.text.trimmingTrailingSpaces()
            return String(number == 0 ? text : text.drop { $0 == " " })
        }
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " { end = index(before: end) }
        return self[startIndex..<end]
    }
}
