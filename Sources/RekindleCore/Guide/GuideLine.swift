/// One source line of a guide, classified. The parser's grammar lives here so the
/// parser itself only has to assemble parts.
enum GuideLine: Equatable {
    case blank
    case title(String, id: String?)
    case heading(String, id: String?)
    case closingRule
    case item(String, id: String?)
    case prompt(String)
    case bullet(String)
    case text(String)
    /// A line that looks like an attempt at the syntax but is not quite it.
    case mistake(column: Int, message: String)

    /// Classifies one line (already decoded, without its line break).
    static func classify(_ line: Substring) -> GuideLine {
        let trimmed = line.trimmingTrailingWhitespace()
        let indent = line.prefix { $0 == " " || $0 == "\t" }.utf8.count
        let body = trimmed.dropFirst(trimmed.prefix { $0 == " " || $0 == "\t" }.count)
        if body.isEmpty { return .blank }
        let column = indent + 1

        if body.begins(with: "#") { return heading(body, column: column) }
        if body.utf8.count >= 3 && body.utf8.allSatisfy({ $0 == UInt8(ascii: "-") }) { return .closingRule }
        if let item = checklistItem(body, column: column) { return item }
        if body == "?" { return .mistake(column: column, message: "empty reflection prompt") }
        if body.begins(with: "? ") {
            let text = body.dropFirst(2).trimmingLeadingWhitespace()
            return text.isEmpty ? .mistake(column: column, message: "empty reflection prompt") : .prompt(String(text))
        }
        if body.begins(with: "- ") || body.begins(with: "* ") {
            return .bullet(String(body.dropFirst(2).trimmingLeadingWhitespace()))
        }
        if let idRange = trailingIDRange(body) {
            return .mistake(column: column + body[..<idRange.lowerBound].utf8.count,
                            message: "an id '{#…}' can be given only on a heading or a checklist item")
        }
        return .text(String(body))
    }

    private static func heading(_ body: Substring, column: Int) -> GuideLine {
        let hashes = body.prefix { $0 == "#" }.count
        let rest = body.dropFirst(hashes)
        guard rest.first == " " || rest.first == "\t" else {
            return .mistake(column: column, message: "a heading needs a space after '\(String(repeating: "#", count: hashes))'")
        }
        guard hashes <= 2 else {
            return .mistake(column: column, message: "only '#' (the title) and '##' (a step) headings are allowed")
        }
        switch splitID(rest.trimmingLeadingWhitespace(), column: column + hashes + 1) {
        case .failure(let mistake): return .mistake(column: mistake.column, message: mistake.message)
        case .success(let (text, id)):
            if text.isEmpty { return .mistake(column: column, message: "a heading needs text") }
            return hashes == 1 ? .title(text, id: id) : .heading(text, id: id)
        }
    }

    /// What authors write for a checklist item; only the first is right.
    private static let itemMarkers = ["- [ ]", "- [x]", "- [X]", "-[ ]", "- []", "* [ ]", "+ [ ]"]

    private static func checklistItem(_ body: Substring, column: Int) -> GuideLine? {
        // Most lines are prose: one byte rules them out before any marker is compared.
        guard let first = body.utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+"),
              let marker = itemMarkers.first(where: { body.begins(with: $0) }) else { return nil }
        guard marker == "- [ ]" else {
            if marker.contains("x") || marker.contains("X") {
                return .mistake(column: column, message: "checklist items in a guide start unchecked: write '- [ ] text'")
            }
            return .mistake(column: column, message: "malformed checklist item: write '- [ ] text'")
        }
        let rest = body.dropFirst(marker.count)
        guard rest.first == " " || rest.first == "\t" else {
            return .mistake(column: column, message: rest.isEmpty ? "a checklist item needs text" : "malformed checklist item: write '- [ ] text'")
        }
        switch splitID(rest.trimmingLeadingWhitespace(), column: column + marker.utf8.count + 1) {
        case .failure(let mistake): return .mistake(column: mistake.column, message: mistake.message)
        case .success(let (text, id)):
            return text.isEmpty ? .mistake(column: column, message: "a checklist item needs text") : .item(text, id: id)
        }
    }

    /// Splits "Text {#id}" into its text and id, checking the id.
    private static func splitID(_ text: Substring, column: Int) -> Result<(String, String?), MistakeError> {
        guard let range = trailingIDRange(text) else { return .success((String(text), nil)) }
        let id = String(text[range].dropFirst(2).dropLast())
        guard Slug.isValidID(id) else {
            return .failure(MistakeError(column: column + text[..<range.lowerBound].utf8.count,
                                         message: "invalid id '\(id)': use letters, digits, '-', '_' or '.'"))
        }
        return .success((String(text[..<range.lowerBound].trimmingTrailingWhitespace()), id))
    }

    private static func trailingIDRange(_ text: Substring) -> Range<Substring.Index>? {
        guard text.hasSuffix("}") else { return nil }
        var index = text.endIndex
        while index > text.startIndex {
            index = text.index(before: index)
            if text[index...].hasPrefix("{#") { return index..<text.endIndex }
        }
        return nil
    }
}

private extension Substring {
    /// `hasPrefix` on bytes: the grammar's markers are ASCII, and comparing them
    /// character by character (grapheme breaking included) was most of a parse.
    func begins(with marker: String) -> Bool {
        utf8.starts(with: marker.utf8)
    }
}

/// A mistake carried through `Result`, which needs an `Error`.
struct MistakeError: Error {
    var column: Int
    var message: String
}
