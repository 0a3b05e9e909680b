import RekindleCore

/// The parts of the guide with their state, each shown one way: ○ not started,
/// ◐ in progress, ● done, – skipped, × set aside (after a no to reconciling). A full list of names, or a rail of marks on narrower
/// screens, which opens into the full list over the page while it has focus.
enum SidebarView {
    /// Draws the list, or the rail, in `rect`; the current part's row stands out, and
    /// has the terminal's cursor while the list has focus.
    static func render(_ state: AppState, in rect: Rect, rail: Bool, checkedPerPart: [Int], into frame: inout Frame) {
        let focused = state.pane == .sidebar
        // Drawn over the page (the full list on a narrow screen), the list hides it.
        if rect.maxX == frame.width { frame.fill(rect) }
        // Beside the page, a line parts them; drawn instead of the page, none is needed.
        if rect.maxX < frame.width {
            frame.fill(Rect(x: rect.maxX - 1, y: rect.y, width: 1, height: rect.height), with: "│", style: .muted)
        }
        let inner = Rect(x: rect.x, y: rect.y + 1, width: rect.width - 2, height: rect.height - 1)
        let parts = state.guide.parts
        let states = state.partStates(checkedPerPart: checkedPerPart)
        let highlighted = focused ? state.stepsCursor : state.partIndex
        let (first, shown) = window(highlighted: highlighted, rows: inner.height, count: parts.count)
        // Parts below the list's end are counted on its last row.
        let below = parts.count - first - shown
        if below > 0 {
            frame.putCut(L("more.belowShort", below), x: inner.x + 1, y: inner.y + shown, style: .muted, width: inner.width - 1)
        }
        var number = parts[..<first].count { $0.kind == .step }
        for index in first..<min(parts.count, first + max(0, shown)) {
            let part = parts[index]
            if part.kind == .step { number += 1 }
            let y = inner.y + index - first
            let progress = states[index]
            var style = index == state.partIndex ? Style(tone: .accent, bold: true) : .plain
            let selected = focused && index == highlighted
            if selected {
                style = .selected
                frame.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style)
                frame.cursor = Point(x: inner.x + 1, y: y)
            }
            var markStyle = [.notStarted, .skipped, .setAside].contains(progress) ? Style.muted : .accent
            if selected { markStyle.tone = .selection }
            frame.put(mark(progress), x: inner.x + 1, y: y, style: markStyle)
            let name = rail ? state.guide.railName(of: part, number: number) : state.guide.listName(of: part, number: number)
            frame.putCut(name, x: inner.x + 3, y: y, style: style, width: inner.width - 3)
        }
    }

    /// The parts a list of `rows` shows: from the first, as early as still shows the
    /// highlighted one, `shown` of them (a row less when the last says how many more).
    static func window(highlighted: Int, rows: Int, count: Int) -> (first: Int, shown: Int) {
        let shown = count > rows ? max(1, rows - 1) : rows
        return (max(0, highlighted - shown + 1), shown)
    }

    /// A part's state mark.
    static func mark(_ progress: Progress.State) -> String {
        switch progress {
        case .notStarted: "○"
        case .inProgress: "◐"
        case .done: "●"
        case .skipped: "–"
        case .setAside: "×"
        }
    }
}

extension Guide {
    /// A part as the steps list names it: "3. Focus on Self-Improvement", or "Opening".
    /// `number` is a step's number, counted by the caller as it walks the parts.
    func listName(of part: Part, number: Int) -> String {
        part.kind == .step ? "\(number). \(part.title)" : label(of: part)
    }

    /// A part as the rail names it: its number, or "Op" and "Cl".
    func railName(of part: Part, number: Int) -> String {
        part.kind == .step ? String(number) : String(label(of: part).prefix(2))
    }
}
