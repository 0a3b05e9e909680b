/// Turns headings and item text into ids that survive re-reading the same words:
/// lowercase ASCII letters and digits joined by single dashes.
public enum Slug {
    /// The longest slug kept, so ids stay readable in JSON and on the command line.
    public static let maximumLength = 48

    /// The slug of `text`, or nil if it has no letters or digits at all.
    public static func make(_ text: String) -> String? {
        var out = ""
        var pendingDash = false
        for scalar in text.unicodeScalars {
            let lower = scalar.properties.lowercaseMapping
            guard let first = lower.unicodeScalars.first, lower.unicodeScalars.count == 1,
                  first.isASCII, first.properties.isAlphabetic || ("0"..."9").contains(first)
            else {
                if scalar == "'" || scalar == "\u{2019}" { continue }
                pendingDash = !out.isEmpty
                continue
            }
            if out.count >= maximumLength { break }
            if pendingDash { out.append("-"); pendingDash = false }
            out.unicodeScalars.append(first)
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? nil : out
    }

    /// Whether `id` is usable as an explicit `{#id}`: letters, digits, `-`, `_` and `.`.
    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64 && id.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0))
        }
    }
}
