import Foundation
import Testing
import TestSupport
@testable import RekindleCore
import RekindleCrypto

/// Issue 23: what an import would replace. An encrypted session can be replaced
/// without its passphrase (after the command asks); a file that cannot be read never.
@Suite struct OccupantTests {
    let dir = TemporaryDirectory()

    @Test func tellsNothingAPlainAndASealedSessionApart() throws {
        let store = try SessionStore(dataDirectory: dir.file("data"))
        #expect(try store.occupant(of: "default") == .nothing)
        try store.save(Session(name: "default", guide: sampleGuide, now: noon))
        #expect(try store.occupant(of: "default") == .session)
        try store.save(Session(name: "default", guide: sampleGuide, now: noon),
                       seal: PassphraseSeal.new(passphrase: "long enough passphrase", rounds: 1 << 10))
        #expect(try store.occupant(of: "default") == .sealedSession)
        var imported = Session(name: "default", guide: sampleGuide, now: noon)
        imported.setNote("imported words", for: sampleGuide.parts[1], at: noon)
        try store.save(imported)
        #expect(try store.load("default") == imported)
    }

    @Test func aFileThatCannotBeReadIsNeverAnOccupantToReplace() throws {
        let store = try SessionStore(dataDirectory: dir.file("data"))
        dir.write("data/sessions/broken.json", Array("{\"version\": 2, \"sess".utf8))
        dir.write("data/sessions/costly.json", SealCostTests.header(n: 1 << 20, r: 32, p: 16))
        mkdir(store.path(of: "folder"), 0o700)
        for name in ["broken", "costly", "folder"] {
            #expect(throws: StoreError.self, "\(name)") { try store.occupant(of: name) }
        }
    }
}
