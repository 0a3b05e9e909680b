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
}
