import RekindleCore

/// A part of the guide as one calm page (title, guidance, actions, questions and the
/// start of the notes) beside the steps list; or, while writing, the note taking the
/// page under its questions. Drawn whole from the state.
enum StepView {
    static func render(_ state: AppState) -> Frame {
        let layout = state.layout
        var frame = Frame(width: state.size.width, height: state.size.height)
        let checkedPerPart = Progress.checkedPerPart(session: state.session, guide: state.guide)
        // As wide as the widest place, so the path never shifts from part to part. The
        // path only where no steps list shows the same marks: once on a screen is enough.
        let here = state.guide.place(of: state.part)
        Chrome.renderHeader(state, right: String(repeating: " ", count: max(0, state.placeWidth - here.cellWidth)) + here,
                            showsPath: layout.sidebar == nil, into: &frame)
        if let sidebar = layout.sidebar {
            SidebarView.render(state, in: sidebar, rail: layout.isRail, checkedPerPart: checkedPerPart, into: &frame)
        }
        if state.isWriting && state.pane == .notes {
            renderWriting(state, layout, into: &frame)
            Chrome.renderKeys([KeyMap.stopWriting, KeyMap.save] + (state.isEncrypted ? [] : [KeyMap.externalEditor]),
                              always: Chrome.whileTyping, into: &frame)
            return frame
        }
        renderPage(state, layout, checked: checkedPerPart[state.partIndex], into: &frame)
        if state.pane == .sidebar && (layout.sidebar == nil || layout.isRail) {
            SidebarView.render(state, in: layout.stepsPopup, rail: false, checkedPerPart: checkedPerPart, into: &frame)
        }
        Chrome.renderKeys(keys(for: state, layout), into: &frame)
        return frame
    }

    /// The part's name above its page; in discreet mode the opening and closing go by
    /// their labels, since the opening's title is the guide's.
    static func heading(of part: Part, in state: AppState) -> String {
        if part.kind == .step { return "\(state.guide.label(of: part)) · \(part.title)" }
        return state.isDiscreet ? state.guide.label(of: part) : part.title
    }

    /// A few keys for the focused region; the rest are on the help screen.
    static func keys(for state: AppState, _ layout: StepLayout) -> [Binding] {
        let order = AppState.focusOrder(state.part, layout)
        let next = order.firstIndex(of: state.pane).map { order[($0 + 1) % order.count] }
        let tab = KeyMap.nextPane.hinted(next.map { name(of: $0).lowercased() } ?? L("hint.page"))
        switch state.pane {
        case .guidance:
            let more = layout.maxGuidanceScroll > 0 ? [KeyMap.down.hinted(L("hint.readOn"))] : []
            return more + (state.part.hasDrafts ? [KeyMap.openDrafts] : []) + [tab, KeyMap.nextPart]
        case .checklist:
            let cursor = state.session.position.checklistCursor
            let item = state.part.checklist.indices.contains(cursor) ? state.part.checklist[cursor] : nil
            let timed = item?.duration != nil && state.session.timers[item?.id ?? ""] == nil ? [KeyMap.startTimer] : []
            return [item?.isDecision == true ? KeyMap.check.hinted(L("hint.answer")) : KeyMap.check] + timed + [KeyMap.notForMe, tab, KeyMap.nextPart]
        case .notes:
            let drafts = state.part.hasDrafts ? [KeyMap.openDrafts] : []
            return [KeyMap.write, KeyMap.down.hinted(L("hint.read")), KeyMap.history] + drafts + [tab, KeyMap.nextPart]
        case .sidebar: return [KeyMap.down.hinted(L("hint.choose")), KeyMap.choose, KeyMap.back]
        }
    }

    /// A region's name, in the tabs and the key bar.
    static func name(of pane: Position.Pane) -> String {
        switch pane {
        case .guidance: L("pane.guidance")
        case .checklist: L("pane.actions")
        case .notes: L("pane.notes")
        case .sidebar: L("pane.steps")
        }
    }

    // MARK: - The page

