import RekindleCore

/// A step's notes as dated entries, and an entry's earlier versions: Enter edits an
/// entry, → lists its versions, Enter restores one (what it replaces is kept).
enum JournalView {
    static func render(_ state: AppState, into frame: inout Frame) {
        Chrome.renderHeader(state, right: L("history.title"), into: &frame)
        let entries = state.session.entries(for: state.part.id)
        let width = min(StepLayout.readingWidth, frame.width - 4)
        let x = max(2, (frame.width - width) / 2)
        let when = { (date: Date) in RelativeTime.text(date, now: state.lastEventAt, zone: state.zone) }
        if let entry = state.journalScreen.versionsOf, entries.indices.contains(entry) {
            let versions = Array(entries[entry].versions.reversed())
            let title = L("history.versionsOf", day(entries[entry].startedAt, state))
            frame.putCut(title, x: x, y: 2, style: .title, width: width)
            guard !versions.isEmpty else {
                frame.putCut(L("history.noVersions"),
                             x: x, y: 4, style: .muted, width: width)
                Chrome.renderKeys([KeyMap.back], into: &frame)
                return
            }
            let rows = versions.map { L("history.version", when($0.savedAt), firstLine($0.text)) }
            let listEnd = renderList(rows, cursor: state.journalScreen.versions.index, x: x, y: 4, width: width,
                                     height: max(1, (frame.height - 8) / 2), into: &frame)
            renderText(versions[state.journalScreen.versions.index].text, x: x, y: listEnd + 1, width: width,
                       bottom: frame.height - 3, into: &frame)
            Chrome.renderKeys([KeyMap.restore, KeyMap.down.hinted(L("hint.choose")), KeyMap.back], into: &frame)
            return
        }
        frame.putCut(L("history.entries", state.guide.label(of: state.part), state.part.title), x: x, y: 2, style: .title, width: width)
        let rows = entries.map { entry in
            let count = entry.versions.count
            let versions = count == 0 ? "" : " · " + (count == 1 ? L("history.oneVersion") : L("history.versions", count))
            return "\(day(entry.startedAt, state))\(versions) · \(firstLine(entry.text))"
        }
        let listEnd = renderList(rows, cursor: state.journalScreen.entries.index, x: x, y: 4, width: width,
                                 height: max(1, (frame.height - 8) / 2), into: &frame)
        renderText(entries[state.journalScreen.entries.index].text, x: x, y: listEnd + 1, width: width,
                   bottom: frame.height - 3, into: &frame)
        Chrome.renderKeys([KeyMap.editEntry, KeyMap.versions, KeyMap.down.hinted(L("hint.choose")), KeyMap.back], into: &frame)
    }

    private static func day(_ date: Date, _ state: AppState) -> String {
        RelativeTime.day(state.zone.dayNumber(of: date), now: state.lastEventAt, zone: state.zone)
    }

    private static func firstLine(_ text: String) -> String {
        let line = text.split(separator: "\n").first.map(String.init) ?? ""
        return line.isEmpty ? L("history.empty") : line
    }

    /// The rows around the cursor, the highlighted one marked; returns the row below.
    private static func renderList(_ rows: [String], cursor: Int, x: Int, y: Int, width: Int, height: Int,
                                   into frame: inout Frame) -> Int {
        let first = max(0, min(cursor - height + 1, rows.count - height))
        for (offset, row) in rows.dropFirst(first).prefix(height).enumerated() {
            let selected = first + offset == cursor
            if selected {
                frame.fill(Rect(x: x, y: y + offset, width: width, height: 1), style: .selected)
                frame.cursor = Point(x: x, y: y + offset)
            }
            frame.putCut(row, x: x + 1, y: y + offset, style: selected ? .selected : .plain, width: width - 2)
        }
        return y + min(height, rows.count)
    }

    /// The highlighted entry or version, read-only, as much as fits.
    private static func renderText(_ text: String, x: Int, y: Int, width: Int, bottom: Int, into frame: inout Frame) {
        guard bottom > y + 1 else { return }
        frame.fill(Rect(x: x, y: y, width: width, height: 1), with: "─", style: .muted)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let preview = StepLayout.preview(of: lines, width: width - 2, limit: bottom - y - 1)
        for (row, line) in preview.rows.enumerated() {
            frame.put(line, x: x + 2, y: y + 1 + row, limit: width - 2)
        }
    }
}
