import RekindleCore

/// The sessions on this computer: open one, or start a new one by name.
enum PickerView {
    static func render(_ state: AppState, into frame: inout Frame) {
        Chrome.renderHeader(state, right: L("sessions.title"), into: &frame)
        frame.put(L("sessions.heading"), x: 2, y: 2, style: .title)
        let sessions = state.picker.sessions
        if sessions.isEmpty { frame.put(L("sessions.reading"), x: 4, y: 4, style: .muted) }
        for (index, summary) in sessions.enumerated() where 4 + index < frame.height - 4 {
            let selected = index == state.picker.cursor.index && state.picker.naming == nil
            let y = 4 + index
            if selected {
                frame.fill(Rect(x: 2, y: y, width: frame.width - 4, height: 1), style: .selected)
                frame.cursor = Point(x: 2, y: y)
            }
            let current = summary.name == state.session.name ? " " + L("sessions.open") : ""
            let x = frame.put(summary.name + current, x: 4, y: y, style: selected ? .selected : .plain)
            frame.put(summary.detail, x: max(x + 2, 28), y: y, style: selected ? .selected : .muted, limit: frame.width - max(x + 2, 28) - 2)
        }
        if let name = state.picker.naming {
            let y = frame.height - 3
            let x = frame.put(L("sessions.newName") + " ", x: 2, y: y, style: .title)
            let end = frame.put(name, x: x, y: y)
            frame.cursor = Point(x: min(end, frame.width - 1), y: y)
            frame.showsCursor = true
            Chrome.renderKeys([KeyMap.choose.hinted(L("hint.start")), KeyMap.back.hinted(L("hint.cancel"))], always: Chrome.whileTyping, into: &frame)
        } else {
            Chrome.renderKeys([KeyMap.choose, KeyMap.newSession, KeyMap.down.hinted(L("hint.choose")), KeyMap.back], into: &frame)
        }
    }
}
