import Foundation
import Testing
import TestSupport
@testable import RekindleCore

/// Leaving a passphrase prompt any way at all gives the shell its echo back, even
/// under dash, which does not restore the terminal after a program it ran is killed.
@Suite(.serialized) struct PassphrasePromptTests {
    let dir = TemporaryDirectory()
    var rekindle: Rekindle { Rekindle(dataDirectory: dir.file("data")) }

    enum Exit: String, CaseIterable {
        case controlCAtTheFirstPrompt, controlCAtTheSecondPrompt, controlBackslash, sigterm, sigtermAfterControlZAndFg
    }

    @Test(arguments: Exit.allCases)
    func echoIsBackAfterThePromptUnderDash(_ exit: Exit) throws {
        let store = try SessionStore(dataDirectory: dir.file("data"))
        try store.save(Session(name: "default", guide: .builtIn, now: Date()))
        let before = dir.read("data/sessions/default.json")
        let tmux = try TmuxSession(command: "exec dash -i", environment: rekindle.terminalEnvironment.merging(["PS1": "$ "]) { $1 })
        try tmux.waitFor("$")
        try tmux.typeLine("\(Repository.binary) encrypt")
        try tmux.waitFor("New passphrase for session 'default':")
        switch exit {
        case .controlCAtTheFirstPrompt:
            try tmux.type("half typed")
            try tmux.send("C-c")
        case .controlCAtTheSecondPrompt:
            try tmux.typeLine("long enough words")
            try tmux.waitFor("The same passphrase again:")
            try tmux.send("C-c")
        case .controlBackslash:
            try tmux.send("C-\\")
        case .sigterm:
            kill(rekindle.holderPID(), SIGTERM)
        case .sigtermAfterControlZAndFg:
            try tmux.send("C-z")
            try tmux.waitUntil("the stopped job") { $0.contains("Stopped") }
            let stopped = try stty(in: tmux, mark: 1)
            #expect(stopped.contains("echo") && !stopped.contains("-echo"), "echo is off while stopped: \(stopped)")
            try tmux.typeLine("fg")
            try tmux.waitUntil("the job again") { screen in
                screen.split(separator: "\n").last.map { !$0.hasPrefix("$") && $0.contains("rekindle encrypt") } == true
            }
            kill(rekindle.holderPID(), SIGTERM)
        }
        let modes = try stty(in: tmux, mark: 2)
        #expect(modes.contains("echo") && !modes.contains("-echo"), "echo is off after \(exit): \(modes)")
        #expect(modes.contains("icanon") && !modes.contains("-icanon"))
        #expect(dir.read("data/sessions/default.json") == before)
    }

    /// The words of `stty -a` run in the pane's shell, once its prompt is back (with
    /// echo off the command does not show; its output does).
    private func stty(in tmux: TmuxSession, mark: Int) throws -> Set<String> {
        let file = dir.file("stty-\(mark).txt")
        try tmux.waitUntil("the shell's prompt") { screen in
            screen.split(separator: "\n").last.map { $0.hasPrefix("$") && !$0.contains("rekindle") } == true
        }
        try tmux.typeLine("stty -a > \(file); echo done-$((\(mark) * 1000))")
        try tmux.waitFor("done-\(mark * 1000)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        return Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
    }
}
