import RekindleCore

/// Every part of the guide with its state: · not started, ◐ in progress, ✓ done.
enum SidebarView {
    static func render(_ state: AppState, in rect: Rect, into frame: inout Frame) {
        let focused = state.pane == .sidebar
        frame.fill(Rect(x: rect.maxX - 1, y: rect.y, width: 1, height: rect.height), with: "│", style: .muted)
        let inner = Rect(x: rect.x, y: rect.y + 1, width: rect.width - 1, height: rect.height - 1)
        let parts = state.guide.parts
        let first = max(0, state.partIndex - inner.height + 1)
        var stepNumber = parts[..<first].count { $0.kind == .step }
        for index in first..<min(parts.count, first + max(0, inner.height)) {
            let part = parts[index]
            if part.kind == .step { stepNumber += 1 }
            let y = inner.y + index - first
            let current = index == state.partIndex
            let done = part.checklist.count { state.session.isChecked($0.id) }
            let mark: String
            var style: Style
            switch Progress.state(of: part, checked: done, in: state.session) {
            case .notStarted: (mark, style) = ("·", .plain)
            case .inProgress: (mark, style) = ("◐", Style(tone: .accent))
            case .done: (mark, style) = ("✓", .success)
            }
            let count = part.checklist.isEmpty ? "" : "\(done)/\(part.checklist.count)"
            if current {
                style = focused ? .selected : Style(tone: style.tone, bold: true, underline: true)
                frame.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: focused ? .selected : .plain)
                frame.cursor = frame.cursor ?? Point(x: inner.x + 1, y: y)
            }
            // "▸✓ 3. Title", the title cut with "…" where the count needs the room.
            var x = frame.put(current ? "▸" : " ", x: inner.x, y: y, style: style)
            x = frame.put(mark, x: x, y: y, style: style)
            x = frame.put(" ", x: x, y: y, style: style)
            let room = inner.width - count.utf8.count - 2 - (x - inner.x)
            let start = x
            if part.kind == .step { x = frame.put("\(stepNumber). ", x: x, y: y, style: style, limit: room) }
            let title = part.kind == .step ? part.title : state.guide.label(of: part)
            let left = room - (x - start)
            if title.cellWidth > left {
                x = frame.put(title, x: x, y: y, style: style, limit: left - 1)
                if left > 0 { frame.put("…", x: x, y: y, style: style) }
            } else {
                frame.put(title, x: x, y: y, style: style)
            }
            frame.put(count, x: inner.maxX - count.count - 1, y: y, style: current && focused ? .selected : .muted)
        }
    }
}
