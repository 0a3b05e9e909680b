// FoundationEssentials has neither `folding(options:locale:)` nor
// `decomposedStringWithCanonicalMapping` (they live in Foundation, which loads ICU);
// the standard library's own canonical decomposition is reached only as SPI.
@_spi(_Unicode) import Swift

/// Text as a search compares it: each character decomposed canonically (NFD), its
/// combining marks dropped, and lowercased, so `zoe` finds "Zoë" and `ECOUTE` finds
/// "écoute"; a hyphen counts as a space ("no contact" finds "no-contact"). Every folded scalar remembers which character of the original it came
/// from, so a match maps back to the original's characters, for highlighting them.
public struct FoldedText: Sendable {
    /// The folded scalars.
    let scalars: [Unicode.Scalar]
    /// For each folded scalar, the offset in characters of the original one it came from.
    let origins: [Int]

    /// Folds `text`.
    public init(_ text: String) {
        self.init(text[...])
    }

    /// Folds `text`.
    public init(_ text: Substring) {
        var scalars: [Unicode.Scalar] = []
        var origins: [Int] = []
        scalars.reserveCapacity(text.utf8.count)
        origins.reserveCapacity(text.utf8.count)
        var index = text.startIndex, offset = 0
        while index < text.endIndex {
            let next = text.index(after: index)
            // ASCII, nearly all text, needs no tables (a note may be a megabyte).
            if let ascii = text[index].asciiValue {
                let folded = ascii == 0x2D ? 0x20 : (ascii < 0x41 || ascii > 0x5A ? ascii : ascii + 0x20)
                scalars.append(Unicode.Scalar(folded))
                origins.append(offset)
            } else {
                for scalar in text[index..<next]._nfd where !scalar.isMark {
                    for lower in scalar.properties.lowercaseMapping.unicodeScalars where !lower.isMark {
                        scalars.append(lower)
                        origins.append(offset)
                    }
                }
            }
            index = next
            offset += 1
        }
        self.scalars = scalars
        self.origins = origins
    }

    /// Every place `needle` occurs, first to last and not overlapping, as ranges of
    /// the original's characters; none for a needle that folds to nothing. A match
    /// starts and ends on whole characters.
    public func ranges(of needle: FoldedText) -> [Range<Int>] {
        let length = needle.scalars.count
        guard length > 0, length <= scalars.count else { return [] }
        var found: [Range<Int>] = []
        var start = 0
        while start <= scalars.count - length {
            let end = start + length
            if startsCharacter(start) && startsCharacter(end) && scalars[start..<end].elementsEqual(needle.scalars) {
                found.append(origins[start]..<(origins[end - 1] + 1))
                start = end
            } else {
                start += 1
            }
        }
        return found
    }

    /// Whether folded scalar `index` is the first of its character (or the end).
    private func startsCharacter(_ index: Int) -> Bool {
        index == 0 || index == scalars.count || origins[index] != origins[index - 1]
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is a combining mark an accent-blind search ignores (the
    /// diaeresis of ë once decomposed).
    fileprivate var isMark: Bool { properties.generalCategory == .nonspacingMark }
}
