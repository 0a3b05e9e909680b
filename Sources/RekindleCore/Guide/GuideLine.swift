/// One source line of a guide, classified. The parser's grammar lives here so the
/// parser itself only has to assemble parts.
///
/// Lines are read as UTF-8 bytes: every mark of the grammar is ASCII, and only the
/// texts a guide keeps become Strings. Working on Characters (grapheme breaking in
/// every trim and prefix) was most of a parse.
enum GuideLine: Equatable {
    case blank
    case title(String, id: String?)
    case heading(String, id: String?, classes: Set<HeadingClass>)
    /// `### Title`: a group of the help section.
    case group(String, id: String?)
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
        if let idStart = trailingAttributesStart(body, classesToo: false) {
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
        guard hashes <= 3 else {
            return .mistake(column: column, message: "only '#' (the title), '##' (a step) and, in the help section, '###' (a group) headings are allowed")
        }
        switch splitAttributes(rest.trimmingLeadingBlanks(), place: place) {
        case .failure(let mistake): return .mistake(column: mistake.column, message: mistake.message)
        case .success(let (text, id, classes)):
            if text.isEmpty { return .mistake(column: column, message: "a heading needs text") }
            if hashes == 2 { return .heading(text, id: id, classes: classes) }
            if !classes.isEmpty { return .mistake(column: column, message: classOnlyOnSections) }
            return hashes == 1 ? .title(text, id: id) : .group(text, id: id)
        }
    }

    private static let classOnlyOnSections = "a class ('{.help}', '{.contact}') can be given only on a '## ' heading"

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
        switch splitAttributes(rest.trimmingLeadingBlanks(), place: place) {
        case .failure(let mistake): return .mistake(column: mistake.column, message: mistake.message)
        case .success(let (text, id, classes)):
            if !classes.isEmpty { return .mistake(column: column, message: classOnlyOnSections) }
            return text.isEmpty ? .mistake(column: column, message: "a checklist item needs text") : .item(text, id: id)
        }
    }

    /// Splits "Text {#id .class}" (Pandoc's attribute syntax, `{#id}` and `{.class}`
    /// alone too) into its text, id and classes, checking each. The id runs to the
    /// first blank before a ".", so "{#no way}" is reported as the invalid id it is.
    private static func splitAttributes(_ text: ArraySlice<UInt8>, place: Place)
        -> Result<(String, String?, Set<HeadingClass>), MistakeError> {
        guard let start = trailingAttributesStart(text, classesToo: true) else { return .success((string(text), nil, [])) }
        let column = place.column(of: start)
        var inside = text[(start + 1)..<(text.endIndex - 1)]
        var id: String?
        if inside.first == UInt8(ascii: "#") {
            let classesStart = inside.indices.first {
                inside[$0].isBlank && inside[$0...].trimmingLeadingBlanks().first == UInt8(ascii: ".")
            } ?? inside.endIndex
            let name = string(inside[(inside.startIndex + 1)..<classesStart])
            guard Slug.isValidID(name) else {
                return .failure(MistakeError(column: column, message: "invalid id '\(name)': use letters, digits, '-', '_' or '.'"))
            }
            id = name
            inside = inside[classesStart...]
        }
        var classes: Set<HeadingClass> = []
        for word in inside.split(whereSeparator: \.isBlank) {
            guard word.first == UInt8(ascii: "."), let known = HeadingClass(rawValue: string(word.dropFirst())) else {
                return .failure(MistakeError(column: column, message: "unknown class '\(string(word))': use '.help' (the help section) or '.contact' (a step about getting in touch)"))
            }
            classes.insert(known)
        }
        return .success((string(text[..<start].trimmingTrailingBlanks()), id, classes))
    }

    /// Where a closing "{#…}" (or, with `classesToo`, "{.…}") starts: the last such
    /// opening of text that ends in "}".
    private static func trailingAttributesStart(_ text: ArraySlice<UInt8>, classesToo: Bool) -> Int? {
        guard text.last == UInt8(ascii: "}") else { return nil }
        var index = text.endIndex - 1
        while index > text.startIndex {
            index -= 1
            guard text[index] == UInt8(ascii: "{") else { continue }
            let next = text[index + 1]
            if next == UInt8(ascii: "#") || (classesToo && next == UInt8(ascii: ".")) { return index }
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

/// What a class on a `## ` heading makes of its section.
enum HeadingClass: String {
    /// `{.help}`: the guide's "Need help now" section, which is not a step.
    case help
    /// `{.contact}`: a step about getting in touch with the other person.
    case contact
}

/// A mistake carried through `Result`, which needs an `Error`.
struct MistakeError: Error {
    var column: Int
    var message: String
}