    private static func renderPage(_ state: AppState, _ layout: StepLayout, checked: Int, into frame: inout Frame) {
        frame.putCut(heading(of: state.part, in: state), x: layout.title.x, y: layout.title.y, style: .title,
                     width: layout.title.width)
        for (row, line) in layout.notice.enumerated() {
            frame.putCut(line, x: layout.title.x, y: layout.title.maxY + row, style: Style(tone: .warning), width: layout.title.width)
        }
        if let tabs = layout.tabs { renderTabs(state, checked: checked, in: tabs, into: &frame) }
        var cursor: Point?
        if let rect = layout.regions[.guidance] {
            renderGuidance(state, layout, in: rect, into: &frame)
            if state.pane == .guidance { cursor = Point(x: rect.x, y: rect.y) }
        }
        if let rect = layout.regions[.checklist] {
            let selected = renderChecklist(state, layout, in: rect, checked: checked, into: &frame)
            if state.pane == .checklist { cursor = selected ?? Point(x: rect.x, y: rect.y) }
        }
        if let rect = layout.regions[.notes] {
            renderNotes(state, layout, in: rect, into: &frame)
            if state.pane == .notes { cursor = Point(x: rect.x, y: rect.y) }
        }
        renderMatch(state, layout, into: &frame)
        if let focused = layout.regions[state.pane] {
            frame.fill(Rect(x: focused.x - 2, y: focused.y, width: 1, height: focused.height), with: "▎", style: .accent)
        }
        frame.cursor = cursor ?? frame.cursor
    }

    /// Marks the search match chosen last, where it shows on the page.
    private static func renderMatch(_ state: AppState, _ layout: StepLayout, into frame: inout Frame) {
        guard let target = state.searchTarget, target.partID == state.part.id else { return }
        switch target.region {
        case .guidance(let paragraph):
            guard let rect = layout.regions[.guidance], state.part.guidance.indices.contains(paragraph) else { return }
            let scroll = min(state.session.position.scroll, layout.maxGuidanceScroll)
            let first = layout.wrapped.paragraphStarts[paragraph] - scroll
            mark(target.range, in: state.part.guidance[paragraph], width: layout.column.width, x: rect.x, into: &frame) { row in
                (0..<layout.guidanceRows).contains(first + row) ? rect.y + first + row : nil
            }
        case .action(let item):
            guard let body = layout.body(.checklist), state.part.checklist.indices.contains(item) else { return }
            let window = layout.checklistWindow
            let top = layout.checklistTop
            let first = (layout.checklistRows.firstIndex { $0.item == item } ?? 0)
                - layout.checklistScroll(cursor: state.session.position.checklistCursor)
            mark(target.range, in: state.part.checklist[item].text, width: max(1, layout.column.width - 4), x: body.x + 4,
                 into: &frame) { row in (0..<window).contains(first + row) ? top + first + row : nil }
        case .title, .prompt, .note: break
        }
    }

    /// Restyles the characters `range` of `text`, wrapped at `width` from column `x`; `y`
    /// gives the screen row of each of its rows, or nil for one not shown.
    private static func mark(_ range: Range<Int>, in text: String, width: Int, x: Int, into frame: inout Frame, y: (Int) -> Int?) {
        for (index, row) in Wrap.rows(Substring(text), width: width).enumerated() {
            let overlap = range.clamped(to: row.start..<(row.start + row.text.count))
            guard !overlap.isEmpty, let rowY = y(index) else { continue }
            let before = row.text.prefix(overlap.lowerBound - row.start)
            frame.put(row.text.dropFirst(before.count).prefix(overlap.count), x: x + before.cellWidth, y: rowY, style: .match)
        }
    }

    private static func renderTabs(_ state: AppState, checked: Int, in rect: Rect, into frame: inout Frame) {
        var x = rect.x
        for pane in StepLayout.order(for: state.part) {
            let count = pane == .checklist ? " \(checked)/\(state.part.checklist.count)" : ""
            let style: Style = pane == state.pane ? Style(tone: .accent, bold: true, underline: true) : .muted
            x = frame.put(name(of: pane) + count, x: x, y: rect.y, style: style, limit: rect.maxX - x) + 3
        }
    }

