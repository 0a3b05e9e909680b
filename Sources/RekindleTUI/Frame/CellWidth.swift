import Synchronization

/// How many terminal columns a character takes: 0 for controls' placeholders'
/// companions and combining marks, 2 for East Asian wide characters and emoji, else 1.
/// Computed from Unicode properties in the standard library, not the C locale, so
/// tests and the real terminal agree.
extension Character {
    public var cellWidth: Int {
        // Printable ASCII, by far the most common case, needs no property lookups.
        if let ascii = asciiValue, ascii >= 0x20, ascii < 0x7F { return 1 }
        let scalars = unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.count == 1 { return first.aloneWidth }
        if scalars.contains(where: { $0.value == 0xFE0F }) && first.properties.isEmoji { return 2 }
        if first.properties.isEmojiPresentation { return 2 }
        return first.cellWidth
    }
}

/// Widths of the single-scalar characters measured so far. The interface draws its
/// own glyphs (│ ▸ ✓ █) dozens of times a frame, and looking up their Unicode
/// properties each time cost more than drawing the rest of the frame.
private let measuredScalars = Mutex<[UInt32: Int]>([:])

extension Unicode.Scalar {
    /// The width of this scalar as a character by itself, measured once per scalar.
    var aloneWidth: Int {
        if let known = measuredScalars.withLock({ $0[value] }) { return known }
        let width = properties.isEmojiPresentation ? 2 : cellWidth
        measuredScalars.withLock { $0[value] = width }
        return width
    }

    var cellWidth: Int {
        // Bidirectional overrides and isolates are drawn as � (see `Frame.visible`).
        if (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) { return 1 }
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        return isWide ? 2 : 1
    }

    /// East Asian Wide and Fullwidth blocks (the ranges wcwidth treats as 2 columns).
    private var isWide: Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

extension String {
    /// Columns the text takes on screen.
    public var cellWidth: Int {
        var text = self
        return text.withUTF8 { $0.cellWidth }
    }
}

extension Substring {
    /// Columns the text takes on screen.
    public var cellWidth: Int {
        var text = self
        return text.withUTF8 { $0.cellWidth }
    }

    /// The byte at `index` when it is printable ASCII and a whole character by itself
    /// (the next byte is ASCII too, so no combining mark follows).
    func wholeASCII(at index: Index) -> UInt8? {
        let byte = utf8[index]
        guard byte >= 0x20, byte < 0x7F else { return nil }
        let next = utf8.index(after: index)
        return next == endIndex || utf8[next] < 0x80 ? byte : nil
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Columns the text these UTF-8 bytes hold takes on screen.
    var cellWidth: Int {
        var total = 0
        var offset = 0
        while offset < count {
            if let grapheme = simpleGrapheme(at: offset) {
                total += grapheme.width
                offset += grapheme.length
            } else {
                let character = character(at: offset)
                total += character.cellWidth
                offset += character.utf8.count
            }
        }
        return total
    }

    /// The character whose bytes start at `offset`, a character boundary of the valid
    /// UTF-8 these bytes hold. Decodes a window of whole scalars, widened until the
    /// character ends before the window does (a character can be a long stack of
    /// combining marks, and only the scalar after it tells where it ends).
    func character(at offset: Int) -> Character {
        var window = 64
        while true {
            var end = Swift.min(count, offset + window)
            while end < count && self[end] & 0xC0 == 0x80 { end -= 1 }
            let character = String(decoding: UnsafeBufferPointer(rebasing: self[offset..<end]), as: UTF8.self).first!
            if end == count || character.utf8.count < end - offset { return character }
            window *= 2
        }
    }

    /// The grapheme starting at `offset` when the bytes alone tell what it is: one
    /// printable ASCII or `standsAlone` scalar, followed by the end, ASCII, or another
    /// such scalar, none of which joins what comes before it. Most of what is drawn is
    /// such graphemes, and they need neither grapheme breaking nor a `Character`. Nil
    /// for anything else: controls, combining marks, sequences, conjoining scripts.
    @inline(__always)
    func simpleGrapheme(at offset: Int) -> (length: Int, width: Int)? {
        isLoneASCII(at: offset) ? (1, 1) : simpleScalar(at: offset)
    }

    /// The `length` bytes from `offset` (at most 7) in one word, first byte lowest: how
    /// a frame stores a cell's text.
    @inline(__always)
    func packed(from offset: Int, length: Int) -> UInt64 {
        var packed = UInt64(self[offset])
        for index in 1..<length { packed |= UInt64(self[offset + index]) << (8 * UInt64(index)) }
        return packed
    }

    /// Printable ASCII before ASCII or the end, most text: decided without decoding.
    @inline(__always)
    func isLoneASCII(at offset: Int) -> Bool {
        let byte = self[offset]
        return byte >= 0x20 && byte < 0x7F && (offset + 1 == count || self[offset + 1] < 0x80)
    }

    private func simpleScalar(at offset: Int) -> (length: Int, width: Int)? {
        let (value, length) = scalar(at: offset)
        let isASCII = value >= 0x20 && value < 0x7F
        guard isASCII || value.standsAlone else { return nil }
        if offset + length < count {
            let next = scalar(at: offset + length).value
            guard next < 0x80 || next.standsAlone else { return nil }
        }
        if isASCII || value.isNarrow { return (length, 1) }
        guard let width = Unicode.Scalar(value)?.aloneWidth, width > 0 else { return nil }
        return (length, width)
    }

    /// The scalar whose UTF-8 bytes start at `offset`, and their count. The bytes are
    /// valid UTF-8: they come from a Swift string.
    private func scalar(at offset: Int) -> (value: UInt32, length: Int) {
        let lead = self[offset]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard length > 1 else { return (UInt32(lead), 1) }
        var value = UInt32(lead) & (0xFF >> UInt32(length + 1))
        for index in (offset + 1)..<Swift.min(count, offset + length) { value = value << 6 | UInt32(self[index] & 0x3F) }
        return (value, length)
    }
}

private extension UInt32 {
    /// Scalars among `standsAlone` that take one column without looking anything up:
    /// Latin, Greek and Cyrillic letters, dashes and quotes, box drawing, blocks and
    /// the geometric shapes the interface draws (none is wide, an emoji or a mark).
    var isNarrow: Bool {
        switch self {
        case 0xA0..<0x300, 0x370..<0x483, 0x2010..<0x2028, 0x2500..<0x25FD: true
        default: false
        }
    }

    /// Scalars that are a whole grapheme next to ASCII or each other: Latin, Greek and
    /// Cyrillic letters, punctuation, symbols, arrows, box drawing, CJK and emoji. The
    /// ranges leave out every control, format character, combining or spacing mark,
    /// emoji modifier, regional indicator, "Prepend" scalar and conjoining Hangul jamo.
    var standsAlone: Bool {
        switch self {
        case 0xA0..<0xAD, 0xAE..<0x300, 0x370..<0x483, 0x2010..<0x2028, 0x2030..<0x205F, 0x2070..<0x20D0,
             0x2100..<0x2C00, 0x2E80..<0x302A, 0x3030..<0x3099, 0x309B..<0xA000, 0xFF01..<0xFF9E,
             0x1F300..<0x1F3FB, 0x1F400...0x1FAFF, 0x20000...0x3FFFF:
            return true
        default:
            return false
        }
    }
}
