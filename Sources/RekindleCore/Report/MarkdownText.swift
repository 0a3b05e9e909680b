/// Text made literal for CommonMark (and GitHub's flavor of it): whatever a note, a
/// title or an action holds, a renderer shows the same characters and never reads them
/// as markup. Controls are first shown as `VisibleText` shows them; then
/// - `\` and the marks of inline markup (`` ` `` `*` `_` `[` `]` `~` `|` `#`) get a
///   backslash everywhere, and `<` and `&` become entities, so nothing is code, a link,
///   emphasis, a table or HTML;
/// - at the start of a line, `>`, `-`, `+`, `=` and the `.` or `)` after a number get
///   a backslash too, so no line becomes a quote, a list, a task, a heading or a rule;
/// - so do the `:` of "://" and the `.` of "www.", so no address becomes a link;
/// - spaces and tabs that begin a line become no-break spaces, so they are kept and
///   never make a code block.
enum MarkdownText {
    /// Text within one line: a title, an action, a paragraph of the report.
    static func inline(_ text: String) -> String { literal(VisibleText.line(text)) }

    /// A person's words (`ReportPieces` has trimmed their blank first and last lines) as a block quote: `> ` before every line and `>` alone for an
    /// empty one, and a line followed by another in the same paragraph ends in a
    /// backslash, CommonMark's hard line break, so every line break is kept.
    static func quote(_ text: String) -> String {
        let lines = VisibleText.lines(text).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return lines.indices.map { index in
            guard !lines[index].isBlank else { return ">" }
            let continues = index + 1 < lines.count && !lines[index + 1].isBlank
            return "> " + literal(lines[index]) + (continues ? "\\" : "")
        }.joined(separator: "\n")
    }

    /// One line made literal.
    private static func literal(_ line: String) -> String {
        let indent = line.prefix { $0 == " " || $0 == "\t" }
        var out = indent.map { $0 == "\t" ? String(repeating: "&nbsp;", count: 4) : "&nbsp;" }.joined()
        let body = Array(line.dropFirst(indent.count))
        let number = body.prefix { $0.isASCII && $0.isNumber }.count
        for (offset, character) in body.enumerated() {
            let atStart = offset == 0 && ">-+=".contains(character)
            let afterNumber = offset == number && offset > 0 && (character == "." || character == ")")
            switch character {
            case "<": out += "&lt;"
            case "&": out += "&amp;"
            case "\\", "`", "*", "_", "[", "]", "~", "|", "#": out += "\\" + String(character)
            case _ where atStart || afterNumber || startsLink(body, at: offset): out += "\\" + String(character)
            default: out.append(character)
            }
        }
        return out
    }

    /// Whether the character at `offset` is the `:` of "://" or the `.` of "www.": GitHub
    /// links a bare address by reading the line as typed, escapes and all (it would
    /// show the backslashes of `_` or `#` in the address, and take in a hard line break
    /// after it), so addresses are left as plain text.
    private static func startsLink(_ body: [Character], at offset: Int) -> Bool {
        switch body[offset] {
        case ":": return body[(offset + 1)...].starts(with: "//")
        case ".": return offset >= 3 && String(body[(offset - 3)..<offset]).lowercased() == "www"
        default: return false
        }
    }
}
