/// Whether bytes are well-formed UTF-8: a string made from them keeps them exactly,
/// where it would otherwise replace what is not with U+FFFD without a word.
enum UTF8Check {
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            // Most of a note is ASCII: only the rest needs decoding.
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            var iterator = UnsafeBufferPointer(rebasing: bytes[index...]).makeIterator()
            var parser = Unicode.UTF8.ForwardParser()
            guard case .valid(let encoded) = parser.parseScalar(from: &iterator) else { return false }
            index += encoded.count
        }
        return true
    }
}
