/// Turns headings and item text into ids that survive re-reading the same words:
/// lowercase ASCII letters and digits joined by single dashes.
public enum Slug {
    /// The longest slug kept, so ids stay readable in JSON and on the command line.
    public static let maximumLength = 48

    /// The slug of `text`, or nil if it has no letters or digits at all.
    public static func make(_ text: String) -> String? {
        make(text, in: nil)
    }

    /// The slug of `text`, after "part." when `part` is given (an item's id within
    /// its part), or nil if `text` has no letters or digits at all.
    static func make(_ text: String, in part: String?) -> String? {
        var slug = ""
        var pendingDash = false
        for scalar in text.unicodeScalars {
            switch folded(scalar) {
            case "'":
                continue
            case let letter?:
                guard slug.count + (pendingDash ? 2 : 1) <= maximumLength else { return finished(slug, in: part) }
                if pendingDash { slug.append("-") }
                pendingDash = false
                slug.unicodeScalars.append(letter)
            case nil:
                pendingDash = !slug.isEmpty
            }
        }
        return finished(slug, in: part)
    }

    private static func finished(_ slug: String, in part: String?) -> String? {
        guard !slug.isEmpty else { return nil }
        return part.map { qualified(slug, in: $0) } ?? slug
    }

    /// "part.item" for an item's id within its part.
    static func qualified(_ item: String, in part: String) -> String { "\(part).\(item)" }

    /// What a scalar counts as in a slug: the lowercase ASCII letter or digit it folds
    /// to ("A" is "a", the Kelvin sign is "k"), an apostrophe (typographic ’ too),
    /// which is left out, or nil for anything else, which separates words.
    private static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if scalar == "'" || scalar == "\u{2019}" { return "'" }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        guard let first = lower.first, lower.count == 1, first.isASCII,
              ("a"..."z").contains(first) || ("0"..."9").contains(first) else { return nil }
        return first
    }

    /// Whether `id` is usable as an explicit `{#id}`: letters, digits, `-`, `_` and `.`.
    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64 && id.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0))
        }
    }
}
