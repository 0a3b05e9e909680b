/// Turns headings and item text into ids that survive re-reading the same words:
/// lowercase ASCII letters and digits joined by single dashes.
public enum Slug {
    /// The longest slug kept, so ids stay readable in JSON and on the command line.
    public static let maximumLength = 48

    /// The slug of `text`, or nil if it has no letters or digits at all.
    public static func make(_ text: String) -> String? {
        // Written straight into the string's storage (inline up to 15 bytes): a
        // growing byte array and its decoding were half of the time a guide's ids took.
        let slug = String(unsafeUninitializedCapacity: maximumLength) { out in
            var count = 0
            var pendingDash = false
            /// Adds a letter or digit; false once the slug is full.
            func append(_ byte: UInt8) -> Bool {
                guard count + (pendingDash ? 2 : 1) <= maximumLength else { return false }
                if pendingDash {
                    out[count] = UInt8(ascii: "-")
                    count += 1
                }
                pendingDash = false
                out[count] = byte
                count += 1
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
                        pendingDash = count > 0
                        continue
                    }
                }
                let lower = scalar.properties.lowercaseMapping
                guard let first = lower.unicodeScalars.first, lower.unicodeScalars.count == 1,
                      first.isASCII, first.properties.isAlphabetic || ("0"..."9").contains(first)
                else {
                    if scalar == "\u{2019}" { continue }
                    pendingDash = count > 0
                    continue
                }
                guard append(UInt8(first.value)) else { break scalars }
            }
            return count
        }
        return slug.isEmpty ? nil : slug
    }

    /// "part.item", an item's id within its part, made in one allocation: string
    /// interpolation appended piece by piece and was an eighth of a parse.
    static func qualified(_ item: String, in part: String) -> String {
        String(unsafeUninitializedCapacity: part.utf8.count + 1 + item.utf8.count) { out in
            let dot = out.initialize(fromContentsOf: part.utf8)
            out[dot] = UInt8(ascii: ".")
            return dot + 1 + UnsafeMutableBufferPointer(rebasing: out[(dot + 1)...]).initialize(fromContentsOf: item.utf8)
        }
    }

    /// Whether `id` is usable as an explicit `{#id}`: letters, digits, `-`, `_` and `.`.
    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64 && id.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0))
        }
    }
}
