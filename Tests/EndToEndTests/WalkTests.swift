import Foundation
import Testing
import TestSupport
@testable import RekindleCore

/// Issue 28: `rekindle walk`, the coach line by line, in the real binary: a scripted
/// conversation through a pipe, then the same session in the full screen; the coach
/// walking where it cannot take the full screen; the lock; Ctrl-C; a sealed session.
@Suite struct WalkTests {
    let dir = TemporaryDirectory()
    var rekindle: Rekindle { Rekindle(dataDirectory: dir.file("data")) }
    var store: SessionStore { get throws { try SessionStore(dataDirectory: dir.file("data")) } }

    /// Runs the binary with `script` written into its standard input through a pipe,
    /// which is then closed: the end of input.
    func walk(_ arguments: [String] = ["walk"], script: String) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Repository.binary)
        process.arguments = arguments
        process.environment = rekindle.environment
        let (input, output, errors) = (Pipe(), Pipe(), Pipe())
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(script.utf8))
        try input.fileHandleForWriting.close()
        // The output fits in a pipe's buffer, so reading one after the other cannot block.
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    /// Enter passes over each of the opening's safety questions, which a new session asks first.
    static let skipSafetyCheck = Array(repeating: "", count: Screening.Question.allCases.count)

    /// Passes over the safety questions in a walk shown in tmux.
    func passSafetyCheck(_ tmux: TmuxSession) throws {
        try tmux.waitFor("Question 1 of 4")
        for _ in Screening.Question.allCases { try tmux.send("Enter") }
        try tmux.waitFor("Thank you. Say 'help-now'")
    }

    @Test func aScriptedConversationIsSavedAndOpensInTheFullScreen() throws {
        let note = ["Première ligne, é", "中文 😀", "", "last line"]
        let script = Self.skipSafetyCheck + ["go 2", "actions", "check 2", "not for me 3", "start 4", "start 1", "14", "dance", "write"] + note + [".", "notes"]
        let result = try walk(script: script.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let lastDay = { (days: Int) in
            RelativeTime.day(TimedStart(startedAt: Date(), days: days).lastDay(zone: .fixed(0)), now: Date(), zone: .fixed(0))
        }
        for line in ["Welcome. Take your time.", "Step 2 of 10: Give Each Other Space · 0 of 4 actions done",
                     "  4. [ ] Go a full week without checking their social media",
                     "Checked: Mute or archive the conversation so you are not tempted to keep",
                     "Marked “not for me”: it counts as considered, not as missed.",
                     "Started today: day 1 of 7, ends \(lastDay(7)).",
                     "How many days without contact? Type a number from 1 to 365, or just",
                     "Started today: day 1 of 14, ends \(lastDay(14)).",
                     "“dance” is not something I know. Type 'help' to see what you can say.",
                     "A new entry for today in Step 2. Type your note; a line with a single .",
                     "Kept: 4 lines in your notes for Step 2.",
                     "Your notes in Step 2:\n  today ", "    Première ligne, é\n    中文 😀\n    \n    last line\n",
                     "Saved. Session 'default' is kept in \(dir.file("data"))/sessions/default.json; run 'rekindle walk' or 'rekindle' to go on."] {
            #expect(result.stdout.contains(line), "\(line)")
        }
        let session = try #require(try store.load("default"))
        #expect(Set(session.checks.keys) == ["space.mute"] && Set(session.notForMe.keys) == ["space.tell-friend"])
        #expect(session.timers.mapValues(\.days) == ["space.no-checking": 7, "space.no-contact-period": 14])
        #expect(session.noteText(for: "space") == note.joined(separator: "\n"))

        // The same session in the full screen, on the same step, with the check and the note.
        let tmux = try TmuxSession(width: 100, height: 40, command: Repository.binary, environment: rekindle.terminalEnvironment)
        try tmux.waitFor("Welcome back.")
        try tmux.begin()
        try tmux.waitFor("Step 2 · Give Each Other Space")
        try tmux.waitFor("[x] Mute or archive the conversation")
        try tmux.waitFor("Première ligne, é")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func withoutAFullScreenTerminalTheCoachWalks() throws {
        let piped = try walk([], script: (Self.skipSafetyCheck + ["where"]).joined(separator: "\n") + "\n")
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stderr == "rekindle: no full-screen terminal (standard input or output is not a terminal); using the plain line-by-line mode (rekindle walk)\n")
        #expect(piped.stdout.hasPrefix("Welcome. Take your time.\n"))
        #expect(piped.stdout.hasSuffix("Nothing was checked or written, so no session was saved.\n"))
        // On a terminal of type dumb, with a prompt; --plain walks without a note.
        for (command, note) in [("TERM=dumb \(Repository.binary)", "rekindle: no full-screen terminal (TERM=dumb); using the plain line-by-line mode (rekindle walk)\n"),
                                ("\(Repository.binary) --plain", "")] {
            let errors = dir.file("stderr-\(UUID().uuidString).txt")
            let tmux = try TmuxSession(command: "\(command) 2> \(errors)", environment: rekindle.terminalEnvironment)
            try tmux.waitFor("Welcome. Take your time.")
            try passSafetyCheck(tmux)
            try tmux.typeLine("go 1")
            try tmux.waitFor("Step 1 of 10: Reflecting on the Relationship")
            try tmux.typeLine("quit")
            #expect(try tmux.waitForExit() == 0)
            #expect(try String(contentsOfFile: errors, encoding: .utf8) == note, "\(command)")
        }
    }

    @Test func aSecondWalkIsRefusedWhileOneHoldsTheSession() throws {
        let first = try TmuxSession(command: "\(Repository.binary) walk", environment: rekindle.terminalEnvironment)
        try passSafetyCheck(first)
        let second = try walk(script: "check 1\n")
        #expect(second.status == 1)
        #expect(second.stdout.isEmpty)
        #expect(second.stderr == "rekindle: session 'default' is open in another rekindle (pid \(rekindle.holderPID())). Close that one first, or use --session to open a different session.\n")
        try first.typeLine("quit")
        #expect(try first.waitForExit() == 0)
        #expect(try walk(script: "").status == 0, "free once the first has left")
    }

    @Test func ctrlCLeavesWithEveryChangeSaved() throws {
        let tmux = try TmuxSession(command: "\(Repository.binary) walk", environment: rekindle.terminalEnvironment)
        try passSafetyCheck(tmux)
        try tmux.typeLine("go 2")
        try tmux.waitFor("Step 2 of 10")
        try tmux.typeLine("check 2")
        try tmux.waitFor("Checked: Mute")
        try tmux.typeLine("write")
        try tmux.waitFor("A new entry for today")
        try tmux.typeLine("a line kept")
        try tmux.type("a line not ended")
        try tmux.send("C-c")
        try tmux.waitFor("Stopped. Every change was saved as you made it.")
        // Ended, as Ctrl-C ends a program (the pane's shell with it, so no exit status is
        // written): the session is free again. The lock taken is kept, not taken twice:
        // between the two, a program another test starts could share the first one's
        // open file until it has started.
        let taken = retrying(for: TmuxSession.timeout) { try? store.lock("default") }
        #expect(taken != nil)
        let session = try #require(try store.load("default"))
        #expect(session.isChecked("space.mute") && session.noteText(for: "space") == "a line kept")
    }

    @Test func aSealedSessionIsWalkedWithItsPassphrase() throws {
        let passphrase = "long enough passphrase"
        try store.save(Session(name: "default", guide: .builtIn, now: Date()))
        #expect(try rekindle.run(["encrypt"], input: passphrase + "\n").status == 0)
        let result = try walk(script: ([passphrase] + Self.skipSafetyCheck + ["go 1", "check 1"]).joined(separator: "\n") + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Checked: Write down three things that first drew you to each other"))
        let sealed = try #require(dir.read("data/sessions/default.json"))
        #expect(SealedFile.isSealed(sealed) && !String(decoding: sealed, as: UTF8.self).contains("drew"))
        #expect(try rekindle.run(["review"], input: passphrase + "\n").stdout.contains("[x] Write down three things"))
        let wrong = try walk(script: "not it\ncheck 1\n")
        #expect(wrong.status == 1 && wrong.stdout.isEmpty)
    }
}