    private static func renderGuidance(_ state: AppState, _ layout: StepLayout, in rect: Rect, into frame: inout Frame) {
        let text = layout.guidanceLines
        let scroll = min(state.session.position.scroll, layout.maxGuidanceScroll)
        let shown = layout.guidanceRows
        for (row, line) in text.dropFirst(scroll).prefix(shown).enumerated() {
            frame.put(line, x: rect.x, y: rect.y + row, limit: rect.width)
        }
        guard text.count > shown else { return }
        let after = text.count - scroll - shown
        frame.putCut(MoreLine.text(above: scroll, below: after), x: rect.x, y: rect.y + shown, style: .muted, width: rect.width)
    }


    /// Returns where the terminal's cursor goes when the actions have focus: the selected one.
    private static func renderChecklist(_ state: AppState, _ layout: StepLayout, in rect: Rect, checked: Int,
                                        into frame: inout Frame) -> Point? {
        let focused = state.pane == .checklist
        let count = state.part.checklist.count
        // "Not for me" counts as addressed, and is said apart from what was done.
        let declined = state.part.checklist.count { state.session.isNotForMe($0.id) }
        let summary = declined == 0 ? L("actions.done", checked, count) : L("actions.doneAndDeclined", checked - declined, declined, count)
        renderRegionHeading(L("pane.actions") + " · " + summary, in: rect, focused: focused, into: &frame)
        guard let body = layout.body(.checklist) else { return nil }
        let cursor = state.session.position.checklistCursor
        let scroll = layout.checklistScroll(cursor: cursor)
        let window = layout.checklistWindow
        let rows = layout.checklistRows
        // One region at a time, actions that do not fit are counted above and below.
        let top = layout.checklistTop
        if rows.count > window {
            // Actions counted by where they start; one cut at the window's end ends in "…".
            let above = rows[..<scroll].count(where: \.first)
            let below = rows[min(rows.count, scroll + window)...].count(where: \.first)
            if above > 0 && top > body.y {
                frame.put(L("more.above", above, actions(above)), x: body.x, y: body.y, style: .muted, limit: body.width)
            }
            if below > 0 && top + window < body.maxY {
                frame.put(L("more.below", below, actions(below)), x: body.x, y: top + window, style: .muted, limit: body.width)
            }
        }
        var selectedRow: Point?
        for (offset, row) in rows.dropFirst(scroll).prefix(window).enumerated() {
            let item = state.part.checklist[row.item]
            let isChecked = state.session.isChecked(item.id)
            let isNotForMe = state.session.isNotForMe(item.id)
            let selected = focused && row.item == cursor
            let y = top + offset
            if selected {
                frame.fill(Rect(x: body.x - 1, y: y, width: body.width + 1, height: 1), style: .selected)
                if row.first { selectedRow = Point(x: body.x + 1, y: y) }
            }
            if row.first {
                let mark = isChecked ? "[x]" : isNotForMe ? "[-]" : "[ ]"
                frame.put(mark, x: body.x, y: y, style: selected ? .selected : (isChecked ? .success : isNotForMe ? .muted : .plain))
            }
            let text = row.isDetail ? state.detail(of: item) : row.text
            let cut = offset == window - 1 && rows.indices.contains(scroll + window) && !rows[scroll + window].first
            let style: Style = selected ? .selected : (row.isDetail || isNotForMe ? .muted : .plain)
            frame.putCut(cut ? text + " …" : text, x: body.x + 4, y: y, style: style, width: body.width - 4)
        }
        return selectedRow
    }

    private static func actions(_ count: Int) -> String { count == 1 ? L("noun.action") : L("noun.actions") }

