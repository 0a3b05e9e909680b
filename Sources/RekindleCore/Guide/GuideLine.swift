/// One source line of a guide, classified. The parser's grammar lives here so the
/// parser itself only has to assemble parts.
///
/// Lines are read as UTF-8 bytes: every mark of the grammar is ASCII, and only the
/// texts a guide keeps become Strings. Working on Characters (grapheme breaking in
/// every trim and prefix) was most of a parse.
enum GuideLine: Equatable {
    case blank
    case title(String, id: String?)
    case heading(String, id: String?, classes: Set<GuideClass>)
    /// `### Title`: a group of the help section.
    case group(String, id: String?)
    case closingRule
    case item(Item)
    case prompt(String)
    /// `^ #part Caption`: an earlier part's notes shown in this one.
    case carried(partID: String, caption: String, column: Int)
    case bullet(String)
    case text(String)
    /// A line that looks like an attempt at the syntax but is not quite it.
    case mistake(column: Int, message: String)

    /// A `- [ ] ` line: the item's text and what its attributes and duration say.
    struct Item: Equatable {
        var text: String
        var id: String?
        var isDecision = false
        var isNoContactPeriod = false
        var duration: TimedDuration?
        /// Where its `{…}` starts, to place a problem with a class; 1 without one.
        var attributesColumn = 1
    }

