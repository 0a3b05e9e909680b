import RekindleCore

/// Every part of the guide with its state: · not started, ◐ in progress, ✓ done.
enum SidebarView {
    static func render(_ state: AppState, in rect: Rect, into frame: inout Frame) {
        let focused = state.pane == .sidebar
        for y in rect.y..<rect.maxY { frame.put("│", x: rect.maxX - 1, y: y, style: .muted) }
        let inner = Rect(x: rect.x, y: rect.y + 1, width: rect.width - 1, height: rect.height - 1)
        let first = max(0, state.partIndex - inner.height + 1)
        for (index, part) in state.guide.parts.enumerated() where index >= first && index - first < inner.height {
            let y = inner.y + index - first
            let current = index == state.partIndex
            let mark: String
            var style: Style
            switch Progress.state(of: part, in: state.session) {
            case .notStarted: (mark, style) = ("·", .plain)
            case .inProgress: (mark, style) = ("◐", Style(tone: .accent))
            case .done: (mark, style) = ("✓", .success)
            }
            let number = part.kind == .step ? String(state.guide.label(of: part).dropFirst(5)) : ""
            let title = part.kind == .step ? part.title : state.guide.label(of: part)
            let done = part.checklist.filter { state.session.isChecked($0.id) }.count
            let count = part.checklist.isEmpty ? "" : "\(done)/\(part.checklist.count)"
            if current {
                style = focused ? .selected : Style(tone: style.tone, bold: true, underline: true)
                frame.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: focused ? .selected : .plain)
                frame.cursor = frame.cursor ?? Point(x: inner.x + 1, y: y)
            }
            let label = "\(current ? "▸" : " ")\(mark) \(number.isEmpty ? "" : number + ". ")\(title)"
            let room = inner.width - count.count - 2
            frame.put(label.cellWidth > room ? String(label.prefix(room - 1)) + "…" : label, x: inner.x, y: y, style: style, limit: room)
            frame.put(count, x: inner.maxX - count.count - 1, y: y, style: current && focused ? .selected : .muted)
        }
    }
}
