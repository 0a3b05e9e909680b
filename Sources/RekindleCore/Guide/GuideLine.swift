/// One source line of a guide, classified. The parser's grammar lives here so the
/// parser itself only has to assemble parts.
///
/// Lines are read as UTF-8 bytes: every mark of the grammar is ASCII, and only the
/// texts a guide keeps become Strings. Working on Characters (grapheme breaking in
/// every trim and prefix) was most of a parse.
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

    /// Classifies one line: valid UTF-8, without its line break.
    static func classify(_ line: ArraySlice<UInt8>) -> GuideLine {
        let body = line.trimmingTrailingBlanks().trimmingLeadingBlanks()
        guard let first = body.first else { return .blank }
        let place = Place(lineStart: line.startIndex)
        let column = place.column(of: body.startIndex)

        if first == UInt8(ascii: "#") { return heading(body, place: place) }
        if body.count >= 3 && body.allSatisfy({ $0 == UInt8(ascii: "-") }) { return .closingRule }
        if let item = checklistItem(body, place: place) { return item }
        if body.count == 1 && first == UInt8(ascii: "?") { return .mistake(column: column, message: "empty reflection prompt") }
        if body.begins(with: "? ") {
            let text = body.dropFirst(2).trimmingLeadingBlanks()
            return text.isEmpty ? .mistake(column: column, message: "empty reflection prompt") : .prompt(string(text))
        }
        if body.begins(with: "- ") || body.begins(with: "* ") {
            return .bullet(string(body.dropFirst(2).trimmingLeadingBlanks()))
        }
        if let idStart = trailingIDStart(body) {
            return .mistake(column: place.column(of: idStart),
                            message: "an id '{#…}' can be given only on a heading or a checklist item")
        }
        return .text(string(body))
    }

    /// Turns byte indices into the 1-based byte columns problems report.
    private struct Place {
        let lineStart: Int
        func column(of index: Int) -> Int { index - lineStart + 1 }
    }

    private static func heading(_ body: ArraySlice<UInt8>, place: Place) -> GuideLine {
        let column = place.column(of: body.startIndex)
        let rest = body.drop { $0 == UInt8(ascii: "#") }
        let hashes = body.count - rest.count
        guard rest.first?.isBlank == true else {
            return .mistake(column: column, message: "a heading needs a space after '\(String(repeating: "#", count: hashes))'")
        }
        guard hashes <= 2 else {
            return .mistake(column: column, message: "only '#' (the title) and '##' (a step) headings are allowed")
        }
        switch splitID(rest.trimmingLeadingBlanks(), place: place) {
        case .failure(let mistake): return .mistake(column: mistake.column, message: mistake.message)
        case .success(let (text, id)):
            if text.isEmpty { return .mistake(column: column, message: "a heading needs text") }
            return hashes == 1 ? .title(text, id: id) : .heading(text, id: id)
        }
    }

    /// What authors write for a checklist item; only the first is right.
    private static let itemMarkers = ["- [ ]", "- [x]", "- [X]", "-[ ]", "- []", "* [ ]", "+ [ ]"]

    private static func checklistItem(_ body: ArraySlice<UInt8>, place: Place) -> GuideLine? {
        // Most lines are prose: one byte rules them out before any marker is compared.
        guard let first = body.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+"),
              let marker = itemMarkers.firstIndex(where: { body.begins(with: $0) }) else { return nil }
        let column = place.column(of: body.startIndex)
        guard marker == 0 else {
            if itemMarkers[marker].contains("x") || itemMarkers[marker].contains("X") {
                return .mistake(column: column, message: "checklist items in a guide start unchecked: write '- [ ] text'")
            }
            return .mistake(column: column, message: "malformed checklist item: write '- [ ] text'")
        }
        let rest = body.dropFirst(itemMarkers[marker].utf8.count)
        guard rest.first?.isBlank == true else {
            return .mistake(column: column, message: rest.isEmpty ? "a checklist item needs text" : "malformed checklist item: write '- [ ] text'")
        }
        switch splitID(rest.trimmingLeadingBlanks(), place: place) {
        case .failure(let mistake): return .mistake(column: mistake.column, message: mistake.message)
        case .success(let (text, id)):
            return text.isEmpty ? .mistake(column: column, message: "a checklist item needs text") : .item(text, id: id)
        }
    }

    /// Splits "Text {#id}" into its text and id, checking the id.
    private static func splitID(_ text: ArraySlice<UInt8>, place: Place) -> Result<(String, String?), MistakeError> {
        guard let idStart = trailingIDStart(text) else { return .success((string(text), nil)) }
        let id = string(text[(idStart + 2)..<(text.endIndex - 1)])
        guard Slug.isValidID(id) else {
            return .failure(MistakeError(column: place.column(of: idStart),
                                         message: "invalid id '\(id)': use letters, digits, '-', '_' or '.'"))
        }
        return .success((string(text[..<idStart].trimmingTrailingBlanks()), id))
    }

    /// Where a closing "{#…}" starts: the last "{#" of text that ends in "}".
    private static func trailingIDStart(_ text: ArraySlice<UInt8>) -> Int? {
        guard text.last == UInt8(ascii: "}") else { return nil }
        var index = text.endIndex - 1
        while index > text.startIndex {
            index -= 1
            if text[index] == UInt8(ascii: "{") && text[index + 1] == UInt8(ascii: "#") { return index }
        }
        return nil
    }

    private static func string(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}

private extension ArraySlice<UInt8> {
    func begins(with marker: String) -> Bool {
        starts(with: marker.utf8)
    }
}

/// A mistake carried through `Result`, which needs an `Error`.
struct MistakeError: Error {
    var column: Int
    var message: String
}
