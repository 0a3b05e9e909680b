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
        guard !arguments.isEmpty else { return template }
        return filled(template, with: arguments.map(\.description))
    }

    /// `template` with each `{N}` replaced by `values[N]`, in one pass over its bytes, so
    /// that a value holding "{1}" stays as it is. (A `replacing` per argument was a
    /// twentieth of every key's time, the footer and header asking for a dozen texts:
    /// key budget, PERFORMANCE.md.)
    static func filled(_ template: String, with values: [String]) -> String {
        let bytes = template.utf8
        var result = ""
        var copied = bytes.startIndex, searched = bytes.startIndex
        while let open = bytes[searched...].firstIndex(of: UInt8(ascii: "{")) {
            searched = bytes.index(after: open)
            guard let close = bytes[searched...].firstIndex(of: UInt8(ascii: "}")),
                  let index = Int(template[searched..<close]), values.indices.contains(index) else { continue }
            result += template[copied..<open]
            result += values[index]
            copied = bytes.index(after: close)
            searched = copied
        }
        return result + template[copied...]
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
    /// Read as bytes, not as Characters: every start parses English (the first screen
    /// needs its words), and splitting by Character was a third of the time before
    /// any screen (start-up budget, PERFORMANCE.md).
    static func parse(_ bytes: [UInt8]) -> [String: String] {
        var entries: [String: String] = [:]
        entries.reserveCapacity(1_024)
        var start = bytes.startIndex
        while start < bytes.endIndex {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            let line = bytes[start..<end]
            start = end + 1
            // A key has no spaces: the first space starts " = ".
            guard line.first != UInt8(ascii: "#"), let space = line.firstIndex(of: UInt8(ascii: " ")),
                  line[space...].starts(with: " = ".utf8) else { continue }
            entries[String(decoding: line[..<space], as: UTF8.self)] = unescaped(line[(space + 3)...])
        }
        return entries
    }

    /// A catalogue text with each `\n` made a new line.
    private static func unescaped(_ text: ArraySlice<UInt8>) -> String {
        guard text.contains(UInt8(ascii: "\\")) else { return String(decoding: text, as: UTF8.self) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count)
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == UInt8(ascii: "\\"), index + 1 < text.endIndex, text[index + 1] == UInt8(ascii: "n") {
                bytes.append(UInt8(ascii: "\n"))
                index += 2
            } else {
                bytes.append(text[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The interface text of `key` in the current language, with `{0}`, `{1}`… filled in:
/// `L("store.notFound", name)`.
public func L(_ key: String, _ arguments: any CustomStringConvertible...) -> String {
    Catalog.text(key, arguments)
}
