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
        // Printable ASCII (most notes) wraps on bytes: one column and one character each,
        // and a line that fits is one row as it is.
        var bytes = text
        return bytes.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
            return bytes.count <= width ? [Row(start: 0, text: text)] : asciiRows(bytes, width: width, of: text)
        } ?? graphemeRows(text, width: width)
    }

    /// `rows` for any text, character by character.
    static func graphemeRows(_ text: Substring, width: Int) -> [Row] {
        let width = max(1, width)
        var rows: [Row] = []
        var rowStart = text.startIndex, rowStartOffset = 0
        var column = 0
        var lastBreak: (index: Substring.Index, offset: Int)?
        var index = text.startIndex, offset = 0
        while index < text.endIndex {
            let ascii = text.wholeASCII(at: index)
            let character = ascii == nil ? text[index] : nil
            let characterWidth = character.map { Frame.visible($0).cellWidth } ?? 1
            if column + characterWidth > width && index > rowStart {
                let cut = lastBreak ?? (index, offset)
                rows.append(Row(start: rowStartOffset, text: text[rowStart..<cut.index]))
                rowStart = cut.index
                rowStartOffset = cut.offset
                column = text[rowStart..<index].cellWidth
                lastBreak = nil
                continue
            }
            column += characterWidth
            index = ascii != nil ? text.utf8.index(after: index) : text.index(after: index)
            offset += 1
            if ascii == 0x20 || character == " " { lastBreak = (index, offset) }
        }
        rows.append(Row(start: rowStartOffset, text: text[rowStart..<text.endIndex]))
        return rows
    }

    /// `rows` for text whose bytes are all printable ASCII, by byte offsets.
    static func asciiRows(_ bytes: UnsafeBufferPointer<UInt8>, width: Int, of text: Substring) -> [Row] {
        func piece(_ start: Int, _ end: Int) -> Substring {
            text[text.utf8.index(text.startIndex, offsetBy: start)..<text.utf8.index(text.startIndex, offsetBy: end)]
        }
        var rows: [Row] = []
        var rowStart = 0
        var lastBreak: Int?
        var offset = 0
        while offset < bytes.count {
            if offset - rowStart + 1 > width && offset > rowStart {
                let cut = lastBreak ?? offset
                rows.append(Row(start: rowStart, text: piece(rowStart, cut)))
                rowStart = cut
                lastBreak = nil
                continue
            }
            offset += 1
            if bytes[offset - 1] == UInt8(ascii: " ") { lastBreak = offset }
        }
        rows.append(Row(start: rowStart, text: piece(rowStart, bytes.count)))
        return rows
    }

    /// Paragraph text wrapped into plain lines.
    public static func lines(_ text: String, width: Int) -> [String] {
        rows(Substring(text), width: width).map { String($0.text.trimmingTrailingSpaces()) }
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " { end = index(before: end) }
        return self[startIndex..<end]
    }
}
