/// A stable fingerprint of a guide's bytes, so a session can tell that the guide it
/// was started with has since been edited. Not cryptographic: it only detects change.
public enum ContentHash {
    /// 64-bit FNV-1a of the bytes, as 16 lowercase hex digits.
    public static func of<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
