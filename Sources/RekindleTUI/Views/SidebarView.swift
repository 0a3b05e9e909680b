import RekindleCore

/// Every part of the guide with its state: · not started, ◐ in progress, ✓ done.
enum SidebarView {
    /// What one row shows; a row whose description is unchanged is copied from the
    /// last frame (a check changes one row's count and mark, not the others).
    struct Row: Equatable {
        var y: Int
        var part: Int
        var checked: Int
        var progress: Progress.State
        var current: Bool
        var focused: Bool
        var width: Int
    }

    /// Draws the sidebar from each part's checked items (`Progress.checkedPerPart`),
    /// keeping the cells of rows `last` drew the same; returns the rows, for the next frame.
    static func render(_ state: AppState, in rect: Rect, checkedPerPart: [Int], into frame: inout Frame,
                       reusing last: (cells: CellReuse, rows: [Row])) -> [Row] {
        let focused = state.pane == .sidebar
        // Drawn over the last screen, the border is there already: filling it again
        // would write every row of the screen, which the painter must then compare.
        if case .inPlace = last.cells {} else {
            frame.fill(Rect(x: rect.maxX - 1, y: rect.y, width: 1, height: rect.height), with: "│", style: .muted)
        }
        let inner = Rect(x: rect.x, y: rect.y + 1, width: rect.width - 1, height: rect.height - 1)
        let parts = state.guide.parts
        let partIndex = state.partIndex
        let first = max(0, partIndex - inner.height + 1)
        var rows: [Row] = []
        for index in first..<min(parts.count, first + max(0, inner.height)) {
            let part = parts[index]
            let checked = checkedPerPart[index]
            let row = Row(y: inner.y + index - first, part: index, checked: checked,
                          progress: Progress.state(of: part, checked: checked, hasNote: state.hasNote(for: part.id)),
                          current: index == partIndex, focused: focused, width: inner.width)
            rows.append(row)
            if row.current { frame.cursor = frame.cursor ?? Point(x: inner.x + 1, y: row.y) }
            let cells = Rect(x: inner.x, y: row.y, width: inner.width, height: 1)
            if !last.cells.keeps(cells, unchanged: last.rows.contains(row), in: &frame) {
                draw(row, of: part, in: inner, state, into: &frame)
            }
        }
        return rows
    }

    /// "▸✓ 3. Title      2/4", the title cut with "…" where the count needs the room.
    private static func draw(_ row: Row, of part: Part, in inner: Rect, _ state: AppState, into frame: inout Frame) {
        var style: Style = switch row.progress {
        case .notStarted: .plain
        case .inProgress: Style(tone: .accent)
        case .done: .success
        }
        let count = state.labels.sidebarCounts[row.part][row.checked]
        if row.current {
            style = row.focused ? .selected : Style(tone: style.tone, bold: true, underline: true)
            frame.fill(Rect(x: inner.x, y: row.y, width: inner.width, height: 1), style: row.focused ? .selected : .plain)
        }
        let x = frame.put(lead(current: row.current, row.progress), x: inner.x, y: row.y, style: style)
        let title = state.labels.sidebarTitles[row.part]
        let room = inner.width - count.utf8.count - 2 - (x - inner.x)
        if title.cellWidth > room {
            let end = frame.put(title, x: x, y: row.y, style: style, limit: room - 1)
            if room > 0 { frame.put("…", x: end, y: row.y, style: style) }
        } else {
            frame.put(title, x: x, y: row.y, style: style)
        }
        frame.put(count, x: inner.maxX - count.utf8.count - 1, y: row.y, style: row.current && row.focused ? .selected : .muted)
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
