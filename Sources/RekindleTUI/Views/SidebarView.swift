import RekindleCore

/// Every part of the guide with its state: · not started, ◐ in progress, ✓ done.
enum SidebarView {
    static func render(_ state: AppState, in rect: Rect, into frame: inout Frame) {
        let focused = state.pane == .sidebar
        frame.fill(Rect(x: rect.maxX - 1, y: rect.y, width: 1, height: rect.height), with: "│", style: .muted)
        let inner = Rect(x: rect.x, y: rect.y + 1, width: rect.width - 1, height: rect.height - 1)
        let parts = state.guide.parts
        let partIndex = state.partIndex
        let first = max(0, partIndex - inner.height + 1)
        for index in first..<min(parts.count, first + max(0, inner.height)) {
            let part = parts[index]
            let y = inner.y + index - first
            let current = index == partIndex
            let done = part.checklist.count { state.session.isChecked($0.id) }
            let progress = Progress.state(of: part, checked: done, in: state.session)
            var style: Style = switch progress {
            case .notStarted: .plain
            case .inProgress: Style(tone: .accent)
            case .done: .success
            }
            let count = part.checklist.isEmpty ? "" : "\(done)/\(part.checklist.count)"
            if current {
                style = focused ? .selected : Style(tone: style.tone, bold: true, underline: true)
                frame.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: focused ? .selected : .plain)
                frame.cursor = frame.cursor ?? Point(x: inner.x + 1, y: y)
            }
            // "▸✓ 3. Title", the title cut with "…" where the count needs the room.
            let x = frame.put(lead(current: current, progress), x: inner.x, y: y, style: style)
            let title = state.sidebarTitles[index]
            let room = inner.width - count.utf8.count - 2 - (x - inner.x)
            if title.cellWidth > room {
                let end = frame.put(title, x: x, y: y, style: style, limit: room - 1)
                if room > 0 { frame.put("…", x: end, y: y, style: style) }
            } else {
                frame.put(title, x: x, y: y, style: style)
            }
            frame.put(count, x: inner.maxX - count.count - 1, y: y, style: current && focused ? .selected : .muted)
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

    /// Each part's label in the sidebar: "3. Rebuild Trust", or "Opening".
    static func titles(of guide: Guide) -> [String] {
        var stepNumber = 0
        return guide.parts.map { part in
            guard part.kind == .step else { return guide.label(of: part) }
            stepNumber += 1
            return "\(stepNumber). \(part.title)"
        }
    }
}
