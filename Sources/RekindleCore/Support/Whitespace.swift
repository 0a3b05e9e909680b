/// Spaces and tabs, the only whitespace the guide format knows, judged byte by byte:
/// both are ASCII, so such a byte in UTF-8 is always that code point (CommonMark too
/// judges whitespace by code point), never part of another character's bytes.
extension ArraySlice<UInt8> {
    /// The bytes without spaces or tabs at their end.
    func trimmingTrailingBlanks() -> ArraySlice<UInt8> {
        var end = endIndex
        while end > startIndex, self[end - 1].isBlank { end -= 1 }
        return self[startIndex..<end]
    }

    /// The bytes without spaces or tabs at their start.
    func trimmingLeadingBlanks() -> ArraySlice<UInt8> {
        drop { $0.isBlank }
    }
}

extension UInt8 {
    /// A space or a tab.
    var isBlank: Bool { self == UInt8(ascii: " ") || self == UInt8(ascii: "\t") }
}
