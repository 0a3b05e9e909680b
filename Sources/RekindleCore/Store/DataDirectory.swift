/// Where Rekindle keeps its data, chosen the way XDG-respecting programs do so that
/// tests and people with unusual set-ups can point it elsewhere.
public enum DataDirectory {
    /// `explicit` (from `--data-dir`), else `$REKINDLE_DATA_DIR`, else
    /// `$XDG_DATA_HOME/rekindle`, else `~/.local/share/rekindle`.
    public static func resolve(explicit: String?, environment: [String: String]) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let dir = environment["REKINDLE_DATA_DIR"], !dir.isEmpty { return dir }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/rekindle" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "."
        return home + "/.local/share/rekindle"
    }
}
