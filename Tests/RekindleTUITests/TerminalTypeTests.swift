import Testing
@testable import RekindleTUI

/// Issue 28: a newer terminal whose terminfo entry is not installed falls back to
/// xterm-256color with a note; otherwise the refusal says what to do, and never
/// suggests the TERM that failed.
@Suite struct TerminalTypeTests {
    static let debianBase: Set = ["xterm", "xterm-256color", "vt100", "screen", "tmux-256color", "linux"]

    func choose(_ term: String, known: Set<String> = debianBase) throws(NcursesTerminal.Unavailable) -> TerminalType {
        try TerminalType.choose(for: term) { known.contains($0) }
    }

    @Test func aKnownTerminalIsUsedAsItIs() throws {
        #expect(try choose("tmux-256color") == TerminalType(name: "tmux-256color"))
        #expect(try choose("xterm-kitty", known: Self.debianBase.union(["xterm-kitty"])) == TerminalType(name: "xterm-kitty"))
    }

    @Test(arguments: ["xterm-kitty", "kitty", "alacritty", "alacritty-direct", "wezterm", "foot", "foot-extra", "ghostty",
                      "xterm-ghostty"])
    func aNewerXtermFallsBack(term: String) throws {
        let chosen = try choose(term)
        #expect(chosen.name == "xterm-256color")
        let note = try #require(chosen.note)
        #expect(note.contains("'\(term)'") && note.contains("xterm-256color") && !note.contains("\n"))
    }

    @Test(arguments: ["footnote", "xterm-kittycat", "vt52", "weird"])
    func anUnknownTerminalOfNoFamilyIsRefused(term: String) {
        #expect(throws: NcursesTerminal.Unavailable.self) { try choose(term) }
        do {
            _ = try choose(term)
        } catch {
            #expect(error.description.hasPrefix("unknown terminal type '\(term)'"))
            #expect(error.description.contains("TERM=xterm-256color"))
        }
    }

    @Test func theSuggestionIsNeverTheTerminalThatFailed() {
        do {
            _ = try choose("xterm-256color", known: ["xterm", "vt100"])
            Issue.record("xterm-256color was accepted")
        } catch {
            #expect(error.description.contains("TERM=xterm ") || error.description.contains("TERM=xterm)"))
            #expect(!error.description.contains("TERM=xterm-256color"))
        }
    }

    @Test(arguments: ["xterm-kitty", "xterm-256color", "weird"])
    func withoutADatabaseThePackageIsNamed(term: String) {
        do {
            _ = try choose(term, known: [])
            Issue.record("\(term) was accepted")
        } catch {
            let message = error.description
            #expect(message.contains("apt-get install ncurses-base") && message.contains("TERMINFO_DIRS="), "\(message)")
            #expect(!message.contains("TERM=\(term)"))
            #expect(!message.contains("\n"))
        }
    }
}