    /// Classifies one line: valid UTF-8, without its line break.
    static func classify(_ line: ArraySlice<UInt8>) -> GuideLine {
        let body = line.trimmingTrailingBlanks().trimmingLeadingBlanks()
        guard let first = body.first else { return .blank }
        let place = Place(lineStart: line.startIndex)
        let column = place.column(of: body.startIndex)

        if first == UInt8(ascii: "#") { return heading(body, place: place) }
        if body.count >= 3 && body.allSatisfy({ $0 == UInt8(ascii: "-") }) { return .closingRule }
        if let item = checklistItem(body, place: place) { return item }
        if body.count == 1 && first == UInt8(ascii: "?") { return .mistake(column: column, message: L("guide.emptyPrompt")) }
        if body.begins(with: "? ") {
            let text = body.dropFirst(2).trimmingLeadingBlanks()
            return text.isEmpty ? .mistake(column: column, message: L("guide.emptyPrompt")) : .prompt(string(text))
        }
        if first == UInt8(ascii: "^"), let carried = carriedNote(body, place: place) { return carried }
        if body.begins(with: "- ") || body.begins(with: "* ") {
            return .bullet(string(body.dropFirst(2).trimmingLeadingBlanks()))
        }
        if let idStart = trailingAttributesStart(body, classesToo: false) {
            return .mistake(column: place.column(of: idStart),
                            message: L("guide.idMisplaced"))
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
            return .mistake(column: column, message: L("guide.headingSpace", String(repeating: "#", count: hashes)))
        }
        guard hashes <= 3 else {
            return .mistake(column: column, message: L("guide.headingLevel"))
        }
        switch splitAttributes(rest.trimmingLeadingBlanks(), place: place) {
        case .failure(let mistake): return .mistake(column: mistake.column, message: mistake.message)
        case .success(let attributes):
            let (text, id, classes) = (attributes.text, attributes.id, attributes.classes)
            if text.isEmpty { return .mistake(column: column, message: L("guide.headingText")) }
            guard hashes == 2 else {
                if !classes.isEmpty { return .mistake(column: attributes.column, message: GuideClass.onlyOnStepsAndItems) }
                return hashes == 1 ? .title(text, id: id) : .group(text, id: id)
            }
            if let misplaced = GuideClass.allCases.first(where: { $0.isForItems && classes.contains($0) }) {
                return .mistake(column: attributes.column,
                                message: L("guide.classForItem", misplaced.rawValue, GuideClass.forHeadings))
            }
            if classes.contains(.contact) && classes.contains(.movingOn) {
                return .mistake(column: attributes.column,
                                message: L("guide.contactAndMovingOn"))
            }
            return .heading(text, id: id, classes: classes)
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
                return .mistake(column: column, message: L("guide.itemChecked"))
            }
            return .mistake(column: column, message: L("guide.itemMalformed"))
        }
        var rest = body.dropFirst(itemMarkers[marker].utf8.count)
        guard rest.first?.isBlank == true else {
            return .mistake(column: column, message: rest.isEmpty ? L("guide.itemText") : L("guide.itemMalformed"))
        }
        var duration: TimedDuration?
        switch TimedDuration.read(endOf: rest) {
        case .none: break
        case .duration(let read, let before):
            duration = read
            rest = before
        case .mistake(let at, let message): return .mistake(column: place.column(of: at), message: message)
        }
        // "Text (7 days) {#id}" has its duration where it would be read as text.
        if let attributesStart = trailingAttributesStart(rest, classesToo: true),
           case let before = rest[..<attributesStart].trimmingTrailingBlanks(),
           !TimedDuration.read(endOf: before).isNone, let open = before.lastIndex(of: UInt8(ascii: "(")) {
            return .mistake(column: place.column(of: open), message: L("guide.durationPlace"))
        }
        switch splitAttributes(rest.trimmingLeadingBlanks(), place: place) {
        case .failure(let mistake): return .mistake(column: mistake.column, message: mistake.message)
        case .success(let attributes):
            if attributes.text.isEmpty { return .mistake(column: column, message: L("guide.itemText")) }
            return item(attributes, duration: duration)
        }
    }

    /// The item its attributes and duration make, if its classes fit an item.
    private static func item(_ attributes: Attributes, duration: TimedDuration?) -> GuideLine {
        let classes = attributes.classes
        if let misplaced = GuideClass.allCases.first(where: { !$0.isForItems && classes.contains($0) }) {
            return .mistake(column: attributes.column,
                            message: L("guide.classForHeading", misplaced.rawValue, GuideClass.forItems))
        }
        if classes.contains(.decision) && classes.contains(.noContact) {
            return .mistake(column: attributes.column, message: L("guide.decisionAndNoContact"))
        }
        if classes.contains(.noContact) && duration == nil {
            return .mistake(column: attributes.column,
                            message: L("guide.noContactDuration"))
        }
        return .item(Item(text: attributes.text, id: attributes.id, isDecision: classes.contains(.decision),
                          isNoContactPeriod: classes.contains(.noContact), duration: duration, attributesColumn: attributes.column))
    }

    /// `^ #part Caption`. A line that starts with "^" and then a blank or a "#" is an
    /// attempt at one; any other is text.
    private static func carriedNote(_ body: ArraySlice<UInt8>, place: Place) -> GuideLine? {
        let column = place.column(of: body.startIndex)
        // Only a mistake needs the example's words.
        var example: String { L("guide.carriedExample") }
        let afterMark = body.dropFirst()
        if afterMark.first == UInt8(ascii: "#") {
            return .mistake(column: column, message: L("guide.carriedSpace", example))
        }
        guard afterMark.isEmpty || afterMark.first?.isBlank == true else { return nil }
        let rest = afterMark.trimmingLeadingBlanks()
        guard rest.first == UInt8(ascii: "#") else {
            return .mistake(column: column, message: L("guide.carriedForm", example))
        }
        let idColumn = place.column(of: rest.startIndex)
        let idEnd = rest.firstIndex(where: \.isBlank) ?? rest.endIndex
        let partID = string(rest[(rest.startIndex + 1)..<idEnd])
        guard Slug.isValidID(partID) else {
            return .mistake(column: idColumn, message: L("guide.invalidID", partID))
        }
        let caption = rest[idEnd...].trimmingLeadingBlanks()
        guard !caption.isEmpty else {
            return .mistake(column: idColumn, message: L("guide.carriedCaption", partID, example))
        }
        return .carried(partID: partID, caption: string(caption), column: idColumn)
    }

    /// A line's text and its trailing `{#id .class}`, and where that starts.
    private struct Attributes {
        var text: String
        var id: String?
        var classes: Set<GuideClass> = []
        /// The column of its "{", or 1 when there are none.
        var column = 1
    }

    /// Splits "Text {#id .class}" (Pandoc's attribute syntax, `{#id}` and `{.class}`
    /// alone too) into its text, id and classes, checking each. The id runs to the
    /// first blank before a ".", so "{#no way}" is reported as the invalid id it is.
    private static func splitAttributes(_ text: ArraySlice<UInt8>, place: Place) -> Result<Attributes, MistakeError> {
        guard let start = trailingAttributesStart(text, classesToo: true) else { return .success(Attributes(text: string(text))) }
        let column = place.column(of: start)
        var inside = text[(start + 1)..<(text.endIndex - 1)]
        var id: String?
        if inside.first == UInt8(ascii: "#") {
            let classesStart = inside.indices.first {
                inside[$0].isBlank && inside[$0...].trimmingLeadingBlanks().first == UInt8(ascii: ".")
            } ?? inside.endIndex
            let name = string(inside[(inside.startIndex + 1)..<classesStart])
            guard Slug.isValidID(name) else {
                return .failure(MistakeError(column: column, message: L("guide.invalidID", name)))
            }
            id = name
            inside = inside[classesStart...]
        }
        var classes: Set<GuideClass> = []
        for word in inside.split(whereSeparator: \.isBlank) {
            guard word.first == UInt8(ascii: "."), let known = GuideClass(rawValue: string(word.dropFirst())) else {
                return .failure(MistakeError(column: column, message: L("guide.unknownClass", string(word), GuideClass.whereEachGoes)))
            }
            classes.insert(known)
        }
        return .success(Attributes(text: string(text[..<start].trimmingTrailingBlanks()), id: id, classes: classes, column: column))
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

/// What a class in `{…}` makes of a step or an item.
/// (`allCases` gives the order in which problems name them: a Set has none.)
enum GuideClass: String, CaseIterable {
    /// `{.help}` on a heading: the guide's "Need help now" section, which is not a step.
    case help
    /// `{.contact}` on a heading: a step about getting in touch with the other person.
    case contact
    /// `{.moving-on}` on a heading: a step that serves anyone, whether or not they reconcile.
    case movingOn = "moving-on"
    /// `{.drafts}` on a heading: the step offers a draft box with a cooling-off day.
    case drafts
    /// `{.decision}` on an item: it records the answer to "is reconciling healthy for both of us?".
    case decision
    /// `{.no-contact}` on an item: the person's no-contact period.
    case noContact = "no-contact"

    /// Whether the class goes on a checklist item rather than a `## ` heading.
    var isForItems: Bool { self == .decision || self == .noContact }

    // Computed: the words are in the current language.
    static var forHeadings: String { L("guide.classesForHeadings") }
    static var forItems: String { L("guide.classesForItems") }
    static var whereEachGoes: String { L("guide.whereClassesGo", forHeadings, forItems) }
    static var onlyOnStepsAndItems: String { L("guide.classOnlyOnStepsAndItems") }
}

/// A mistake carried through `Result`, which needs an `Error`.
struct MistakeError: Error {
    var column: Int
    var message: String
}
