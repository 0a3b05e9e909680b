import Foundation
import Testing
import TestSupport
@testable import RekindleCore

/// Promise 9 through the real binary: encrypt, decrypt, wrong passphrases, and no
/// plaintext on disk for an encrypted session even after a kill -9.
@Suite(.serialized) struct EncryptionTests {
    let dir = TemporaryDirectory()
    var rekindle: Rekindle { Rekindle(dataDirectory: dir.file("data")) }
    let marker = "plaintext marker 5521"

    func contains(_ needle: String, under folder: String) -> Bool {
        let result = try? Command("/bin/grep", ["-r", "-l", "-a", needle, folder]).run()
        return !(result?.stdout.isEmpty ?? true)
    }

    @Test func encryptReviewWrongPassphraseAndDecrypt() throws {
        var session = Session(name: "default", guide: .builtIn, now: Date())
        session.setNote(marker, for: Guide.builtIn.parts[1], at: Date())
        try SessionStore(dataDirectory: dir.file("data")).save(session)
        #expect(try rekindle.run(["encrypt"], input: "long enough passphrase\n").status == 0)
        #expect(!contains(marker, under: dir.file("data")))
        #expect(try rekindle.run(["list"]).stdout.contains("default  encrypted"))

        let review = try rekindle.run(["review"], input: "long enough passphrase\n")
        #expect(review.status == 0)
        #expect(review.stdout.contains(marker))
        let before = dir.read("data/sessions/default.json")
        let wrong = try rekindle.run(["review"], input: "not the passphrase\n")
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("cannot be decrypted: the passphrase is wrong, or the file was changed; it was left untouched."))
        #expect(try rekindle.run(["export", "--output", dir.file("out.md")], input: "long enough passphrase\n").status == 1)
        #expect(dir.read("data/sessions/default.json") == before)

        #expect(try rekindle.run(["decrypt"], input: "long enough passphrase\n").status == 0)
        #expect(contains(marker, under: dir.file("data")))
    }

    @Test func anEncryptedCoachLeavesNoPlaintextAfterKillNine() throws {
        let temporary = dir.file("tmp")
        mkdir(temporary, 0o700)
        var environment = rekindle.terminalEnvironment
        environment["TMPDIR"] = temporary
        let tmux = try TmuxSession(command: "\(Repository.binary) --encrypt", environment: environment)
        try tmux.chooseNewPassphrase("long enough passphrase", for: "default")
        try tmux.begin()
        try tmux.send("e")
        try tmux.waitFor("Esc done")
        try tmux.type(marker)
        try tmux.waitFor(marker)
        try tmux.send("C-e")
        try tmux.waitFor("external editor is off for encrypted sessions")
        // Wait for the debounced save, then kill without any chance to clean up.
        let saved = Date().addingTimeInterval(10)
        while Date() < saved, (try? SessionStore(dataDirectory: dir.file("data")).isSealed("default")) != true { usleep(20_000) }
        usleep(800_000)
        kill(rekindle.holderPID(), SIGKILL)
        try tmux.waitForExit()
        #expect(!contains(marker, under: dir.file("data")))
        #expect(!contains(marker, under: temporary))
        let review = try rekindle.run(["review"], input: "long enough passphrase\n")
        #expect(review.stdout.contains(marker))
    }
}
