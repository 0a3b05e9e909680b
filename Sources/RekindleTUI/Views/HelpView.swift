import RekindleCore

/// Every key, grouped, on one screen (scrollable where the screen is short).
enum HelpView {
    /// The key map's bindings by group, then what is not a key.
    static var entries: [(String, String)] {
        KeyMap.sections.flatMap { section in
            [(section.title, "")] + section.bindings.map { ($0.label, $0.help) }
        } + [(L("keys.section.also"), ""), ("○ ◐ ● – ×", L("help.marks")), (L("keys.mouse"), L("help.mouse")),
             (L("keys.paste"), L("help.paste"))]
    }

    static var keyWidth: Int { entries.map(\.0.count).max() ?? 0 }

    /// The entries laid out for a width: (keys, description line, is a group heading).
    static func rows(width: Int) -> [(keys: String, text: String, heading: Bool)] {
        entries.flatMap { keys, text -> [(keys: String, text: String, heading: Bool)] in
            guard !text.isEmpty else { return [(keys, "", true)] }
            return Wrap.lines(text, width: max(10, width - keyWidth - 7)).enumerated().map { index, line in
                (index == 0 ? keys : "", line, false)
            }
        }
    }

    /// The rows of `count` that show on a screen `screenHeight` high: from the third row
    /// to above the status line, less one for the "more" line when they do not all fit.
    static func visibleRows(_ count: Int, screenHeight: Int) -> Int {
        count > screenHeight - 4 ? max(1, screenHeight - 5) : screenHeight - 4
    }

    static func render(_ state: AppState, into frame: inout Frame) {
        Chrome.renderHeader(state, right: L("help.title"), into: &frame)
        let all = rows(width: frame.width)
        let scroll = state.helpScroll.index
        let height = visibleRows(all.count, screenHeight: frame.height)
        for (row, line) in all.dropFirst(scroll).prefix(height).enumerated() {
            let y = 2 + row
            if line.heading {
                frame.put(line.keys, x: 2, y: y, style: .title)
            } else {
                frame.put(line.keys, x: 4, y: y, style: Style(tone: .accent, bold: true))
                frame.put(line.text, x: 6 + keyWidth, y: y, limit: frame.width - keyWidth - 7)
            }
        }
        if height < all.count {
            frame.putCut(MoreLine.text(above: scroll, below: all.count - scroll - height), x: 2, y: 2 + height, style: .muted,
                         width: frame.width - 4)
        }
        frame.cursor = Point(x: 2, y: 2)
        // Here ? and q close the help like any other key, so only help now is named.
        Chrome.renderKeys([KeyMap.leaveHelp, KeyMap.down.hinted(L("hint.scroll"))], always: [KeyMap.helpNow], into: &frame)
    }
}
