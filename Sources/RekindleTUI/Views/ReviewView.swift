import RekindleCore

/// Everything done so far, with dates: overall progress, the answer to the decision,
/// the trend of the check-ins, what was done, set aside or started (or every action
/// with `a`) and the latest dated entries; Enter opens the selected part.
enum ReviewView {
    static func render(_ state: AppState, into frame: inout Frame) {
        Chrome.renderHeader(state, right: L("review.title"), into: &frame)
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
        Chrome.renderKeys([KeyMap.choose, KeyMap.down, KeyMap.showAll.hinted(state.review.showAll ? L("hint.completedOnly") : L("hint.showAll")),
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
        let now = state.lastEventAt
        let when = { (date: Date) in RelativeTime.text(date, now: now, zone: .local) }
        let marked = (review.parts.flatMap(\.actions) + review.earlierChecks).compactMap { $0.checkedAt ?? $0.notForMeAt }
        let column = ActionColumn(dateWidth: marked.map { when($0).cellWidth }.max() ?? 0, width: width)
        var lines = Wrap.lines(review.progressText + ".", width: width).map { Line(text: $0, style: .title) }
        lines += review.summaryLines(when: when).flatMap { Wrap.lines($0 + ".", width: width) }.map { Line(text: $0, style: .plain) }
        lines += trendLines(session, now: now, width: width)
        let showing = state.review.showAll ? L("review.showingAll") : L("review.showingDone")
        lines += Wrap.lines(showing, width: width).map { Line(text: $0, style: .muted) }
        for part in review.parts {
            let actions = part.actions.filter { state.review.showAll || $0.isAddressed || $0.timer != nil }
            guard !actions.isEmpty || !part.entries.isEmpty || state.review.showAll else { continue }
            lines.append(Line(text: "", style: .plain))
            let tally = part.actions.isEmpty ? nil : "\(part.done + part.notForMe)/\(part.actions.count)"
            var section = [Line(text: L("text.labelled", part.label, part.title), style: .title, tally: tally)]
            for action in actions {
                section += column.lines(action, when: when, now: now)
            }
            section += noteLines(part.entries, heading: L("review.notes"), when: when, width: width)
            lines += section.map { line in
                var line = line
                line.partID = part.id
                return line
            }
        }
        if !review.orphans.isEmpty {
            lines.append(Line(text: "", style: .plain))
            lines.append(Line(text: L("review.orphans"), style: .title))
            lines += review.earlierChecks.flatMap { column.lines($0, when: when, now: now) }
            for (_, note) in review.orphans.notes {
                lines += noteLines(note.writtenEntries, heading: L("review.notesFor", note.partTitle), when: when, width: width)
            }
        }
        return lines
    }

    /// "How you have been" and the trend of the check-ins, in blocks (the coach always
    /// writes UTF-8), as many days as the width holds, at most a month; nothing before the
    /// first check-in, which the coach offers on opening.
    private static func trendLines(_ session: Session, now: Date, width: Int) -> [Line] {
        guard let trend = Trend(checkIns: session.checkIns, now: now, zone: .local) else { return [] }
        let chart = TrendChart.lines(trend, days: TrendChart.days(fitting: width), glyphs: .blocks) {
            RelativeTime.day($0, now: now, zone: .local)
        }
        return [Line(text: "", style: .plain), Line(text: L("review.howYouHaveBeen"), style: .title)]
            + chart.flatMap { Wrap.lines($0, width: width) }.map { Line(text: $0, style: .plain) }
            + [Line(text: "", style: .plain)]
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

    /// The last three entries, each under its date with its first three lines, two rows
    /// each, "…" where one is cut and a count of the lines and entries left out.
    private static func noteLines(_ entries: [NoteEntry], heading: String, when: (Date) -> String, width: Int) -> [Line] {
        let earlier = entries.count - 3
        var lines = earlier > 0 ? [Line(text: "  … " + (earlier == 1 ? L("review.oneEarlier") : L("review.earlier", earlier)), style: .muted)] : []
        for entry in entries.suffix(3) {
            lines.append(Line(text: "  \(heading), \(entry.dateLine(when: when, zone: .local)):", style: .muted))
            let paragraphs = entry.text.split(separator: "\n")
            for paragraph in paragraphs.prefix(3) {
                let rows = Wrap.lines(String(paragraph), width: max(1, width - 5))
                lines += rows.prefix(2).enumerated().map { index, row in
                    Line(text: "    " + row + (index == 1 && rows.count > 2 ? "…" : ""), style: .plain)
                }
            }
            let more = paragraphs.count - 3
            if more > 0 { lines.append(Line(text: "    … " + L("notes.more", more, MoreLine.lines(more)), style: .muted)) }
        }
        return lines
    }
}
