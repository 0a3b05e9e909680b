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
        if scalars.count == 1 {
            if let known = measuredScalars.withLock({ $0[first.value] }) { return known }
            let width = first.properties.isEmojiPresentation ? 2 : first.cellWidth
            measuredScalars.withLock { $0[first.value] = width }
            return width
        }
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
    var cellWidth: Int {
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

extension StringProtocol {
    /// Columns the text takes on screen.
    public var cellWidth: Int {
        var total = 0
        var index = startIndex
        while index < endIndex {
            let run = wholeASCIIRun(from: index) { $0.count }
            if run > 0 {
                total += run
                index = utf8.index(index, offsetBy: run)
            } else {
                total += self[index].cellWidth
                index = self.index(after: index)
            }
        }
        return total
    }

    /// The byte at `index` when it is printable ASCII and a whole character by itself
    /// (the next byte is ASCII too, so no combining mark follows).
    func wholeASCII(at index: Index) -> UInt8? {
        let byte = utf8[index]
        guard byte >= 0x20, byte < 0x7F else { return nil }
        let next = utf8.index(after: index)
        return next == endIndex || utf8[next] < 0x80 ? byte : nil
    }

    /// Calls `body` with the bytes from `index` on that are each a whole character of
    /// printable ASCII (possibly none). Most of what is drawn is such runs, and they
    /// need no grapheme breaking or Unicode property lookups: one cell per byte.
    func wholeASCIIRun<R>(from index: Index, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let bytes = utf8[index...]
        if let result = bytes.withContiguousStorageIfAvailable({ buffer in
            var count = 0
            while count < buffer.count, buffer[count] >= 0x20, buffer[count] < 0x7F,
                  count + 1 == buffer.count || buffer[count + 1] < 0x80 {
                count += 1
            }
            return body(UnsafeBufferPointer(rebasing: buffer[..<count]))
        }) {
            return result
        }
        var run: [UInt8] = []
        var position = index
        while position < endIndex, let byte = wholeASCII(at: position) {
            run.append(byte)
            position = utf8.index(after: position)
        }
        return run.withUnsafeBufferPointer(body)
    }
}
