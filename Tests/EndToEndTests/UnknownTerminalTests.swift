import Foundation
import Testing
import TestSupport

/// Issue 28: a terminal whose terminfo entry this system lacks. A newer xterm (kitty
/// here) starts on xterm-256color with a note; without any terminfo database the
/// refusal names the package to install and TERMINFO_DIRS, never the TERM that failed.
@Suite struct UnknownTerminalTests {
    let dir = TemporaryDirectory()
    var rekindle: Rekindle { Rekindle(dataDirectory: dir.file("data")) }

    /// xterm-kitty where this system's terminfo lacks it (Debian's ncurses-base does;
    /// ncurses-term has it), else a variant of foot that no terminfo has.
    static let missingTerm: String = {
        let known = (try? Command("/usr/bin/env", ["infocmp", "xterm-kitty"]).run().status) == 0
        return known ? "foot-rekindle-test" : "xterm-kitty"
    }()

    func environment(term: String, extra: [String: String] = [:]) -> [String: String] {
        rekindle.terminalEnvironment.merging(["TERM": term]) { $1 }.merging(extra) { $1 }
    }

    /// TERMINFO names an empty folder, as for a person with no entries of their own:
    /// ncurses still searches the system's database after it.
    @Test func aNewerXtermStartsOnXterm256Color() throws {
        try FileManager.default.createDirectory(atPath: dir.file("terminfo"), withIntermediateDirectories: true)
        let terminal = try PseudoTerminal()
        let running = try Command(Repository.binary, [], environment: environment(term: Self.missingTerm, extra: ["TERMINFO": dir.file("terminfo")]),
                                  terminal: terminal.path).start()
        try terminal.waitFor("rekindle: terminal type '\(Self.missingTerm)' is not in this system's terminfo; using xterm-256color")
        try terminal.waitFor("Welcome.")
        terminal.send("q")
        let ended = running.wait(seconds: TmuxSession.timeout)
        if ended == nil { kill(running.pid, SIGKILL); _ = running.wait() }
        #expect(ended?.status == 0)
    }

    @Test func anUnknownTerminalOfNoFamilyNamesOneThatExists() throws {
        let terminal = try PseudoTerminal()
        let running = try Command(Repository.binary, [], environment: environment(term: "rekindle-test-terminal"),
                                  terminal: terminal.path).start()
        try terminal.waitFor("rekindle: unknown terminal type 'rekindle-test-terminal': this system's terminfo has no entry for it. Set TERM to one it has (e.g. TERM=xterm-256color)")
        #expect(running.wait(seconds: TmuxSession.timeout)?.status == 1)
    }

    /// No database at all: the system's terminfo folders are hidden in a private mount
    /// namespace (TERMINFO and TERMINFO_DIRS alone only add folders to the search).
    @Test(arguments: [missingTerm, "xterm-256color"])
    func withoutADatabaseThePackageIsNamed(term: String) throws {
        let empty = dir.file("terminfo")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let canHide = (try? Command("/usr/bin/env", ["unshare", "-m", "true"]).run().status) == 0
        guard Repository.runs(where: canHide) else { return }
        let hide = ["/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo", "/usr/lib/terminfo"]
            .map { "if [ -d \($0) ]; then mount --bind '\(empty)' \($0) || exit 99; fi" }.joined(separator: "; ")
        let terminal = try PseudoTerminal()
        let running = try Command("/usr/bin/env", ["unshare", "-m", "/bin/sh", "-c", "\(hide); exec '\(Repository.binary)'"],
                                  environment: environment(term: term, extra: ["TERMINFO": empty, "TERMINFO_DIRS": empty]),
                                  terminal: terminal.path).start()
        try terminal.waitFor("rekindle: no terminfo database describes '\(term)'")
        try terminal.waitFor("apt-get install ncurses-base")
        let ended = running.wait(seconds: TmuxSession.timeout)
        #expect(ended?.status == 1)
    }
}
