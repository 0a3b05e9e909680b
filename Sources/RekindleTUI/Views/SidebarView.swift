import RekindleCore

/// Every part of the guide with its state: · not started, ◐ in progress, ✓ done.
enum SidebarView {
    /// Draws the sidebar from each part's checked items (`Progress.checkedPerPart`).
    static func render(_ state: AppState, in rect: Rect, checkedPerPart: [Int], into frame: inout Frame) {
        let focused = state.pane == .sidebar
        frame.fill(Rect(x: rect.maxX - 1, y: rect.y, width: 1, height: rect.height), with: "│", style: .muted)
        let inner = Rect(x: rect.x, y: rect.y + 1, width: rect.width - 1, height: rect.height - 1)
        let parts = state.guide.parts
        let partIndex = state.partIndex
        let first = max(0, partIndex - inner.height + 1)
        var stepNumber = parts[..<first].filter { $0.kind == .step }.count
        for index in first..<min(parts.count, first + max(0, inner.height)) {
            let part = parts[index]
            if part.kind == .step { stepNumber += 1 }
            let title = part.kind == .step ? "\(stepNumber). \(part.title)" : state.guide.label(of: part)
            let progress = Progress.state(of: part, checked: checkedPerPart[index], hasNote: state.hasNote(for: part.id))
            let y = inner.y + index - first
            let current = index == partIndex
            if current { frame.cursor = Point(x: inner.x + 1, y: y) }
            var style: Style = switch progress {
            case .notStarted: .plain
            case .inProgress: Style(tone: .accent)
            case .done: .success
            }
            if current {
                style = focused ? .selected : Style(tone: style.tone, bold: true, underline: true)
                frame.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: focused ? .selected : .plain)
            }
            let count = part.checklist.isEmpty ? "" : "\(checkedPerPart[index])/\(part.checklist.count)"
            let x = frame.put(lead(current: current, progress), x: inner.x, y: y, style: style)
            // "▸✓ 3. Title      2/4", the title cut with "…" where the count needs the room.
            let room = inner.width - count.cellWidth - 2 - (x - inner.x)
            if title.cellWidth > room {
                let end = frame.put(title, x: x, y: y, style: style, limit: room - 1)
                if room > 0 { frame.put("…", x: end, y: y, style: style) }
            } else {
                frame.put(title, x: x, y: y, style: style)
            }
            frame.put(count, x: inner.maxX - count.cellWidth - 1, y: y, style: current && focused ? .selected : .muted)
        }
    }

    /// The cursor mark (on the current part) and the state mark, with the space after.
    private static func lead(current: Bool, _ progress: Progress.State) -> String {
        switch (current, progress) {
        case (false, .notStarted): " · "
        case (false, .inProgress): " ◐ "
        case (false, .done): " ✓ "
        case (true, .notStarted): "▸· "
        case (true, .inProgress): "▸◐ "
        case (true, .done): "▸✓ "
        }
    }
}