    private static func renderNotes(_ state: AppState, _ layout: StepLayout, in rect: Rect, into frame: inout Frame) {
        guard let body = layout.body(.notes), body.height > 0 else {
            renderRegionHeading(L("notes.heading"), in: rect, focused: state.pane == .notes, into: &frame)
            return
        }
        // The questions that fit whole (leaving a row for a note carried forward), then at
        // least one row of the note.
        let reserved = layout.carriedLines.isEmpty ? 0 : 1
        let (questionRows, hidden) = questions(layout.promptRows, rows: max(0, body.height - 1 - reserved))
        // What an earlier step's notes said: in full where it fits, else a line each.
        let carriedRoom = max(0, body.height - questionRows - 1)
        let carried = layout.carriedLines.count <= carriedRoom ? layout.carriedLines
            : Array(state.carriedSummary(width: body.width).prefix(carriedRoom))
        let promptRows = questionRows + carried.count
        let room = body.height - promptRows
        let journal = state.journal(for: state.part.id)
        let noteLines = journal.map(\.text)
        let first = min(state.notePreviewLine, noteLines.count - 1)
        // A search match in a long line: the rows of the line before it are passed over.
        let match = noteMatch(state, width: body.width - 2)
        let skipped = match.map { $0.line == first ? $0.row : 0 } ?? 0
        let fits = first == 0 && layout.notePreview.count <= room && layout.noteLinesAfterPreview == 0
        // With the room for it, the last row says how much more there is.
        let previewRows = fits ? layout.notePreview.count : max(1, room - 1)
        var preview = StepLayout.preview(of: Array(noteLines[first...]), width: body.width - 2, limit: previewRows + skipped)
        preview.rows.removeFirst(min(skipped, preview.rows.count))
        var heading = L("notes.heading")
        if first > 0 { heading += " · " + L("notes.fromLine", first + 1) }
        if let savedAt = state.session.notes[state.part.id]?.editedAt {
            // While saves fail, the note's time is not when it was saved.
            let failing = state.hasUnsavedChanges && state.status?.isError == true
            heading += " · " + (failing ? L("notes.notSaved") : L("notes.saved", RelativeTime.text(savedAt, now: state.lastEventAt, zone: state.zone)))
        }
        if hidden > 0 { heading += " · " + (hidden == 1 ? L("notes.oneMoreQuestion") : L("notes.moreQuestions", hidden)) }
        if !fits && room == 1 && preview.linesAfter > 0 { heading += " · " + L("notes.more", preview.linesAfter, MoreLine.lines(preview.linesAfter)) }
        renderRegionHeading(heading, in: rect, focused: state.pane == .notes, into: &frame)
        for (row, line) in layout.promptLines.prefix(questionRows).enumerated() {
            frame.put(line, x: body.x, y: body.y + row, style: .prompt, limit: body.width)
        }
        for (row, line) in carried.enumerated() {
            frame.putCut(line.text, x: body.x, y: body.y + questionRows + row, style: line.muted > 0 ? .muted : .plain, width: body.width)
        }
        let y = body.y + promptRows
        guard !preview.rows.isEmpty else {
            frame.putCut(L("notes.empty"), x: body.x + 2, y: y, style: .muted, width: body.width - 2)
            return
        }
        let dates = Set(journal.map { String($0.text.prefix($0.muted)) }.filter { !$0.isEmpty })
        for (row, line) in preview.rows.enumerated() {
            frame.put(line, x: body.x + 2, y: y + row, limit: body.width - 2)
            if let date = dates.first(where: { line.hasPrefix($0) }) {
                frame.put(date, x: body.x + 2, y: y + row, style: .muted, limit: body.width - 2)
            }
        }
        if let match, match.line == first {
            mark(match.range, in: noteLines[first], width: body.width - 2, x: body.x + 2, into: &frame) { row in
                (skipped..<skipped + preview.rows.count).contains(row) ? y + row - skipped : nil
            }
        }
        if !fits && room > 1 && preview.linesAfter > 0 {
            frame.putCut(L("notes.readsOn", preview.linesAfter, MoreLine.lines(preview.linesAfter)), x: body.x + 2, y: y + previewRows, style: .muted, width: body.width - 2)
        }
    }

