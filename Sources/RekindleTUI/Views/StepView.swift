import RekindleCore

/// A part of the guide: sidebar of steps, then guidance, checklist and notes, drawn
/// whole from the state.
enum StepView {
    static func render(_ state: AppState) -> Frame {
        let layout = state.layout
        let part = state.part
        var frame = Frame(width: state.size.width, height: state.size.height)
        let checkedPerPart = Progress.checkedPerPart(session: state.session, guide: state.guide)
        Chrome.renderHeader(state, right: place(of: part, in: state.guide), checkedItems: checkedPerPart.reduce(0, +), into: &frame)
        if let sidebar = layout.sidebar {
            SidebarView.render(state, in: sidebar, checkedPerPart: checkedPerPart, into: &frame)
        }
        frame.put(part.kind == .step ? "\(state.guide.label(of: part)) · \(part.title)" : part.title,
                  x: layout.title.x, y: layout.title.y, style: .title, limit: layout.title.width)
        if let tabs = layout.tabs { renderTabs(state, checked: checkedPerPart[state.partIndex], in: tabs, into: &frame) }
        // The focused pane puts the terminal's cursor where a screen reader should be.
        var cursor: Point?
        if let rect = layout.panes[.guidance] {
            let point = renderGuidance(state, layout, rect, into: &frame)
            if state.pane == .guidance { cursor = point }
        }
        if let rect = layout.panes[.checklist] {
            let point = renderChecklist(state, layout, rect, checked: checkedPerPart[state.partIndex], into: &frame)
            if state.pane == .checklist { cursor = point }
        }
        if let rect = layout.panes[.notes] {
            let point = renderNotes(state, layout, rect, into: &frame)
            if state.pane == .notes { cursor = point }
        }
        frame.cursor = cursor ?? frame.cursor
        frame.showsCursor = state.isWriting && state.pane == .notes && cursor != nil
        Chrome.renderKeys(keys(for: state.pane, writing: state.isWriting, encrypted: state.isEncrypted), into: &frame)
        return frame
    }

    /// Where the person is, as the header says it: "Step 3 of 10", or "Opening".
    static func place(of part: Part, in guide: Guide) -> String {
        part.kind == .step ? "\(guide.label(of: part)) of \(guide.stepCount)" : guide.label(of: part)
    }

    static func keys(for pane: Position.Pane, writing: Bool, encrypted: Bool) -> [Binding] {
        switch pane {
        case .notes where writing:
            return [KeyMap.stopWriting, KeyMap.nextPane.hinted("next pane")] + (encrypted ? [] : [KeyMap.externalEditor])
                + [KeyMap.save, KeyMap.helpAnywhere, KeyMap.interrupt]
        case .notes:
            return [KeyMap.write, KeyMap.nextPane, KeyMap.nextPart, KeyMap.undo, KeyMap.review, KeyMap.search, KeyMap.help,
                    KeyMap.quit]
        case .checklist:
            return [KeyMap.check, KeyMap.down, KeyMap.nextPane, KeyMap.nextPart, KeyMap.undo, KeyMap.review, KeyMap.search,
                    KeyMap.help, KeyMap.quit]
        case .guidance, .sidebar:
            return [KeyMap.nextPane, KeyMap.down.hinted(pane == .sidebar ? "choose step" : "scroll"), KeyMap.nextPart,
                    KeyMap.write, KeyMap.review, KeyMap.search, KeyMap.help, KeyMap.quit]
        }
    }

    private static func renderTabs(_ state: AppState, checked: Int, in rect: Rect, into frame: inout Frame) {
        var x = rect.x
        for pane in StepLayout.order(for: state.part) {
            let focused = pane == state.pane || (state.pane == .sidebar && pane == .guidance)
            x = frame.put(" \(title(of: pane, state, checked: checked)) ", x: x, y: rect.y, style: focused ? .selected : .muted,
                          limit: rect.maxX - x)
            x += 1
        }
    }

    /// A pane's heading; the checklist's counts its checked items.
    static func title(of pane: Position.Pane, _ state: AppState, checked: Int) -> String {
        switch pane {
        case .guidance, .sidebar: "Guidance"
        case .checklist: "Checklist \(checked)/\(state.part.checklist.count)"
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
        return Point(x: rect.x, y: rect.y)
    }

    /// Returns where the cursor goes: the selected item.
    private static func renderChecklist(_ state: AppState, _ layout: StepLayout, _ rect: Rect, checked: Int,
                                        into frame: inout Frame) -> Point? {
        let focused = state.pane == .checklist
        Chrome.renderHeading(title(of: .checklist, state, checked: checked), in: rect, focused: focused, into: &frame)
        let body = layout.body(.checklist) ?? rect
        let cursor = state.session.position.checklistCursor
        let scroll = layout.checklistScroll(cursor: cursor)
        var selectedRow: Point?
        for (offset, row) in layout.checklistRows.dropFirst(scroll).prefix(body.height).enumerated() {
            let isChecked = state.session.isChecked(state.part.checklist[row.item].id)
            let selected = focused && row.item == cursor
            let y = body.y + offset
            if row.first {
                if selected {
                    frame.put("▸", x: body.x - 2, y: y, style: .title)
                    selectedRow = Point(x: body.x + 1, y: y)
                }
                frame.put(isChecked ? "[x]" : "[ ]", x: body.x, y: y, style: selected ? .selected : (isChecked ? .success : .plain))
            }
            frame.put(row.text, x: body.x + 4, y: y, style: isChecked ? .muted : .plain, limit: body.width - 4)
        }
        return selectedRow
    }

    /// Returns where the cursor goes: the note's cursor.
    private static func renderNotes(_ state: AppState, _ layout: StepLayout, _ rect: Rect, into frame: inout Frame) -> Point? {
        let focused = state.pane == .notes
        let writing = focused && state.isWriting
        let box = layout.editorBox
        var heading = "Your notes"
        if let savedAt = state.session.notes[state.part.id]?.editedAt { heading += " · saved \(DateText.minute(savedAt))" }
        if focused && !writing { heading += " · e to write" }
        Chrome.renderHeading(heading, in: rect, focused: focused, into: &frame)
        let body = layout.body(.notes) ?? rect
        for (row, line) in layout.promptLines.prefix(max(0, box.y - body.y)).enumerated() {
            frame.put(line, x: body.x, y: body.y + row, style: .muted, limit: body.width)
        }
        let (rows, cursor) = state.editor.visibleRows(width: box.width, height: box.height)
        for (index, row) in rows.enumerated() {
            frame.put("│", x: box.x - 2, y: box.y + index, style: writing ? .title : .muted)
            frame.put(row, x: box.x, y: box.y + index, limit: box.width)
        }
        if rows == [""] && !writing {
            frame.put("(nothing written yet)", x: box.x, y: box.y, style: .muted, limit: box.width)
        }
        guard let cursor else { return Point(x: rect.x, y: rect.y) }
        return Point(x: box.x + min(cursor.x, box.width - 1), y: box.y + cursor.y)
    }
}
