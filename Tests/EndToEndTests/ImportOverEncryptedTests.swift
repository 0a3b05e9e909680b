import Foundation
import Testing
import TestSupport
@testable import RekindleCore

/// Issue 23: `import --force` over an encrypted session replaces it after asking, as
/// `reset` asks (`--yes` skips the question; no answer declines), without its passphrase.

@Suite struct ImportOverEncryptedTests {
    let dir = TemporaryDirectory()
    var rekindle: Rekindle { Rekindle(dataDirectory: dir.file("data")) }
    static let passphrase = "long enough passphrase"

    @Test func importForceReplacesAnEncryptedSessionAfterAsking() throws {
        var original = Session(name: "default", guide: .builtIn, now: Date(timeIntervalSince1970: 1_795_000_000))
        original.setNote("the encrypted words", for: Guide.builtIn.steps[0], at: original.startedAt)
        try SessionStore(dataDirectory: dir.file("data")).save(original)
        var imported = original
        imported.setNote("the imported words", for: Guide.builtIn.steps[0], at: original.startedAt)
        dir.write("in.json", SessionCodec.encode(imported))
        #expect(try rekindle.run(["encrypt"], input: Self.passphrase + "\n").status == 0)
        let sealed = try #require(dir.read("data/sessions/default.json"))

        let refused = try rekindle.run(["import", dir.file("in.json")])
        #expect(refused.status == 1)
        #expect(refused.stderr == "rekindle: \(StoreError.alreadyExists(name: "default"))\n")
        for answer in ["n\n", ""] {
            let declined = try rekindle.run(["import", dir.file("in.json"), "--force"], input: answer)
            #expect(declined.status == 1)
            #expect(declined.stderr.contains("encrypted"))
            #expect(declined.stderr.contains("[y/N] "))
            #expect(declined.stderr.hasSuffix("rekindle: nothing was changed\n"), "\(declined.stderr)")
            #expect(!declined.stderr.contains("passphrase is needed"))
            #expect(dir.read("data/sessions/default.json") == sealed)
        }
        let confirmed = try rekindle.run(["import", dir.file("in.json"), "--force"], input: "y\n")
        #expect(confirmed.status == 0, "\(confirmed.stderr)")
        #expect(try SessionStore(dataDirectory: dir.file("data")).load("default") == imported)

        #expect(try rekindle.run(["encrypt"], input: Self.passphrase + "\n").status == 0)
        let told = try rekindle.run(["import", dir.file("in.json"), "--force", "--yes"])
        #expect(told.status == 0, "\(told.stderr)")
        #expect(!told.stderr.contains("[y/N]"))
        #expect(try SessionStore(dataDirectory: dir.file("data")).load("default") == imported)
    }
}
