/// Every key, grouped, on one screen (scrollable where the screen is short).
enum HelpView {
    static let entries: [(String, String)] = [
        ("Moving around", ""),
        ("n  ]  →  l", "next part of the guide"),
        ("p  [  ←  h", "previous part"),
        ("Tab  Shift-Tab", "next / previous pane (guidance, checklist, notes, steps list)"),
        ("↑ ↓  j k", "scroll the guidance, move in the checklist or the steps list"),
        ("PgUp PgDn  Home End", "a page / to the top or bottom"),
        ("mouse", "click a step or an action; the wheel scrolls"),
        ("Checklist", ""),
        ("Space  Enter", "check or uncheck the highlighted action (the date is kept)"),
        ("u", "undo: take back the last check, or the last burst of typing or paste"),
        ("U  Ctrl-R", "redo: put back what undo took back"),
        ("Notes", ""),
        ("e", "start writing (or Enter on Notes); arrows, Home/End, PgUp/PgDn move"),
        ("Esc", "stop writing (your words are saved as you type)"),
        ("paste", "while writing, a paste goes in as text, Tabs and new lines too"),
        ("Ctrl-E  F2", "write this note in $VISUAL / $EDITOR"),
        ("Ctrl-S", "save now"),
        ("Elsewhere", ""),
        ("r", "review everything you completed, with dates"),
        ("/", "search the guide and your notes"),
        ("s", "sessions: switch, or start a new one"),
        ("?  F1", "this help"),
        ("q  Ctrl-C", "save and quit"),
        ("Ctrl-Z", "suspend (fg to come back)"),
    ]

    static let keyWidth = entries.map(\.0.count).max() ?? 0

    /// The entries laid out for a width: (keys, description line, is a group heading).
    static func rows(width: Int) -> [(keys: String, text: String, heading: Bool)] {
        entries.flatMap { keys, text -> [(keys: String, text: String, heading: Bool)] in
            guard !text.isEmpty else { return [(keys, "", true)] }
            return Wrap.lines(text, width: max(10, width - keyWidth - 7)).enumerated().map { index, line in
                (index == 0 ? keys : "", line, false)
            }
        }
    }

    static func render(_ state: AppState, into frame: inout Frame) {
        Chrome.renderHeader(state, right: "Help", into: &frame)
        for (row, line) in rows(width: frame.width).dropFirst(state.helpScroll).prefix(frame.height - 3).enumerated() {
            let y = 2 + row
            if line.heading {
                frame.put(line.keys, x: 2, y: y, style: .title)
            } else {
                frame.put(line.keys, x: 4, y: y, style: Style(tone: .accent, bold: true))
                frame.put(line.text, x: 6 + keyWidth, y: y, limit: frame.width - keyWidth - 7)
            }
        }
        frame.cursor = Point(x: 2, y: 2)
        Chrome.renderKeys([("any key", "back"), ("↑↓", "scroll")], into: &frame)
    }
}
