/// Turns the contents of a JSON string, fed in pieces, into UTF-8: escapes as
/// RFC 8259 has them, surrogate pairs joined. Anything else (a raw control
/// character, an unknown escape, a lone surrogate) fails, so that the caller can
/// leave the string to `JSONDecoder` and its error.
struct JSONUnescaper {
    private enum State { case plain, backslash, hex(digits: Int, value: UInt32) }
    private var state = State.plain
    /// A high surrogate waiting for its low half.
    private var high: UInt32?

    /// Whether the contents ended between escapes.
    var isFinished: Bool {
        if case .plain = state { return high == nil }
        return false
    }

    /// Unescapes `bytes` into `out` from `written` on; false if they are not valid.
    /// `out` has room: unescaping never lengthens.
    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>, at written: inout Int) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch state {
            case .plain:
                if byte == UInt8(ascii: "\\") {
                    state = .backslash
                    continue
                }
                guard high == nil, byte >= 0x20 else { return false }
                out[written] = byte
                written += 1
            case .backslash:
                if byte == UInt8(ascii: "u") {
                    state = .hex(digits: 0, value: 0)
                    continue
                }
                guard high == nil, let plain = Self.escapes[byte] else { return false }
                out[written] = plain
                written += 1
                state = .plain
            case let .hex(digits, value):
                guard let digit = Self.hexValue(byte) else { return false }
                let value = value << 4 | digit
                guard digits == 3 else {
                    state = .hex(digits: digits + 1, value: value)
                    continue
                }
                state = .plain
                guard let scalar = joined(value) else { continue }
                guard let scalar, let encoded = UTF8.encode(scalar) else { return false }
                for unit in encoded {
                    out[written] = unit
                    written += 1
                }
            }
        }
        return true
    }

    /// The scalar a \u escape completes: nil while a high surrogate waits, .some(nil) when invalid.
    private mutating func joined(_ value: UInt32) -> Unicode.Scalar?? {
        if let pending = high {
            high = nil
            guard (0xDC00...0xDFFF).contains(value) else { return .some(nil) }
            return .some(Unicode.Scalar(0x10000 + (pending - 0xD800) << 10 + (value - 0xDC00)))
        }
        if (0xD800...0xDBFF).contains(value) {
            high = value
            return nil
        }
        return .some(Unicode.Scalar(value))
    }

    private static let escapes: [UInt8: UInt8] = [
        UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F, UInt8(ascii: "b"): 0x08,
        UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
    ]

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
