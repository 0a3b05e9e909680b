import RekindleCore

/// The parts every screen shares: the header bar, the key bar and the status line.
enum Chrome {
    /// The top bar: guide title on the left, `right` (where the person is) on the right,
    /// then, given the checked items, the progress bar: "Step 3 of 10  ███░░░░░░░ 12/40".
    static func renderHeader(_ state: AppState, right: String, checkedItems: Int? = nil, into frame: inout Frame) {
        frame.fill(Rect(x: 0, y: 0, width: frame.width, height: 1), style: .bar)
        let total = state.guide.parts.reduce(0) { $0 + $1.checklist.count }
        let count = checkedItems.map { "\($0)/\(total)" }
        let rightWidth = right.cellWidth + (count.map { 3 + progressCells + $0.utf8.count } ?? 0)
        let titleStyle = Style(tone: .plain, bold: true, reverse: true)
        let titleLimit = max(0, frame.width - rightWidth - 2)
        let titleX = frame.put(" ", x: 0, y: 0, style: titleStyle, limit: titleLimit)
        frame.put(state.guide.title, x: titleX, y: 0, style: titleStyle, limit: titleLimit - titleX)
        let x = frame.put(right, x: max(0, frame.width - rightWidth - 1), y: 0, style: .bar) + 2
        guard let checkedItems, let count else { return }
        let filled = total == 0 ? 0 : checkedItems * progressCells / total
        frame.fill(Rect(x: x, y: 0, width: filled, height: 1), with: "█", style: .bar)
        frame.fill(Rect(x: x + filled, y: 0, width: progressCells - filled, height: 1), with: "░", style: .bar)
        frame.put(count, x: x + progressCells + 1, y: 0, style: .bar)
    }

    /// The bottom bar: the keys that work right now, as many as fit, most useful first.
    static func renderKeys(_ keys: [Binding], into frame: inout Frame) {
        let y = frame.height - 1
        frame.fill(Rect(x: 0, y: y, width: frame.width, height: 1), style: .plain)
        var x = 0
        for (key, action) in keys.map({ ($0.short, $0.hint) }) {
            let width = key.cellWidth + 1 + action.cellWidth + 2
            guard x + width - 2 <= frame.width else { break }
            x = frame.put(key, x: x, y: y, style: .selected)
            x = frame.put(" " + action + "  ", x: x, y: y, style: .plain)
        }
    }

    /// A save problem, a notice or the quit question, just above the key bar.
    static func renderStatus(_ state: AppState, into frame: inout Frame) {
        let text = state.quitQuestion ?? state.status?.text
        guard let text, frame.height >= 3 else { return }
        let y = frame.height - 2
        let isError = state.quitQuestion != nil || state.status?.isError == true
        let style = isError ? Style(tone: .warning, bold: true, reverse: true) : .success
        frame.fill(Rect(x: 0, y: y, width: frame.width, height: 1), style: style)
        frame.put((isError ? " ! " : " ") + text, x: 0, y: y, style: style)
    }

    /// The progress bar's cells.
    static let progressCells = 10

    /// A heading row of a pane or section: highlighted when it has focus.
    static func renderHeading(_ text: String, in rect: Rect, focused: Bool, into frame: inout Frame) {
        let style = focused ? Style(tone: .accent, bold: true, reverse: true) : Style(tone: .accent, bold: true)
        if focused { frame.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: style) }
        let x = frame.put(focused ? "▸ " : "  ", x: rect.x, y: rect.y, style: style, limit: rect.width)
        frame.put(text, x: x, y: rect.y, style: style, limit: rect.width - (x - rect.x))
    }
}
