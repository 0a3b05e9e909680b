// MARK: - The one-line form of a service

extension HelpService {
    /// The service as one line, the way a guide writes it after "- ":
    /// "Samaritans (UK): call 116 123; samaritans.org".
    public var line: String {
        (region.map { "\(name) (\($0))" } ?? name) + ": " + ways.joined(separator: "; ")
    }

    /// Reads a service line of the help section (the text after "- "): a name, an
    /// optional region in parentheses, a colon, then the ways to reach it separated
    /// by ";". The first ": " ends the name, so a website ("https://…") may follow.
    static func read(_ text: String) -> Result<HelpService, MistakeError> {
        // Only a mistake needs the example's words.
        var example: String { L("guide.serviceExample") }
        let colon = text.firstRange(of: ": ") ?? (text.hasSuffix(":") ? text.index(before: text.endIndex)..<text.endIndex : nil)
        guard let colon else {
            return .failure(MistakeError(column: 1, message: L("guide.serviceForm", example)))
        }
        var name = trimmed(text[..<colon.lowerBound])
        var region: String?
        if name.hasSuffix(")"), let open = name.ranges(of: " (").last {
            region = trimmed(name[open.upperBound..<name.index(before: name.endIndex)])
            name = trimmed(name[..<open.lowerBound])
        }
        let ways = text[colon.upperBound...].split(separator: ";").map(trimmed).filter { !$0.isEmpty }
        guard !name.isEmpty else {
            return .failure(MistakeError(column: 1, message: L("guide.serviceName", example)))
        }
        guard !ways.isEmpty else {
            return .failure(MistakeError(column: 1, message: L("guide.serviceWay", example)))
        }
        return .success(HelpService(name: name, region: region?.isEmpty == true ? nil : region, ways: ways))
    }

    /// Without the spaces and tabs around it, the only blanks the guide format knows.
    private static func trimmed(_ text: Substring) -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        var text = text.drop(while: isBlank)
        while let last = text.last, isBlank(last) { text.removeLast() }
        return String(text)
    }
}