    /// The search match chosen in this part's note: its line, the row of that line it
    /// starts on at `width`, and its characters in the line.
    private static func noteMatch(_ state: AppState, width: Int) -> (line: Int, row: Int, range: Range<Int>)? {
        guard let target = state.searchTarget, target.partID == state.part.id, target.region == .note else { return nil }
        var start = 0
        for (index, line) in state.journalLines.enumerated() {
            if target.range.lowerBound <= start + line.count {
                let range = (target.range.lowerBound - start)..<(target.range.upperBound - start)
                let row = Wrap.rows(Substring(line), width: width).lastIndex { $0.start <= range.lowerBound } ?? 0
                return (index, row, range)
            }
            start += line.count + 1
        }
        return nil
    }

    /// The rows of a part's questions that fit whole in `rows`, and how many do not
    /// (writing shows them all).
    private static func questions(_ promptRows: [Int], rows: Int) -> (rows: Int, hidden: Int) {
        var used = 0
        var hidden = 0
        for count in promptRows {
            if hidden == 0 && used + count <= rows { used += count } else { hidden += 1 }
        }
        return (used, hidden)
    }

    /// A region's heading: muted, and in the accent colour while the region has focus.
    private static func renderRegionHeading(_ text: String, in rect: Rect, focused: Bool, into frame: inout Frame) {
        frame.putCut(text, x: rect.x, y: rect.y, style: Style(tone: focused ? .accent : .muted, bold: true), width: rect.width)
    }

    // MARK: - Writing

    /// The note takes the page: its questions pinned on top, a line, then the text.
    private static func renderWriting(_ state: AppState, _ layout: StepLayout, into frame: inout Frame) {
        let title = layout.title
        let x = frame.put(L("writing.title"), x: title.x, y: title.y, style: Style(tone: .accent, bold: true))
        frame.putCut(" · " + heading(of: state.part, in: state), x: x, y: title.y, style: .title, width: title.maxX - x)
        let pinned = layout.pinnedPrompts
        let lines = layout.promptLines.map { JournalLine(text: $0) } + layout.carriedLines
        for (row, line) in lines.prefix(pinned.height).enumerated() {
            let cut = row == pinned.height - 1 && lines.count > pinned.height
            let style: Style = row < layout.promptLines.count ? .prompt : line.muted > 0 ? .muted : .plain
            frame.putCut(cut ? line.text + " …" : line.text, x: pinned.x, y: pinned.y + row, style: style, width: pinned.width)
        }
        frame.fill(Rect(x: pinned.x, y: pinned.maxY, width: pinned.width, height: 1), with: "─", style: .muted)
        // Earlier entries stay on the page; the rule says they are there.
        var wordsEnd = pinned.x
        let earlier = state.session.entries(for: state.part.id).prefix(state.writingEntry).filter { !$0.text.isEmpty }
        if let first = earlier.first {
            let day = RelativeTime.day(state.zone.dayNumber(of: first.startedAt), now: state.lastEventAt, zone: state.zone)
            let words = earlier.count == 1 ? L("writing.earlierEntry", day) : L("writing.earlierEntries", earlier.count, day)
            wordsEnd = frame.putCut("── \(words) ", x: pinned.x, y: pinned.maxY, style: .muted, width: pinned.width)
        }
        let box = layout.editorBox
        frame.fill(Rect(x: box.x - 2, y: box.y, width: 1, height: box.height), with: "▎", style: .accent)
        let (rows, cursor, linesBelow) = state.editor.visibleRows(width: box.width, height: box.height)
        // The rule's right end says how much of the note is out of sight, where it fits.
        let more = MoreLine.text(above: state.editor.top.line, below: linesBelow)
        if !more.isEmpty && pinned.maxX - more.cellWidth - 3 > wordsEnd {
            frame.put(" \(more) ", x: pinned.maxX - more.cellWidth - 3, y: pinned.maxY, style: .muted)
        }
        for (index, row) in rows.enumerated() {
            frame.put(row, x: box.x, y: box.y + index, limit: box.width)
        }
        if let cursor {
            frame.cursor = Point(x: box.x + min(cursor.x, box.width - 1), y: box.y + cursor.y)
            frame.showsCursor = true
        }
    }
}
