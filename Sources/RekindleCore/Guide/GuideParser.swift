/// Reads the guide format (see docs/guide-format.md) and reports every problem at
/// once, so an author can fix a guide in one pass. It never traps, whatever the bytes.
public struct GuideParser {
    /// The name used in problem locations.
    public var file: String

    public init(file: String) { self.file = file }

    /// The guide in `bytes`, or a `GuideError` listing every problem.
    public func parse(_ bytes: [UInt8]) throws(GuideError) -> Guide {
        var builder = Builder(file: file)
        var lineNumber = 0
        // A UTF-8 byte-order mark (some editors start files with one) is not part of the
        // first line: skipped, so columns count from the first visible character.
        var lineStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.startIndex + 3 : bytes.startIndex
        while lineStart < bytes.endIndex || lineNumber == 0 {
            lineNumber += 1
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            var line = bytes[lineStart..<lineEnd]
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            builder.read(line: checked(line, lineNumber: lineNumber, into: &builder.problems), number: lineNumber)
            lineStart = lineEnd == bytes.endIndex ? lineEnd : bytes.index(after: lineEnd)
        }
        return try builder.finish(contentHash: ContentHash.of(bytes), lastLine: lineNumber)
    }

    /// The line's bytes once they are known to be text; invalid UTF-8 and NUL bytes
    /// are reported, and a line with invalid UTF-8 is read as its repaired text.
    private func checked(_ line: ArraySlice<UInt8>, lineNumber: Int, into problems: inout [GuideProblem]) -> ArraySlice<UInt8> {
        if let nul = line.firstIndex(of: 0) {
            problems.append(problem(lineNumber, line.distance(from: line.startIndex, to: nul) + 1, L("guide.nul")))
        }
        if String(validating: line, as: UTF8.self) != nil { return line }
        var decoder = UTF8()
        var iterator = line.makeIterator()
        var offset = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += String(scalar).utf8.count
            case .emptyInput: break loop
            case .error:
                problems.append(problem(lineNumber, offset + 1, L("guide.utf8")))
                break loop
            }
        }
        return ArraySlice(String(decoding: line, as: UTF8.self).utf8)
    }

    private func problem(_ line: Int, _ column: Int, _ message: String) -> GuideProblem {
        GuideProblem(file: file, line: line, column: column, message: message)
    }
}

/// Assembles parts from classified lines and checks the whole at the end.
private struct Builder {
    let file: String
    var problems: [GuideProblem] = []
    var title: (text: String, id: String?, line: Int)?
    var parts: [Part] = []
    var headingLines: [Int] = []
    var opening: [String] = []
    var paragraph: [String] = []
    var inClosing = false
    var closingRuleLine: Int?
    /// The help section, where it starts, and where each of its groups starts.
    var help: HelpResources?
    var helpLine = 0
    var groupLines: [Int] = []
    /// Whether the lines being read belong to the help section.
    var inHelp = false
    /// Where each id was first used; "opening" is taken by the opening part.
    var idLines: [String: Int] = ["opening": 0]
    /// Where the guide's one `.decision` item and one `.no-contact` item are.
    var decisionLine: Int?
    var noContactLine: Int?
    /// Every `^ #part Caption` line, checked once all the parts are known.
    var carriedLines: [(part: Int, partID: String, line: Int, column: Int)] = []

    init(file: String) { self.file = file }

