/// Encryption of a session file, supplied from outside the core (RekindleCrypto) so the
/// core stays free of cryptography. The store seals the JSON before writing it and
/// opens it after reading, so no plaintext of a sealed session ever reaches the disk.
public protocol SessionSeal: Sendable {
    func seal(_ plaintext: [UInt8]) throws(SealFailure) -> [UInt8]
    func open(_ sealed: [UInt8]) throws(SealFailure) -> [UInt8]
}

/// Why a sealed session could not be opened, worded to follow a file name.
public struct SealFailure: Error, Equatable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) { self.description = description }
}

/// How sealed files begin, so any part of the program can tell one from plain JSON.
public enum SealedFile {
    public static let magic = Array("REKINDLE-SEALED 1\n".utf8)

    public static func isSealed(_ bytes: [UInt8]) -> Bool { bytes.starts(with: magic) }

    /// The scrypt parameters rekindle writes: N = 2^17, r = 8, p = 1 (128 MB and about
    /// a third of a second), OWASP's recommended minimum. Rekindle 0.1.0 wrote N = 2^15;
    /// those files still open, since what a file asks for is read from its header.
    public static let standardCost = (n: 1 << 17, r: 8, p: 1)

    /// Why a sealed file's scrypt parameters are refused, worded to follow a file name,
    /// or nil if they are within bounds. Deriving the key costs memory in N x r and time
    /// in N x r x p, both chosen by whoever wrote the header: a file asking for more
    /// than twice what rekindle writes (256 MB) is refused before any of it is spent.
    public static func costProblem(n: Int, r: Int, p: Int) -> String? {
        let standard = standardCost
        let isPowerOfTwo = n > 1 && n & (n - 1) == 0
        guard isPowerOfTwo, n <= 2 * standard.n, (1...standard.r).contains(r), (1...2 * standard.p).contains(p),
              n * r * p <= 2 * standard.n * standard.r * standard.p else {
            return L("seal.tooCostly", n, r, p, standard.n, standard.r, standard.p)
        }
        return nil
    }

    /// Why a sealed file's header is refused before its passphrase is asked for (worded
    /// to follow a file name), or nil if it is usable. Its authenticity shows only when
    /// the file is opened.
    public static func headerProblem(_ bytes: [UInt8]) -> String? {
        guard isSealed(bytes) else { return nil }
        let afterMagic = bytes[magic.count...]
        guard let newline = afterMagic.firstIndex(of: UInt8(ascii: "\n")),
              let cost = try? JSONDecoder().decode(Cost.self, from: Data(afterMagic[..<newline])) else {
            return L("seal.damagedHeader")
        }
        return costProblem(n: cost.n, r: cost.r, p: cost.p)
    }

    private struct Cost: Decodable {
        var n: Int
        var r: Int
        var p: Int
    }
}
