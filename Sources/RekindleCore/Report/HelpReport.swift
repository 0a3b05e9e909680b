/// The help section as plain text, printed by `rekindle help-now` for a person who
/// cannot use the full screen: the intro, then each group with its services, one a
/// line. Every text from the guide goes through `VisibleText`, so a guide cannot
/// drive the terminal through it.
public enum HelpReport {
    public static func render(_ help: HelpResources) -> String {
        var out = [VisibleText.line(help.title)]
        for paragraph in help.intro { out += ["", VisibleText.line(paragraph)] }
        for group in help.groups {
            out += ["", VisibleText.line(group.title)]
            out += group.notes.map { "  " + VisibleText.line($0) }
            out += group.services.map { "  - " + VisibleText.line($0.line) }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