    mutating func read(line bytes: ArraySlice<UInt8>, number: Int) {
        let line = GuideLine.classify(bytes)
        if case .blank = line { return endParagraph() }
        if title == nil, !isTitle(line) {
            if problems.allSatisfy({ $0.message != L("guide.noTitle") }) {
                report(number, 1, L("guide.noTitle"))
            }
            return
        }
        switch line {
        case .blank: break
        case .title(let text, let id):
            if title != nil {
                report(number, 1, L("guide.secondTitle"))
            } else {
                title = (text, id, number)
            }
        case .heading(let text, let id, let classes):
            endParagraph()
            if classes.contains(.help) { return startHelp(text, id: id, classes: classes, line: number) }
            inHelp = false
            if inClosing && parts.last?.kind == .closing {
                report(number, 1, L("guide.closingOneSection"))
                return
            }
            let derived = id ?? Slug.make(text)
            if derived == nil { report(number, 4, L("guide.headingNoID")) }
            let part = Part(id: derived ?? "part-\(number)", kind: inClosing ? .closing : .step, title: text,
                            involvesContact: classes.contains(.contact), servesAnyone: classes.contains(.movingOn),
                            hasDrafts: classes.contains(.drafts))
            claim(part.id, line: number)
            parts.append(part)
            headingLines.append(number)
        case .group(let text, let id):
            endParagraph()
            startGroup(text, id: id, line: number)
        case .closingRule:
            endParagraph()
            inHelp = false
            if inClosing { report(number, 1, L("guide.secondRule")) }
            inClosing = true
            closingRuleLine = number
        case .item(let line):
            endParagraph()
            addItem(line, number: number)
        case .prompt(let text):
            endParagraph()
            if inHelp { return report(number, 1, L("guide.helpNoPrompts")) }
            guard let part = parts.indices.last, !(inClosing && parts[part].kind != .closing) else {
                return report(number, 1, L("guide.promptOutside"))
            }
            parts[part].prompts.append(text)
        case .carried(let partID, let caption, let column):
            endParagraph()
            addCarried(partID: partID, caption: caption, line: number, column: column)
        case .bullet(let text):
            endParagraph()
            if inHelp { return addService(text, line: number) }
            paragraph = ["• " + text]
        case .text(let text):
            if inHelp { return paragraph.append(text) }
            if inClosing && parts.last?.kind != .closing {
                return report(number, 1, L("guide.closingHeading"))
            }
            paragraph.append(text)
        case .mistake(let column, let message):
            report(number, column, message)
        }
    }

    func isTitle(_ line: GuideLine) -> Bool {
        if case .title = line { return true }
        return false
    }

    mutating func endParagraph() {
        guard !paragraph.isEmpty else { return }
        // Most paragraphs are one line, kept as they are rather than copied by joining.
        let text = paragraph.count == 1 ? paragraph[0] : paragraph.joined(separator: " ")
        paragraph.removeAll(keepingCapacity: true)
        if inHelp, let group = help?.groups.indices.last {
            help?.groups[group].notes.append(text)
        } else if inHelp {
            help?.intro.append(text)
        } else if let last = parts.indices.last { parts[last].guidance.append(text) } else { opening.append(text) }
    }

    mutating func report(_ line: Int, _ column: Int, _ message: String) {
        problems.append(GuideProblem(file: file, line: line, column: column, message: message))
    }

