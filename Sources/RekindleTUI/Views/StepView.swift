import RekindleCore

/// A part of the guide: sidebar of steps, then guidance, checklist and notes.
enum StepView {
    static func render(_ state: AppState, memo: inout RenderMemo) -> Frame {
        let layout = state.layout
        let part = state.part
        let guide = state.guide
        let regions = layout.regions
        var (frame, reuse) = memo.startFrame(size: state.size, regions: regions)
        // Taken, not copied: it is replaced below, and a copy retains everything it holds.
        let last = memo.last.take()

        let header = HeaderInputs(width: frame.width, partIndex: state.partIndex, checks: state.checksStamp)
        let sidebarInputs = layout.sidebar.map {
            SidebarInputs(rect: $0, partIndex: state.partIndex, focused: state.pane == .sidebar,
                          checks: state.checksStamp, written: WrittenParts(state))
        }
        let headerKept = last?.header == header
        let sidebarKept = last.map { $0.sidebar == sidebarInputs } ?? false
        let checkedPerPart = headerKept && sidebarKept ? [] : memo.checkedPerPart(state)

        if !reuse.keeps(layout.header, unchanged: headerKept, in: &frame) {
            Chrome.renderHeader(state, right: state.labels.places[state.partIndex], checkedItems: checkedPerPart.reduce(0, +),
                                into: &frame)
        }

        if let sidebar = layout.sidebar {
            // Not kept whole, the sidebar keeps (or blanks and draws) row by row.
            if sidebarKept, reuse.keeps(sidebar, unchanged: true, in: &frame) {
                frame.cursor = frame.cursor ?? last?.sidebarCursor
            } else {
                memo.sidebarRows = SidebarView.render(state, in: sidebar, checkedPerPart: checkedPerPart, into: &frame,
                                                      reusing: (reuse, memo.sidebarRows))
            }
        }
        let sidebarCursor = frame.cursor

        let title = TitleInputs(rect: layout.title, partIndex: state.partIndex)
        if !reuse.keeps(layout.title, unchanged: last?.title == title, in: &frame) {
            frame.put(part.kind == .step ? "\(guide.label(of: part)) · \(part.title)" : part.title,
                      x: layout.title.x, y: layout.title.y, style: .title, limit: layout.title.width)
        }
        if let tabs = layout.tabs, !reuse.keeps(tabs, unchanged: false, in: &frame) { renderTabs(state, in: tabs, into: &frame, memo: &memo) }
        var panes = PaneInputs()
        if let rect = layout.panes[.guidance] {
            let inputs = PaneInputs.Pane(rect: rect, partIndex: state.partIndex, focused: state.pane == .guidance,
                                         position: min(state.session.position.scroll, layout.maxGuidanceScroll), checks: 0)
            panes.guidance = draw(inputs, kept: last?.panes.guidance, reuse: reuse, into: &frame) { frame, _ in
                renderGuidance(state, layout, rect, into: &frame)
            }
        }
        if let rect = layout.panes[.checklist] {
            let inputs = PaneInputs.Pane(rect: rect, partIndex: state.partIndex, focused: state.pane == .checklist,
                                         position: state.session.position.checklistCursor, checks: state.checksStamp)
            // A check or a move draws only the heading and the rows whose state changed.
            panes.checklist = draw(inputs, kept: last?.panes.checklist, reuse: reuse, rowByRow: true, into: &frame) {
                renderChecklist(state, layout, rect, overLast: $1, into: &$0, memo: &memo)
            }
        }
        if let rect = layout.panes[.notes] {
            let inputs = PaneInputs.Notes(rect: rect, partIndex: state.partIndex, focused: state.pane == .notes,
                                          writing: state.isWriting, editor: state.editor.version, savedAt: state.session.notes[state.part.id]?.editedAt)
            // Typing draws only the rows of text that changed.
            panes.notes = draw(inputs, kept: last?.panes.notes, reuse: reuse, rowByRow: inputs.focused, into: &frame) {
                renderNotes(state, layout, rect, savedAt: inputs.savedAt, overLast: $1, into: &$0, memo: &memo)
            }
            // The note's cursor is the one place where the terminal's cursor shows.
            if inputs.writing && panes.notes?.cursor != nil { frame.showsCursor = true }
        }

        let keys = KeysInputs(width: frame.width, pane: state.pane, writing: state.isWriting)
        if !reuse.keeps(layout.footer, unchanged: last?.keys == keys, in: &frame) {
            Chrome.renderKeys(self.keys(for: state.pane, writing: state.isWriting, encrypted: state.isEncrypted), into: &frame)
        }
        memo.last = RenderMemo.Drawn(regions: regions, header: header, sidebar: sidebarInputs, sidebarCursor: sidebarCursor,
                                     title: title, panes: panes, keys: keys)
        memo.lastFrame = frame
        return frame
    }

