import RekindleCore

/// Everything done so far, with dates: completed items (or all of them with `a`),
/// note excerpts and overall progress.
enum ReviewView {
    static func render(_ state: AppState, into frame: inout Frame) {
        Chrome.renderHeader(state, right: "Review", into: &frame)
        let lines = ReviewLines.build(state: state, width: frame.width - 4)
        let height = frame.height - 3
        for (row, line) in lines.dropFirst(state.review.scroll.index).prefix(height).enumerated() {
            frame.put(line.text, x: 2, y: 2 + row, style: line.style, limit: frame.width - 4)
        }
        frame.cursor = Point(x: 2, y: 2)
        Chrome.renderKeys([KeyMap.showAll.hinted(state.review.showAll ? "completed only" : "show all"), KeyMap.down.hinted("scroll"),
                           KeyMap.back, KeyMap.help], into: &frame)
    }
}

/// The review as styled lines, shared by the view and by scrolling.
enum ReviewLines {
    struct Line: Equatable {
        var text: String
        var style: Style
    }

    static func build(state: AppState, width: Int) -> [Line] {
        var session = state.session
        // The note being written, as it is now.
        if state.noteEdited { session.setNote(state.editor.text, for: state.part, at: session.lastUsedAt) }
        let review = Review(session: session, guide: state.guide)
        let progress = review.progress
        var lines = [
            Line(text: "\(progress.checkedItems) of \(progress.totalItems) actions checked, \(progress.completedSteps) of \(progress.totalSteps) steps completed.", style: .title),
            Line(text: state.review.showAll ? "Showing every action." : "Showing completed actions; press a to show every action.", style: .muted),
        ]
        for part in review.parts {
            let actions = part.actions.filter { state.review.showAll || $0.checkedAt != nil }
            guard !actions.isEmpty || part.note != nil || state.review.showAll else { continue }
            lines.append(Line(text: "", style: .plain))
            lines.append(Line(text: "\(part.label): \(part.title)" + (part.actions.isEmpty ? "" : "  \(part.done)/\(part.actions.count)"), style: .title))
            for action in actions {
                lines += actionLines(action.text, checkedAt: action.checkedAt, width: width)
            }
            lines += noteLines(part.note, width: width)
        }
        if !review.orphans.isEmpty {
            lines.append(Line(text: "", style: .plain))
            lines.append(Line(text: "From an earlier version of the guide", style: .title))
            for (_, record) in review.orphans.checks {
                lines += actionLines(record.text, checkedAt: record.checkedAt, width: width)
            }
            for (_, note) in review.orphans.notes {
                lines.append(Line(text: "  \(note.partTitle)", style: .plain))
                lines += noteLines(note, width: width)
            }
        }
        return lines
    }

    /// "[x] 2026-12-07  Write down…", wrapped under its text; unchecked: "[ ]" and dimmed.
    private static func actionLines(_ text: String, checkedAt: Date?, width: Int) -> [Line] {
        let mark = checkedAt.map { "[x] \(DateText.day($0))  " } ?? "[ ]" + String(repeating: " ", count: 13)
        return Wrap.lines(text, width: max(1, width - mark.count - 2)).enumerated().map { index, text in
            let prefix = index == 0 ? mark : String(repeating: " ", count: mark.count)
            return Line(text: "  " + prefix + text, style: checkedAt == nil ? .muted : .plain)
        }
    }

    /// A note's first three paragraphs, two rows each.
    private static func noteLines(_ note: Note?, width: Int) -> [Line] {
        guard let note else { return [] }
        let paragraphs = note.text.split(separator: "\n").prefix(3)
        return [Line(text: "  Notes:", style: .muted)] + paragraphs.flatMap { paragraph in
            Wrap.lines(String(paragraph), width: max(1, width - 4)).prefix(2).map { Line(text: "    " + $0, style: .plain) }
        }
    }
}
