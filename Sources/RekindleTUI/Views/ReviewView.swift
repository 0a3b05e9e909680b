import RekindleCore

/// Everything done so far, with dates: completed items (or all of them with `a`),
/// note excerpts and overall progress.
enum ReviewView {
    static func render(_ state: AppState, into frame: inout Frame) {
        let progress = Progress(session: state.session, guide: state.guide)
        Chrome.renderHeader(state, right: "Review", checkedItems: progress.checkedItems, into: &frame)
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
        let guide = state.guide
        let session = state.session
        let progress = Progress(session: session, guide: guide)
        var lines = [
            Line(text: "\(progress.checkedItems) of \(progress.totalItems) actions checked, \(progress.completedSteps) of \(progress.totalSteps) steps completed.", style: .title),
            Line(text: state.review.showAll ? "Showing every action." : "Showing completed actions; press a to show every action.", style: .muted),
        ]
        for part in guide.parts {
            let items = part.checklist.filter { state.review.showAll || session.isChecked($0.id) }
            let hasNote = state.hasNote(for: part.id)
            guard !items.isEmpty || hasNote || state.review.showAll else { continue }
            let done = part.checklist.filter { session.isChecked($0.id) }.count
            lines.append(Line(text: "", style: .plain))
            lines.append(Line(text: "\(guide.label(of: part)): \(part.title)" + (part.checklist.isEmpty ? "" : "  \(done)/\(part.checklist.count)"), style: .title))
            for item in items {
                let mark = session.checks[item.id].map { "[x] \(DateText.day($0.checkedAt))  " } ?? "[ ]              "
                for (index, text) in Wrap.lines(item.text, width: max(1, width - mark.count - 2)).enumerated() {
                    let prefix = index == 0 ? mark : String(repeating: " ", count: mark.count)
                    lines.append(Line(text: "  " + prefix + text, style: session.isChecked(item.id) ? .plain : .muted))
                }
            }
            if hasNote {
                let excerpt = state.noteParagraphs(for: part.id, limit: 3)
                lines.append(Line(text: "  Notes:", style: .muted))
                for paragraph in excerpt {
                    lines += Wrap.lines(paragraph, width: max(1, width - 4)).prefix(2).map { Line(text: "    " + $0, style: .plain) }
                }
            }
        }
        return lines
    }
}