    /// Keeps a pane's cells when it was drawn from the same inputs, else draws it;
    /// either way the cursor goes where the pane put it. Returns what the memo keeps
    /// of the pane. A pane drawn `rowByRow`, when only its contents changed, is drawn
    /// over the last screen's (`render`'s `overLast`): it blanks and draws only the rows
    /// that changed, so a key writes a row or two of cells instead of the whole pane.
    private static func draw<Key: PaneKey>(_ inputs: Key, kept: (inputs: Key, cursor: Point?)?, reuse: CellReuse,
                                           rowByRow: Bool = false, into frame: inout Frame,
                                           _ render: (inout Frame, _ overLast: Bool) -> Point?) -> (inputs: Key, cursor: Point?) {
        let cursor: Point?
        if rowByRow, case .inPlace = reuse, let kept, kept.inputs != inputs, kept.inputs.isSamePane(as: inputs) {
            cursor = render(&frame, true)
        } else if reuse.keeps(inputs.region, unchanged: kept?.inputs == inputs, in: &frame) {
            cursor = kept?.cursor
        } else {
            cursor = render(&frame, false)
        }
        if let cursor { frame.cursor = cursor }
        return (inputs, cursor)
    }

    /// The keys that work now. The external editor is left out of an encrypted
    /// session, where it is refused.
    static func keys(for pane: Position.Pane, writing: Bool, encrypted: Bool) -> [(String, String)] {
        switch pane {
        case .notes where writing:
            return [("Esc", "done"), ("Tab", "next pane")] + (encrypted ? [] : [("^E", "editor")])
                + [("^S", "save"), ("F1", "help"), ("^C", "quit")]
        case .notes:
            return [("e", "write"), ("Tab", "pane"), ("n/p", "step"), ("u", "undo"), ("r", "review"), ("/", "search"),
                    ("?", "help"), ("q", "quit")]
        case .checklist:
            return [("Space", "check"), ("↑↓", "move"), ("Tab", "pane"), ("n/p", "step"), ("u", "undo"),
                    ("r", "review"), ("/", "search"), ("?", "help"), ("q", "quit")]
        case .guidance, .sidebar:
            return [("Tab", "pane"), ("↑↓", pane == .sidebar ? "choose step" : "scroll"), ("n/p", "step"), ("e", "write"),
                    ("r", "review"), ("/", "search"), ("?", "help"), ("q", "quit")]
        }
    }

    private static func renderTabs(_ state: AppState, in rect: Rect, into frame: inout Frame, memo: inout RenderMemo) {
        var x = rect.x
        for pane in StepLayout.order(for: state.part) {
            let focused = pane == state.pane || (state.pane == .sidebar && pane == .guidance)
            x = frame.put(" \(title(of: pane, state, memo: &memo)) ", x: x, y: rect.y, style: focused ? .selected : .muted, limit: rect.maxX - x)
            x += 1
        }
    }

    /// A pane's heading; the checklist's counts its checked items (`checkedPerPart`).
    static func title(of pane: Position.Pane, _ state: AppState, memo: inout RenderMemo) -> String {
        switch pane {
        case .guidance, .sidebar: "Guidance"
        case .checklist: state.labels.checklistTitles[state.partIndex][memo.checkedPerPart(state)[state.partIndex]]
        case .notes: "Your notes"
        }
    }

    /// Returns where the cursor goes when the pane has focus.
    private static func renderGuidance(_ state: AppState, _ layout: StepLayout, _ rect: Rect, into frame: inout Frame) -> Point? {
        let focused = state.pane == .guidance
        let body = layout.body(.guidance) ?? rect
        let scroll = min(state.session.position.scroll, layout.maxGuidanceScroll)
        let lines = layout.guidanceLines
        var heading = "Guidance"
        if lines.count > body.height {
            heading += "  (\(min(lines.count, scroll + body.height)) of \(lines.count) lines\(scroll + body.height < lines.count ? ", ↓ for more" : ""))"
        }
        Chrome.renderHeading(heading, in: rect, focused: focused, into: &frame)
        for (row, line) in lines.dropFirst(scroll).prefix(body.height).enumerated() {
            frame.put(line, x: body.x, y: body.y + row, limit: body.width)
        }
        return focused ? Point(x: rect.x, y: rect.y) : nil
    }

