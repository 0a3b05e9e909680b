import Foundation
import Testing
import TestSupport
@testable import RekindleCore

/// Issue 23: the bytes a terminal sends, however odd, never lose what a person typed
/// and never stop the keyboard. The real binary in tmux; raw bytes go in with
/// `send-keys -H`, pastes with `paste-buffer -p` (bracketed, as tmux does for a
/// program that asks for it).
@Suite(.serialized) struct InputEndToEndTests {
    let dir = TemporaryDirectory()
    var rekindle: Rekindle { Rekindle(dataDirectory: dir.file("data")) }

    /// The coach, writing in the opening's notes.
    func startWriting(environment extra: [String: String] = [:], width: Int = 80, then: String = "") throws -> TmuxSession {
        let environment = rekindle.terminalEnvironment.merging(extra) { $1 }
        let after = then.isEmpty ? "" : "\nstatus=$?; \(then); (exit $status)"
        return try TmuxSession.writingInTheOpening("\(Repository.binary)\(after)", width: width, environment: environment)
    }

    /// Leaves writing, then quits, and returns the saved note.
    func quit(_ tmux: TmuxSession) throws -> String {
        try tmux.send("Escape")
        try tmux.waitFor("e write")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        return try SessionStore(dataDirectory: dir.file("data")).load("default")?.noteText(for: "opening") ?? ""
    }

    func sendBytes(_ tmux: TmuxSession, _ bytes: [UInt8]) throws {
        try tmux.tmux(["send-keys", "-t", "main", "-H"] + bytes.map { String(format: "%02x", $0) })
    }

    func paste(_ tmux: TmuxSession, _ text: String) throws {
        let file = dir.file("paste-\(UUID().uuidString).txt")
        dir.write(URL(fileURLWithPath: file).lastPathComponent, Array(text.utf8))
        try tmux.tmux(["load-buffer", "-b", "test", file])
        try tmux.tmux(["paste-buffer", "-p", "-d", "-b", "test", "-t", "main"])
    }

    /// Under LANG=C or LC_ALL=C nothing typed after the first non-ASCII character is lost.
    @Test(arguments: [["LANG": "C", "LC_ALL": ""], ["LC_ALL": "C"], ["LC_ALL": "POSIX", "LANG": "POSIX"]])
    func aNonUTF8LocaleKeepsEveryCharacter(locale: [String: String]) throws {
        let tmux = try startWriting(environment: locale)
        try tmux.type("abc é def 中 x 😀 y")
        try tmux.waitFor("😀 y")
        #expect(try quit(tmux) == "abc é def 中 x 😀 y")
    }

    /// `ok1\xc3Aok2`, and then a character whose bytes come 300 ms apart: all kept.
    @Test func invalidAndSlowUTF8IsKept() throws {
        let tmux = try startWriting()
        try sendBytes(tmux, Array("ok1".utf8) + [0xC3] + Array("Aok2 ".utf8))
        try tmux.waitFor("ok2")
        try sendBytes(tmux, [0xE4, 0xB8])
        usleep(300_000)
        try sendBytes(tmux, [0xAD])
        try tmux.waitFor("中")
        #expect(try quit(tmux) == "ok1\u{FFFD}Aok2 中")
    }

    /// A Latin-1 terminal typing `éè` (E9 E8): the keyboard still works afterwards.
    @Test func undecodableBytesDoNotStopTheKeyboard() throws {
        let tmux = try startWriting()
        try sendBytes(tmux, [0xE9, 0xE8])
        try tmux.type("after")
        try tmux.waitFor("after")
        #expect(try quit(tmux) == "\u{FFFD}\u{FFFD}after")
    }

    /// A pasted Tab, new lines and even an escape sequence are text in the note; the
    /// coach goes on, and mouse reports (SGR form) are on while it runs and off once it exits.
    @Test func aPasteIsTextWhateverItHolds() throws {
        let tmux = try startWriting(then: "echo EXITED; sleep 30")
        try paste(tmux, "Name:\tquestions I still have\nq and \u{1B}[A more")
        try tmux.waitFor("more")
        try tmux.type(" typed")
        try tmux.waitFor("typed")
        #expect(try mouseFlags(tmux) == "11")
        try tmux.send("Escape")
        try tmux.waitFor("e write")
        try tmux.send("q")
        try tmux.waitFor("EXITED")
        #expect(try mouseFlags(tmux) == "00")
        let note = try SessionStore(dataDirectory: dir.file("data")).load("default")?.noteText(for: "opening")
        #expect(note == "Name:\tquestions I still have\nq and \u{1B}[A more typed")
    }

    /// Whether the pane asked for mouse reports and for them in SGR form, as tmux keeps them.
    func mouseFlags(_ tmux: TmuxSession) throws -> String {
        try tmux.tmux(["display", "-p", "-t", "main", "#{mouse_standard_flag}#{mouse_sgr_flag}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Esc followed at once by more bytes (an Alt key, an OSC 52 clipboard write) is
    /// one sequence: writing goes on and nothing in it runs as a command.
    @Test func escapeInsideTypedTextDoesNotEndWriting() throws {
        let tmux = try startWriting()
        try tmux.type("one")
        try tmux.waitFor("one")
        try sendBytes(tmux, Array("\u{1B}]52;c;cQ==\u{07}\u{1B}q\u{1B}n two".utf8))
        try tmux.waitFor("one two")
        #expect(try tmux.screen().contains("Esc done"))
        #expect(try quit(tmux) == "one two")
    }

    /// A megabyte on one line goes in within seconds, and Ctrl-C works right after.
    @Test func aMegabytePasteOnOneLineIsQuickAndCtrlCStillQuits() throws {
        let tmux = try startWriting()
        let line = String(repeating: "abcdefghij", count: 100_000)
        let started = Date()
        try paste(tmux, line + "END")
        try tmux.waitFor("END", timeout: 30)
        let took = Date().timeIntervalSince(started)
        print("a 1 MB single-line paste took \(took) s")
        #expect(took < 15, "quadratic insertion took minutes")
        try tmux.send("C-c")
        #expect(try tmux.waitForExit() == 0)
        let note = try SessionStore(dataDirectory: dir.file("data")).load("default")?.noteText(for: "opening")
        #expect(note == line + "END")
    }

    /// Every signal whose default would end the program saves the note and gives the
    /// terminal back in its usual modes.
    /// (40 is a real-time signal.)
    @Test(arguments: [SIGUSR1, SIGUSR2, SIGXCPU, SIGPWR, SIGVTALRM, SIGPROF, SIGIO, SIGALRM, 40])
    func terminatingSignalsSaveAndRestoreTheTerminal(signal: Int32) throws {
        let tmux = try startWriting(then: "stty -a | tr ' ' '\\n' | grep -x -e '-*echo' -e '-*icanon' | tr '\\n' ' '; echo; sleep 30")
        try tmux.type("kept \(signal)")
        try tmux.waitFor("kept \(signal)")
        kill(rekindle.holderPID(), signal)
        let screen = try tmux.waitFor("icanon")
        #expect(screen.contains("echo icanon") || screen.contains("icanon echo"), "\(screen)")
        let note = try SessionStore(dataDirectory: dir.file("data")).load("default")?.noteText(for: "opening")
        #expect(note == "kept \(signal)")
    }
}
