import Foundation
import Testing
import TestSupport
@testable import RekindleCore
import RekindleCrypto

/// Promise 9: encryption at rest. Cheap scrypt settings keep the tests fast; the
/// format and checks are the same as with the standard cost.
@Suite struct SealTests {
    static let rounds = 1 << 10

    func filled() -> Session {
        var session = Session(name: "default", guide: sampleGuide, now: noon)
        session.setNote("secret marker 9731 é 中文 😀", for: sampleGuide.parts[1], at: noon)
        return session
    }

    @Test func sealsAndOpensWithTheRightPassphraseOnly() throws {
        let seal = try PassphraseSeal.new(passphrase: "correct horse", rounds: Self.rounds)
        let plaintext = SessionCodec.encode(filled())
        let sealed = try seal.seal(plaintext)
        #expect(SealedFile.isSealed(sealed))
        #expect(sealed.firstRange(of: Array("9731".utf8)) == nil)
        #expect(try PassphraseSeal.forFile(sealed, passphrase: "correct horse").open(sealed) == plaintext)
        #expect(throws: SealFailure("cannot be decrypted: the passphrase is wrong, or the file was changed")) {
            try PassphraseSeal.forFile(sealed, passphrase: "wrong horse").open(sealed)
        }
    }

    @Test func everySaveHasAFreshNonce() throws {
        let seal = try PassphraseSeal.new(passphrase: "correct horse", rounds: Self.rounds)
        let plaintext = SessionCodec.encode(filled())
        #expect(try seal.seal(plaintext) != seal.seal(plaintext))
    }

    @Test func aFlippedByteAnywhereIsRefused() throws {
        let seal = try PassphraseSeal.new(passphrase: "correct horse", rounds: Self.rounds)
        let sealed = try seal.seal(SessionCodec.encode(filled()))
        for position in stride(from: SealedFile.magic.count, to: sealed.count - 1, by: max(1, sealed.count / 60)) {
            var damaged = sealed
            damaged[position] ^= 0x01
            #expect(throws: SealFailure.self, "byte \(position)") {
                try PassphraseSeal.forFile(damaged, passphrase: "correct horse").open(damaged)
            }
        }
    }

    @Test func theStoreNeedsTheSealAndNeverWritesOverAFileItCannotOpen() throws {
        let dir = TemporaryDirectory()
        let store = try SessionStore(dataDirectory: dir.file("data"))
        let seal = try PassphraseSeal.new(passphrase: "correct horse", rounds: Self.rounds)
        try store.save(filled(), seal: seal)
        let onDisk = try #require(dir.read("data/sessions/default.json"))
        #expect(onDisk.firstRange(of: Array("9731".utf8)) == nil)
        #expect(throws: StoreError.sealed(name: "default")) { try store.load("default") }
        #expect(try store.load("default", seal: seal) == filled())
        let wrong = try PassphraseSeal.forFile(onDisk, passphrase: "not it")
        #expect(throws: StoreError.self) { try store.open("default", guide: .given(sampleGuide), now: noon) { _ in wrong } }
        #expect(dir.read("data/sessions/default.json") == onDisk)
    }
}