    /// Returns where the cursor goes: the selected item, when the pane has focus.
    /// `overLast`: the pane is drawn over the one the last screen showed (the memo's
    /// heading and rows), so only the heading and rows that changed are blanked and
    /// drawn again; else onto blank cells.
    private static func renderChecklist(_ state: AppState, _ layout: StepLayout, _ rect: Rect, overLast: Bool,
                                        into frame: inout Frame, memo: inout RenderMemo) -> Point? {
        let focused = state.pane == .checklist
        var selectedRow: Point?
        let cursor = state.session.position.checklistCursor
        let heading = title(of: .checklist, state, memo: &memo)
        if !overLast || heading != memo.checklistHeading {
            if overLast { frame.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)) }
            Chrome.renderHeading(heading, in: rect, focused: focused, into: &frame)
        }
        let body = layout.body(.checklist) ?? rect
        let scroll = layout.checklistScroll(cursor: cursor)
        let items = state.part.checklist
        let drawn = overLast ? memo.checklistRows : []
        var shown: [RenderMemo.ChecklistRow] = []
        for (offset, row) in layout.checklistRows.dropFirst(scroll).prefix(body.height).enumerated() {
            let item = items[row.item]
            let key = RenderMemo.ChecklistRow(index: scroll + offset, checked: state.session.isChecked(item.id),
                                              selected: focused && row.item == cursor)
            shown.append(key)
            let y = body.y + offset
            if key.selected && row.first { selectedRow = Point(x: body.x + 1, y: y) }
            if offset < drawn.count && drawn[offset] == key { continue }
            if overLast { frame.fill(Rect(x: body.x - 2, y: y, width: body.width + 2, height: 1)) }
            // The selection is a marker and a highlighted box, not a whole highlighted row:
            // moving it then changes a few cells instead of two full lines.
            if row.first {
                if key.selected { frame.put("▸", x: body.x - 2, y: y, style: .title) }
                frame.put(key.checked ? "[x]" : "[ ]", x: body.x, y: y,
                          style: key.selected ? .selected : (key.checked ? .success : .plain))
            }
            frame.put(row.text, x: body.x + 4, y: y, style: key.checked ? .muted : .plain, limit: body.width - 4)
        }
        for offset in shown.count..<max(shown.count, drawn.count) {
            frame.fill(Rect(x: body.x - 2, y: body.y + offset, width: body.width + 2, height: 1))
        }
        memo.checklistHeading = heading
        memo.checklistRows = shown
        return selectedRow
    }

    /// Returns where the cursor goes: the note's cursor, when the pane has focus.
    private static func renderNotes(_ state: AppState, _ layout: StepLayout, _ rect: Rect, savedAt: Date?, overLast: Bool,
                                    into frame: inout Frame, memo: inout RenderMemo) -> Point? {
        let focused = state.pane == .notes
        let writing = focused && state.isWriting
        let box = layout.editorBox
        if !overLast {
            var heading = "Your notes"
            if let savedAt { heading += " · saved \(memo.minuteText(savedAt))" }
            if focused && !writing { heading += " · e to write" }
            Chrome.renderHeading(heading, in: rect, focused: focused, into: &frame)
            let body = layout.body(.notes) ?? rect
            for (row, line) in layout.promptLines.prefix(max(0, box.y - body.y)).enumerated() {
                frame.put(line, x: body.x, y: body.y + row, style: .muted, limit: body.width)
            }
        }
        // The rows of the note, with the bar left of them, over those drawn last time
        // (`memo.noteRows`; none on a blank pane).
        let (rows, cursor) = state.editor.visibleRows(width: box.width, height: box.height, previous: memo.noteRows)
        let drawn = overLast ? memo.noteRows : []
        for row in 0..<max(rows.count, drawn.count) where row >= rows.count || row >= drawn.count || rows[row] != drawn[row] {
            if overLast { frame.fill(Rect(x: box.x - 2, y: box.y + row, width: box.width + 2, height: 1)) }
            guard row < rows.count else { continue }
            frame.put("│", x: box.x - 2, y: box.y + row, style: writing ? .title : .muted)
            frame.put(rows[row], x: box.x, y: box.y + row, limit: box.width)
        }
        memo.noteRows = rows
        if rows == [""] && !writing {
            frame.put("(nothing written yet)", x: box.x, y: box.y, style: .muted, limit: box.width)
        }
        guard writing, let cursor else { return nil }
        return Point(x: box.x + min(cursor.x, box.width - 1), y: box.y + cursor.y)
    }
}
