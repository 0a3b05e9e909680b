import Crypto
import CryptoExtras
import RekindleCore

/// Encrypts a session with a passphrase: scrypt derives the key from the passphrase
/// and a random salt, ChaChaPoly seals each save with a fresh nonce, and the header
/// (salt and scrypt parameters) is authenticated with it, so changing any byte of the
/// file, header included, makes it refuse to open.
///
/// File layout (docs/sealed-format.md): `REKINDLE-SEALED 1`, a line of header JSON, a
/// line of base64 holding nonce, ciphertext and tag.
public struct PassphraseSeal: SessionSeal {
    /// The parameters stored in the header.
    struct Header: Codable, Equatable {
        var cipher = "ChaChaPoly"
        var kdf = "scrypt"
        var n: Int
        var r: Int
        var p: Int
        var salt: String
    }

    /// scrypt's cost: the standard one (N = 2^17, r = 8, p = 1: 128 MB and about a third
    /// of a second) makes guessing passphrases slow.
    public static let standardRounds = SealedFile.standardCost.n

    private let headerBytes: [UInt8]
    private let key: SymmetricKey

    private init(header: Header, passphrase: String) throws(SealFailure) {
        // Bounded before anything is derived: a header may ask for gigabytes and minutes.
        if let problem = SealedFile.costProblem(n: header.n, r: header.r, p: header.p) { throw SealFailure(problem) }
        guard header.cipher == "ChaChaPoly", header.kdf == "scrypt",
              let salt = Data(base64Encoded: header.salt), salt.count >= 16 else {
            throw SealFailure(L("seal.unknownHeader"))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let json = try? encoder.encode(header) else { throw SealFailure(L("seal.unusableHeader")) }
        headerBytes = SealedFile.magic + Array(json) + [UInt8(ascii: "\n")]
        do {
            key = try KDF.Scrypt.deriveKey(from: Array(passphrase.utf8), salt: salt, outputByteCount: 32,
                                           rounds: header.n, blockSize: header.r, parallelism: header.p,
                                           maxMemory: 128 * header.n * header.r * header.p + (16 << 20))
        } catch {
            throw SealFailure(L("seal.noKey", "\(error)"))
        }
    }

    /// A new seal with a fresh random salt, for encrypting a session.
    public static func new(passphrase: String, rounds: Int = standardRounds) throws(SealFailure) -> PassphraseSeal {
        let salt = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
        let standard = SealedFile.standardCost
        return try PassphraseSeal(header: Header(n: rounds, r: standard.r, p: standard.p, salt: salt.base64EncodedString()),
                                  passphrase: passphrase)
    }

    /// The seal of an existing sealed file: its header's salt and parameters, with
    /// this passphrase. Whether the passphrase is right shows when opening.
    public static func forFile(_ bytes: [UInt8], passphrase: String) throws(SealFailure) -> PassphraseSeal {
        let (header, _, _) = try parts(of: bytes)
        return try PassphraseSeal(header: header, passphrase: passphrase)
    }

    public func seal(_ plaintext: [UInt8]) throws(SealFailure) -> [UInt8] {
        do {
            let box = try ChaChaPoly.seal(plaintext, using: key, nonce: ChaChaPoly.Nonce(), authenticating: headerBytes)
            return headerBytes + Array(box.combined.base64EncodedString().utf8) + [UInt8(ascii: "\n")]
        } catch {
            throw SealFailure(L("seal.cannotEncrypt", "\(error)"))
        }
    }

    public func open(_ sealed: [UInt8]) throws(SealFailure) -> [UInt8] {
        let (_, header, body) = try Self.parts(of: sealed)
        let wrong = SealFailure(L("seal.wrong"))
        guard let combined = Data(base64Encoded: Data(body)), let box = try? ChaChaPoly.SealedBox(combined: combined),
              let plaintext = try? ChaChaPoly.open(box, using: key, authenticating: header) else { throw wrong }
        return Array(plaintext)
    }

    /// The header, the exact header bytes (authenticated as they are), and the body.
    private static func parts(of bytes: [UInt8]) throws(SealFailure) -> (Header, [UInt8], [UInt8]) {
        guard SealedFile.isSealed(bytes) else { throw SealFailure(L("seal.notSealed")) }
        let afterMagic = bytes[SealedFile.magic.count...]
        guard let newline = afterMagic.firstIndex(of: UInt8(ascii: "\n")),
              let header = try? JSONDecoder().decode(Header.self, from: Data(afterMagic[..<newline])) else {
            throw SealFailure(L("seal.damagedHeader"))
        }
        var body = Array(bytes[(newline + 1)...])
        while body.last == UInt8(ascii: "\n") { body.removeLast() }
        return (header, Array(bytes[...newline]), body)
    }
}
