import Foundation
import Testing
import TestSupport
@testable import RekindleCore
import RekindleCrypto

/// Issue 23: a sealed file's header chooses scrypt's cost. Anything beyond twice what
/// rekindle writes (N = 2^17, r = 8, p = 1, since issue 28) is refused at once, naming
/// the file, before a passphrase is asked for or a byte of memory is spent deriving.
@Suite struct SealCostTests {
    static func header(n: Int, r: Int, p: Int) -> [UInt8] {
        let salt = Data(repeating: 7, count: 32).base64EncodedString()
        return SealedFile.magic
            + Array("{\"cipher\":\"ChaChaPoly\",\"kdf\":\"scrypt\",\"n\":\(n),\"p\":\(p),\"r\":\(r),\"salt\":\"\(salt)\"}\n".utf8)
            + Array("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n".utf8)
    }

    static let tooCostly: [(Int, Int, Int)] = [
        (1 << 20, 32, 16), (1 << 19, 8, 1), (1 << 17, 9, 1), (1 << 17, 8, 3), (1 << 18, 8, 2), (1 << 62, 1, 1),
        (3 << 10, 8, 1), (0, 8, 1), (-(1 << 17), 8, 1), (1 << 17, 0, 1), (1 << 17, 8, 0), (Int.max, Int.max, Int.max),
    ]
    /// What rekindle writes now, what 0.1.0 wrote (N = 2^15), and a margin.
    static let acceptable: [(Int, Int, Int)] = [(1 << 17, 8, 1), (1 << 15, 8, 1), (1 << 18, 8, 1), (1 << 17, 8, 2), (1 << 10, 8, 1),
                                                (2, 1, 1)]

    @Test(arguments: tooCostly)
    func costsBeyondTheBoundAreRefused(n: Int, r: Int, p: Int) throws {
        #expect(SealedFile.costProblem(n: n, r: r, p: p)?.hasPrefix("asks for more scrypt work than rekindle ever writes") == true)
        let bytes = Self.header(n: n, r: r, p: p)
        #expect(SealedFile.headerProblem(bytes) != nil)
        let started = Date()
        #expect(throws: SealFailure.self) { try PassphraseSeal.forFile(bytes, passphrase: "long enough passphrase") }
        #expect(Date().timeIntervalSince(started) < 0.25, "refused before any scrypt work (r = 9 at N = 2^17 alone takes about half a second)")
    }

    @Test(arguments: acceptable)
    func whatRekindleWritesAndAMarginAreAccepted(n: Int, r: Int, p: Int) {
        #expect(SealedFile.costProblem(n: n, r: r, p: p) == nil)
        #expect(SealedFile.headerProblem(Self.header(n: n, r: r, p: p)) == nil)
    }

    @Test func theStoreNamesTheFileBeforeAnyPassphrase() throws {
        let dir = TemporaryDirectory()
        let store = try SessionStore(dataDirectory: dir.file("data"))
        let bytes = Self.header(n: 1 << 20, r: 32, p: 16)
        dir.write("data/sessions/default.json", bytes)
        let reason = try #require(SealedFile.headerProblem(bytes))
        let refusal = StoreError.unreadable(name: "default", path: store.path(of: "default"), reason: reason)
        #expect(throws: refusal) { try store.rawBytes(of: "default") }
        #expect(throws: refusal) { try store.load("default") }
        #expect(store.isSealed("default"))
        #expect(!refusal.description.contains("\n"))
        #expect(dir.read("data/sessions/default.json") == bytes)
    }

    @Test func newSealsUseTheStandardCost() throws {
        let sealed = try PassphraseSeal.new(passphrase: "long enough passphrase").seal([1, 2, 3])
        let header = String(decoding: sealed.split(separator: UInt8(ascii: "\n"))[1], as: UTF8.self)
        #expect(header.contains("\"n\":131072,\"p\":1,\"r\":8,"), "\(header)")
    }

    /// A session sealed by rekindle 0.1.0 (N = 2^15, passphrase "sealed in 0.1.0") opens.
    @Test func aSealFromVersionZeroOneStillOpens() throws {
        let path = Repository.root + "/Tests/RekindleCoreTests/SealedSamples/sealed-v0.1.0-n15.json"
        let bytes = try #require(FileManager.default.contents(atPath: path)).map { $0 }
        #expect(SealedFile.headerProblem(bytes) == nil)
        #expect(throws: SealFailure.self) { try PassphraseSeal.forFile(bytes, passphrase: "wrong").open(bytes) }
        let plaintext = try PassphraseSeal.forFile(bytes, passphrase: "sealed in 0.1.0").open(bytes)
        #expect(try SessionCodec.decode(plaintext).name == "sealed")
        // Saved again, it keeps the cost it was sealed with.
        let resealed = try PassphraseSeal.forFile(bytes, passphrase: "sealed in 0.1.0").seal(plaintext)
        #expect(String(decoding: resealed, as: UTF8.self).contains("\"n\":32768,"))
    }
}
