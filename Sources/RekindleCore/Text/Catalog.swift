/// The interface's words, one catalogue per language: `en.catalog`, `fr.catalog`,
/// compiled into the binary. A catalogue is a plain text file of `key = text` lines
/// rather than Swift, so a translator edits words without Swift's quoting, and a test
/// compares every catalogue's keys with English's and with the keys the code uses.
/// `{0}`, `{1}` in a text stand for the arguments, in the order given; `\n` is a new line.
public enum Catalog {
    /// The interface's language, chosen once at start (`--lang`, else the locale) and
    /// set around the whole run with `Catalog.$language.withValue`. A task-local value
    /// rather than a global variable: safe under strict concurrency, and a test can
    /// render a French screen while others render English ones in parallel.
    @TaskLocal public static var language: Language = .english

    /// The text of `key` in the current language, else in English, else the key itself.
    public static func text(_ key: String, _ arguments: [any CustomStringConvertible]) -> String {
        let template = entries(language)[key] ?? english[key] ?? key
        guard !arguments.isEmpty, template.contains("{") else { return template }
        var result = template
        for (index, argument) in arguments.enumerated() {
            result = result.replacing("{\(index)}", with: argument.description)
        }
        return result
    }

    /// A catalogue's entries, for the test that compares them.
    public static func entries(_ language: Language) -> [String: String] {
        switch language {
        case .english: english
        case .french: french
        }
    }

    private static let english = parse(PackageResources.en_catalog)
    private static let french = parse(PackageResources.fr_catalog)

    /// `key = text` lines; blank lines and lines starting with `#` are skipped.
    static func parse(_ bytes: [UInt8]) -> [String: String] {
        var entries: [String: String] = [:]
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
            guard let equals = line.firstRange(of: " = ") else { continue }
            let key = String(line[..<equals.lowerBound])
            let text = String(line[equals.upperBound...])
            // Most lines have no "\\n": replacing in every one was most of the parse,
            // which every start pays (start-up budget, PERFORMANCE.md).
            entries[key] = text.contains("\\") ? text.replacing("\\n", with: "\n") : text
        }
        return entries
    }
}

/// The interface text of `key` in the current language, with `{0}`, `{1}`… filled in:
/// `L("store.notFound", name)`.
public func L(_ key: String, _ arguments: any CustomStringConvertible...) -> String {
    Catalog.text(key, arguments)
}
