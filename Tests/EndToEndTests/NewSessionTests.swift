import Foundation
import Testing
import TestSupport
@testable import RekindleCore

/// Issue 23: nothing is written for a new session until the person checks or writes
/// something, and `review NAME --tui` does not start a session it was asked to review.
@Suite(.serialized) struct NewSessionTests {
    let dir = TemporaryDirectory()
    var rekindle: Rekindle { Rekindle(dataDirectory: dir.file("data")) }

    func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: dir.file("data/sessions/\(name).json"))
    }

    @Test func aNamedReviewOfAMissingSessionSaysSoInOneLineAndStartsNothing() throws {
        // The status and stderr go to files: tmux may drop the rows of a pane whose
        // program ends at once.
        let errors = dir.file("stderr.txt"), status = dir.file("status.txt")
        let tmux = try TmuxSession(command: "\(Repository.binary) review nobody --tui 2> \(errors); echo $? > \(status)",
                                   environment: rekindle.terminalEnvironment)
        let ended = { FileManager.default.fileExists(atPath: status) }
        try tmux.waitUntil("the end, or the coach") { ended() || $0.contains("Showing completed") }
        if !ended() {
            Issue.record("the coach opened a review of a session that does not exist")
            try tmux.send("C-c")
        }
        try tmux.waitForExit()
        #expect(String(decoding: dir.read("status.txt") ?? [], as: UTF8.self) == "1\n")
        #expect(try String(contentsOfFile: errors, encoding: .utf8)
            == "rekindle: no session named 'nobody'. Run 'rekindle list' to see the sessions.\n")
        #expect(!exists("nobody"))
    }

    /// `rekindle --encrypt` on a new session: the passphrase is asked, but nothing is
    /// written (sealed or not) before something is checked or written.
    @Test func aNewEncryptedSessionIsNotWrittenBeforeAnythingIsInIt() throws {
        let tmux = try TmuxSession(command: "\(Repository.binary) --encrypt --session fresh", environment: rekindle.terminalEnvironment)
        try tmux.chooseNewPassphrase("long enough passphrase", for: "fresh")
        #expect(!exists("fresh"))
        kill(rekindle.holderPID(of: "fresh"), SIGKILL)
        try tmux.waitForExit()
        #expect(!exists("fresh"))
    }

    /// The picker says a new session is "saved once you check or write something":
    /// opened, walked through and quit, it leaves no file (`AppState.prepareSave`).
    @Test func aNewSessionQuitAtOnceLeavesNoFile() throws {
        let tmux = try TmuxSession(command: "\(Repository.binary) --session fresh", environment: rekindle.terminalEnvironment)
        try tmux.waitFor("Welcome.")
        try tmux.begin()
        try tmux.send("n", "n")
        try tmux.waitFor("Step 2")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(!exists("fresh"))
        // Once something is checked, it is saved.
        let again = try TmuxSession(command: "\(Repository.binary) --session checked", environment: rekindle.terminalEnvironment)
        try again.waitFor("Welcome.")
        try again.begin()
        try again.send("n", "Tab", "Space")
        try again.waitFor("Actions · 1 of ")
        try again.send("q")
        #expect(try again.waitForExit() == 0)
        #expect(exists("checked"))
    }
}
