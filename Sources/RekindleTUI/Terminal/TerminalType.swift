import RekindleCore

/// The terminal type ncurses starts with: TERM itself when this system's terminfo
/// describes it, else `xterm-256color` for a newer terminal that descends from xterm
/// but whose entry is not installed (Debian puts kitty's, alacritty's, foot's and
/// wezterm's in ncurses-term, which a minimal system or a server lacks).
public struct TerminalType: Equatable, Sendable {
    /// The terminfo entry to start with.
    public var name: String
    /// One line for the person when that is not TERM, worded to follow "rekindle: ".
    public var note: String?

    /// Families of terminals that understand everything `xterm-256color` describes,
    /// by the TERM they set: `foot` and its variants (`foot-extra`), and the like.
    static let xtermFamilies = ["alacritty", "kitty", "xterm-kitty", "wezterm", "foot", "ghostty", "xterm-ghostty"]

    static let fallback = "xterm-256color"

    /// Whether TERM names one of `xtermFamilies`, or a variant of one (`foot-extra`,
    /// `alacritty-direct`).
    static func isXtermFamily(_ term: String) -> Bool {
        xtermFamilies.contains { term == $0 || term.hasPrefix($0 + "-") || term.hasPrefix($0 + "+") }
    }

    /// The type to start with for TERM, given which entries terminfo has; refuses a
    /// TERM it has not and cannot stand in for, saying what to do. A suggestion never
    /// names the TERM that failed.
    static func choose(for term: String, known: (String) -> Bool) throws(NcursesTerminal.Unavailable) -> TerminalType {
        if known(term) { return TerminalType(name: term) }
        if isXtermFamily(term) && known(fallback) {
            return TerminalType(name: fallback, note: L("terminal.fallback", term, fallback))
        }
        if let other = ["xterm-256color", "xterm", "vt100"].first(where: { $0 != term && known($0) }) {
            throw NcursesTerminal.Unavailable(description: L("terminal.unknown", term, other) + " " + NcursesTerminal.suggestion)
        }
        let own = term == fallback ? "" : L("terminal.ownEntry", term)
        let described = term == fallback ? L("terminal.anyCommon") : fallback
        throw NcursesTerminal.Unavailable(description: L("terminal.noDatabase", term, described, own) + " " + NcursesTerminal.suggestion)
    }
}
