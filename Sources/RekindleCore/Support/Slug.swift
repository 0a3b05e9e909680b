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
    ///
    /// Written straight into the string's storage, in one allocation: a growing byte
    /// array, its decoding and joining the part's id on were nearly half of a parse.
    static func make(_ text: String, in part: String?) -> String? {
        let prefix = part.map { $0.utf8.count + 1 } ?? 0
        let slug = String(unsafeUninitializedCapacity: prefix + maximumLength) { out in
            if let part {
                out[out.initialize(fromContentsOf: part.utf8)] = UInt8(ascii: ".")
            }
            var writer = Writer(out: out, start: prefix)
            var text = text
            text.withUTF8 { writer.write($0) }
            return writer.count
        }
        return slug.utf8.count == prefix ? nil : slug
    }

    /// A slug being written into a string's storage after `start` bytes: a struct, as
    /// a nested function's captured counters were checked for exclusive access on
    /// every byte.
    private struct Writer {
        let out: UnsafeMutableBufferPointer<UInt8>
        let start: Int
        var count: Int
        var pendingDash = false

        init(out: UnsafeMutableBufferPointer<UInt8>, start: Int) {
            self.out = out
            self.start = start
            count = start
        }

        mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                // The common case, ASCII, without decoding or Unicode property lookups.
                let value = byte < 0x80 ? byte : folded(lead: byte, bytes, continuingAt: &index)
                switch value {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    guard append(value | (value >= 0x41 && value <= 0x5A ? 0x20 : 0)) else { return }
                case UInt8(ascii: "'"):
                    continue
                default:
                    pendingDash = count > start
                }
            }
        }

        /// Adds a letter or digit; false once the slug is full.
        private mutating func append(_ byte: UInt8) -> Bool {
            guard count - start + (pendingDash ? 2 : 1) <= maximumLength else { return false }
            if pendingDash {
                out[count] = UInt8(ascii: "-")
                count += 1
            }
            pendingDash = false
            out[count] = byte
            count += 1
            return true
        }
    }

    /// "part.item" for an explicit item id, in one allocation.
    static func qualified(_ item: String, in part: String) -> String {
        String(unsafeUninitializedCapacity: part.utf8.count + 1 + item.utf8.count) { out in
            let dot = out.initialize(fromContentsOf: part.utf8)
            out[dot] = UInt8(ascii: ".")
            return dot + 1 + UnsafeMutableBufferPointer(rebasing: out[(dot + 1)...]).initialize(fromContentsOf: item.utf8)
        }
    }

    /// What the non-ASCII scalar that starts with `lead` counts as in a slug (its
    /// other bytes are read from `index` on): the lowercase ASCII letter or digit it
    /// folds to ("É" is "e"), an apostrophe for a typographic one (’), or else a space.
    private static func folded(lead: UInt8, _ bytes: UnsafeBufferPointer<UInt8>, continuingAt index: inout Int) -> UInt8 {
        // A String is valid UTF-8: its lead byte says how many bytes follow.
        let following = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1
        var value = UInt32(lead & (0x3F >> following))
        for _ in 0..<following where index < bytes.count {
            value = value << 6 | UInt32(bytes[index] & 0x3F)
            index += 1
        }
        guard let scalar = Unicode.Scalar(value) else { return UInt8(ascii: " ") }
        if scalar == "\u{2019}" { return UInt8(ascii: "'") }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        guard let first = lower.first, lower.count == 1, first.isASCII,
              first.properties.isAlphabetic || ("0"..."9").contains(first) else { return UInt8(ascii: " ") }
        return UInt8(first.value)
    }

    /// Whether `id` is usable as an explicit `{#id}`: letters, digits, `-`, `_` and `.`.
    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64 && id.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0))
        }
    }
}
