import RekindleCore

/// Prose laid out as plain lines: wrapped between words, never inside one (a web
/// address stays whole for a screen reader), and counted in characters.
enum PlainText {
    /// `text` wrapped to `width` characters; the first line starts with `first`, the
    /// others with `rest` (a hanging indent under a list mark).
    static func wrap(_ text: String, width: Int, first: String = "", rest: String = "") -> [String] {
        var lines: [String] = []
        var line = first
        var isEmpty = true
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = rest
                isEmpty = true
            }
            line += (isEmpty ? "" : " ") + word
            isEmpty = false
        }
        return lines + [line]
    }

    /// The lines of a text of several lines, such as a note or a report.
    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
