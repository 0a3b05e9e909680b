/// Every key, grouped, on one screen (scrollable where the screen is short).
enum HelpView {
    /// The key map's bindings by group, then what is not a key.
    static let entries: [(String, String)] = KeyMap.sections.flatMap { section in
        [(section.title, "")] + section.bindings.map { ($0.label, $0.help) }
    } + [("Also", ""), ("mouse", "click a step or an action; the wheel scrolls"),
         ("paste", "while writing, a paste goes in as text, Tabs and new lines too")]

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
        for (row, line) in rows(width: frame.width).dropFirst(state.helpScroll.index).prefix(frame.height - 3).enumerated() {
            let y = 2 + row
            if line.heading {
                frame.put(line.keys, x: 2, y: y, style: .title)
            } else {
                frame.put(line.keys, x: 4, y: y, style: Style(tone: .accent, bold: true))
                frame.put(line.text, x: 6 + keyWidth, y: y, limit: frame.width - keyWidth - 7)
            }
        }
        frame.cursor = Point(x: 2, y: 2)
        Chrome.renderKeys([KeyMap.leaveHelp, KeyMap.down.hinted("scroll")], into: &frame)
    }
}
