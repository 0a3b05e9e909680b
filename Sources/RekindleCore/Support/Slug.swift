/// Turns headings and item text into ids that survive re-reading the same words:
/// lowercase ASCII letters and digits joined by single dashes.
public enum Slug {
    /// The longest slug kept, so ids stay readable in JSON and on the command line.
    public static let maximumLength = 48

    /// The slug of `text`, or nil if it has no letters or digits at all.
    public static func make(_ text: String) -> String? {
        var out: [UInt8] = []
        var pendingDash = false
        /// Adds a letter or digit; false once the slug is full.
        func append(_ byte: UInt8) -> Bool {
            guard out.count + (pendingDash ? 2 : 1) <= maximumLength else { return false }
            if pendingDash { out.append(UInt8(ascii: "-")) }
            pendingDash = false
            out.append(byte)
            return true
        }
        scalars: for scalar in text.unicodeScalars {
            if scalar.isASCII {
                // The common case, without Unicode property lookups.
                let value = UInt8(scalar.value)
                switch value {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    guard append(value | (value >= 0x41 && value <= 0x5A ? 0x20 : 0)) else { break scalars }
                    continue
                case UInt8(ascii: "'"):
                    continue
                default:
                    pendingDash = !out.isEmpty
                    continue
                }
            }
            let lower = scalar.properties.lowercaseMapping
            guard let first = lower.unicodeScalars.first, lower.unicodeScalars.count == 1,
                  first.isASCII, first.properties.isAlphabetic || ("0"..."9").contains(first)
            else {
                if scalar == "'" || scalar == "\u{2019}" { continue }
                pendingDash = !out.isEmpty
                continue
            }
            guard append(UInt8(first.value)) else { break scalars }
        }
        return out.isEmpty ? nil : String(decoding: out, as: UTF8.self)
    }

    /// Whether `id` is usable as an explicit `{#id}`: letters, digits, `-`, `_` and `.`.
    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64 && id.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0))
        }
    }
}
