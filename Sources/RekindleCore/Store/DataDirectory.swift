/// Where Rekindle keeps its data, chosen the way XDG-respecting programs do so that
/// tests and people with unusual set-ups can point it elsewhere.
public enum DataDirectory {
    /// No folder could be chosen: HOME is unset, empty or relative, and nothing else
    /// names one. Starting a journal in whatever folder the shell was in would scatter
    /// private notes where nobody looks for them.
    public struct Unknown: Error, Equatable, CustomStringConvertible {
        public var home: String?

        public var description: String {
            let why = home.map { $0.isEmpty ? L("data.homeEmpty") : L("data.homeRelative", $0) } ?? L("data.homeUnset")
            return L("data.noFolder", why)
        }
    }

    /// `explicit` (from `--data-dir`), else `$REKINDLE_DATA_DIR`, else
    /// `$XDG_DATA_HOME/rekindle`, else `~/.local/share/rekindle`.
    public static func resolve(explicit: String?, environment: [String: String]) throws(Unknown) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let dir = environment["REKINDLE_DATA_DIR"], !dir.isEmpty { return dir }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/rekindle" }
        guard let home = environment["HOME"], home.hasPrefix("/") else { throw Unknown(home: environment["HOME"]) }
        return home + "/.local/share/rekindle"
    }
}
