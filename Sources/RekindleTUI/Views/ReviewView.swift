import RekindleCore

/// Everything done so far, with dates: completed actions (or all of them with `a`),
/// note excerpts and overall progress; Enter opens the selected part.
enum ReviewView {
    static func render(_ state: AppState, into frame: inout Frame) {
        Chrome.renderHeader(state, right: "Review", into: &frame)
        let lines = ReviewLines.build(state: state, width: frame.width - 4)
        let selected = ReviewLines.sections(of: lines).dropFirst(state.review.selected).first?.lines.lowerBound
        for (row, line) in lines.enumerated().dropFirst(state.review.top).prefix(rows(height: frame.height)) {
            let y = 2 + row - state.review.top
            let style = row == selected ? Style.selected : line.style
            if row == selected {
                frame.fill(Rect(x: 1, y: y, width: frame.width - 2, height: 1), style: style)
                frame.cursor = Point(x: 2, y: y)
            }
            // A heading too long gives way to its count: "Step 1: Reflecting on the Rel…  2/4".
            let tally = line.tally.map { "  " + $0 } ?? ""
            let end = frame.putCut(line.text, x: 2, y: y, style: style, width: frame.width - 4 - tally.cellWidth)
            frame.put(tally, x: end, y: y, style: style, limit: frame.width - 2 - end)
        }
        if selected == nil { frame.cursor = Point(x: 2, y: 2) }
        Chrome.renderKeys([KeyMap.choose, KeyMap.down, KeyMap.showAll.hinted(state.review.showAll ? "completed only" : "show all"),
                           KeyMap.back, KeyMap.help], into: &frame)
    }

    /// The rows the review's lines take on a screen `height` rows high.
    static func rows(height: Int) -> Int { max(1, height - 3) }
}

/// The review as styled lines, shared by the view and by moving in it.
enum ReviewLines {
    struct Line: Equatable {
        var text: String
        var style: Style
        /// The part whose section the line is in; nil for the summary and for what an
        /// earlier guide had, which open no step.
        var partID: String?
        /// A heading's count of actions done ("2/4"), kept in sight when its title is cut.
        var tally: String?
    }

    static func build(state: AppState, width: Int) -> [Line] {
        var session = state.session
        // The note being written, as it is now.
        if state.noteEdited { session.setNote(state.editor.text, for: state.part, at: session.lastUsedAt) }
        let review = Review(session: session, guide: state.guide)
        let progress = review.progress
        let when = { (date: Date) in RelativeTime.text(date, now: state.lastEventAt, zone: .local) }
        let checked = review.parts.flatMap { $0.actions.compactMap(\.checkedAt) } + review.orphans.checks.map(\.1.checkedAt)
        let column = ActionColumn(dateWidth: checked.map { when($0).cellWidth }.max() ?? 0, width: width)
        let summary = "\(progress.checkedItems) of \(progress.totalItems) actions checked, \(progress.completedSteps) of \(progress.totalSteps) steps completed."
        var lines = Wrap.lines(summary, width: width).map { Line(text: $0, style: .title) }
        let showing = state.review.showAll ? "Showing every action." : "Showing completed actions; press a to show every action."
        lines += Wrap.lines(showing, width: width).map { Line(text: $0, style: .muted) }
        for part in review.parts {
            let actions = part.actions.filter { state.review.showAll || $0.checkedAt != nil }
            guard !actions.isEmpty || part.note != nil || state.review.showAll else { continue }
            lines.append(Line(text: "", style: .plain))
            let tally = part.actions.isEmpty ? nil : "\(part.done)/\(part.actions.count)"
            var section = [Line(text: "\(part.label): \(part.title)", style: .title, tally: tally)]
            for action in actions {
                section += column.lines(action.text, checkedAt: action.checkedAt.map(when))
            }
            section += noteLines(part.note, width: width)
            lines += section.map { line in
                var line = line
                line.partID = part.id
                return line
            }
        }
        if !review.orphans.isEmpty {
            lines.append(Line(text: "", style: .plain))
            lines.append(Line(text: "From an earlier version of the guide", style: .title))
            for (_, record) in review.orphans.checks {
                lines += column.lines(record.text, checkedAt: when(record.checkedAt))
            }
            for (_, note) in review.orphans.notes {
                lines.append(Line(text: "  \(note.partTitle)", style: .plain))
                lines += noteLines(note, width: width)
            }
        }
        return lines
    }

    /// Each part shown, with the lines it takes (its heading first).
    static func sections(of lines: [Line]) -> [(partID: String, lines: Range<Int>)] {
        var sections: [(partID: String, lines: Range<Int>)] = []
        for (index, line) in lines.enumerated() {
            guard let partID = line.partID else { continue }
            if let last = sections.last, last.partID == partID, last.lines.upperBound == index {
                sections[sections.count - 1].lines = last.lines.lowerBound..<(index + 1)
            } else {
                sections.append((partID, index..<(index + 1)))
            }
        }
        return sections
    }

    /// A note's first three lines, two rows each, with "…" where one is cut and a
    /// count of the lines left out.
    private static func noteLines(_ note: Note?, width: Int) -> [Line] {
        guard let note else { return [] }
        let paragraphs = note.text.split(separator: "\n")
        var lines = [Line(text: "  Notes:", style: .muted)]
        for paragraph in paragraphs.prefix(3) {
            let rows = Wrap.lines(String(paragraph), width: max(1, width - 5))
            lines += rows.prefix(2).enumerated().map { index, row in
                Line(text: "    " + row + (index == 1 && rows.count > 2 ? "…" : ""), style: .plain)
            }
        }
        let more = paragraphs.count - 3
        if more > 0 { lines.append(Line(text: "    … \(more) more \(more == 1 ? "line" : "lines")", style: .muted)) }
        return lines
    }
}