    mutating func finish(contentHash: String, lastLine: Int) throws(GuideError) -> Guide {
        endParagraph()
        guard let title else {
            if problems.isEmpty { report(1, 1, L("guide.noTitle")) }
            throw GuideError(problems: problems)
        }
        if parts.allSatisfy({ $0.kind != .step }) { report(lastLine, 1, L("guide.noSteps")) }
        if inClosing && parts.last?.kind != .closing, let rule = closingRuleLine {
            report(rule, 1, L("guide.ruleThenHeading"))
        }
        for (part, line) in zip(parts, headingLines)
        where part.guidance.isEmpty && part.checklist.isEmpty && part.prompts.isEmpty {
            report(line, 1, L("guide.emptyStep", part.title))
        }
        checkHelp()
        checkCarried()
        guard problems.isEmpty else {
            throw GuideError(problems: problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) })
        }
        if !opening.isEmpty {
            // Inserted rather than concatenated: a new array copied (and retained) every part.
            parts.insert(Part(id: "opening", kind: .opening, title: title.text, guidance: opening), at: 0)
        }
        return Guide(id: title.id ?? Slug.make(title.text) ?? "guide", title: title.text,
                     contentHash: contentHash, parts: parts, help: help)
    }

    // MARK: Items and carried notes

    /// A `- [ ] ` line: an item of the current step.
    mutating func addItem(_ line: GuideLine.Item, number: Int) {
        if inHelp { return report(number, 1, L("guide.helpNoItems")) }
        guard let part = parts.indices.last, !(inClosing && parts[part].kind != .closing) else {
            return report(number, 1, L("guide.itemOutside"))
        }
        let slug = line.id.map { Slug.qualified($0, in: parts[part].id) } ?? Slug.make(line.text, in: parts[part].id)
        if slug == nil { report(number, 7, L("guide.itemNoID")) }
        let item = ChecklistItem(id: slug ?? "\(parts[part].id).item-\(number)", text: line.text, duration: line.duration,
                                 isDecision: line.isDecision, isNoContactPeriod: line.isNoContactPeriod)
        claim(item.id, line: number)
        if item.isDecision { decisionLine = claimOnce(decisionLine, { L("guide.onlyOneDecision", $0) }, line: number, column: line.attributesColumn) }
        if item.isNoContactPeriod {
            noContactLine = claimOnce(noContactLine, { L("guide.onlyOneNoContact", $0) }, line: number, column: line.attributesColumn)
        }
        parts[part].checklist.append(item)
    }

    /// The line of the guide's one such item: this one, or the first, reporting this second one.
    mutating func claimOnce(_ first: Int?, _ problem: (_ firstLine: Int) -> String, line: Int, column: Int) -> Int {
        guard let first else { return line }
        report(line, column, problem(first))
        return first
    }

    /// A `^ #part Caption` line: an earlier part's notes, shown in the current part.
    mutating func addCarried(partID: String, caption: String, line: Int, column: Int) {
        if inHelp { return report(line, 1, L("guide.helpNoCarried")) }
        guard let part = parts.indices.last, !(inClosing && parts[part].kind != .closing) else {
            return report(line, 1, L("guide.carriedOutside"))
        }
        if let first = carriedLines.first(where: { $0.part == part && $0.partID == partID }) {
            return report(line, column, L("guide.carriedTwice", partID, first.line))
        }
        carriedLines.append((part, partID, line, column))
        parts[part].carried.append(CarriedNote(partID: partID, caption: caption))
    }

    /// Each carried note names a part that comes before the one showing it.
    mutating func checkCarried() {
        for carried in carriedLines {
            let (line, column, name) = (carried.line, carried.column, "'#\(carried.partID)'")
            guard let target = parts.firstIndex(where: { $0.id == carried.partID }) else {
                report(line, column, L("guide.unknownPart", name))
                continue
            }
            if target == carried.part {
                report(line, column, L("guide.carriesItself", name))
            } else if target > carried.part {
                report(line, column, L("guide.carriesLater", name))
            }
        }
    }

    // MARK: The help section

    /// A `## Title {.help}` heading: the section is kept apart from the parts, so it is
    /// never counted as a step nor breaks the closing's one section.
    mutating func startHelp(_ text: String, id: String?, classes: Set<GuideClass>, line: Int) {
        inHelp = true
        if classes.contains(.contact) { report(line, 1, L("guide.helpNotContact")) }
        for stepClass in [GuideClass.movingOn, .drafts] where classes.contains(stepClass) {
            report(line, 1, L("guide.helpNotStep", stepClass.rawValue))
        }
        guard help == nil else {
            return report(line, 1, L("guide.secondHelp", helpLine))
        }
        let derived = id ?? Slug.make(text)
        if derived == nil { report(line, 4, L("guide.headingNoID")) }
        let helpID = derived ?? "help"
        claim(helpID, line: line)
        help = HelpResources(id: helpID, title: text)
        helpLine = line
    }

    /// A `### Title` heading: a group of the help section, and nowhere else.
    mutating func startGroup(_ text: String, id: String?, line: Int) {
        guard inHelp, let section = help?.id else {
            return report(line, 1, L("guide.groupOutside"))
        }
        let derived = id.map { Slug.qualified($0, in: section) } ?? Slug.make(text, in: section)
        if derived == nil { report(line, 5, L("guide.groupNoID")) }
        let groupID = derived ?? "\(section).group-\(line)"
        claim(groupID, line: line)
        help?.groups.append(HelpGroup(id: groupID, title: text))
        groupLines.append(line)
    }

    /// A `- ` line of the help section: a service of the current group.
    mutating func addService(_ text: String, line: Int) {
        guard let group = help?.groups.indices.last else {
            return report(line, 1, L("guide.serviceOutside"))
        }
        switch HelpService.read(text) {
        case .success(let service): help?.groups[group].services.append(service)
        case .failure(let mistake): report(line, 1, mistake.message)
        }
    }

    /// A help section people can use: at least one group, and a service in each.
    mutating func checkHelp() {
        guard let help else { return }
        if help.groups.isEmpty {
            report(helpLine, 1, L("guide.helpNoGroups", help.title))
        }
        for (group, line) in zip(help.groups, groupLines) where group.services.isEmpty {
            report(line, 1, L("guide.groupNoServices", group.title))
        }
    }

    mutating func claim(_ id: String, line: Int) {
        // One lookup for a new id (nearly all of them); a duplicate puts the first back.
        guard let first = idLines.updateValue(line, forKey: id) else { return }
        idLines[id] = first
        report(line, 1, first == 0 ? L("guide.reservedID") : L("guide.duplicateID", id, first))
    }
}
