import RekindleCore

/// After the closing: what the person did, where it is kept, and how to look back.
enum EndView {
    static func render(_ state: AppState, into frame: inout Frame) {
        Chrome.renderHeader(state, right: "The end of the guide", into: &frame)
        let progress = Progress(session: state.session, guide: state.guide)
        let written = state.guide.parts.count { state.hasNote(for: $0.id) }
        let session = state.session.name == "default" ? "" : " --session \(state.session.name)"
        // What was done, never a score of what was not.
        var done: [String] = []
        if progress.checkedItems > 0 { done.append("checked \(progress.checkedItems == 1 ? "1 action" : "\(progress.checkedItems) actions")") }
        if written > 0 { done.append("wrote notes in \(written == 1 ? "1 part" : "\(written) parts") of the guide") }
        let paragraphs: [(String, Style)] = [
            ("You have reached the end of the guide.", .title),
            ("Whatever happens next, you gave this time and care." + (done.isEmpty ? "" : " You \(done.joined(separator: " and ")).") , .plain),
            ("Your notes stay on this computer, readable by you alone, in \(state.dataPath).", .plain),
            ("To look back, press r, or run 'rekindle review\(session)'. To keep a copy, run 'rekindle export\(session) --format markdown --output notes.md'. You can come back to any step at any time.", .plain),
        ]
        PageText.render(paragraphs, into: &frame)
        Chrome.renderKeys([KeyMap.back.hinted("back to the closing"), KeyMap.review], into: &frame)
    }
}

/// Paragraphs in a centred reading column, from the third row, as far as they fit.
enum PageText {
    /// `spacing`: a blank row after each paragraph.
    static func render(_ paragraphs: [(String, Style)], spacing: Bool = true, into frame: inout Frame) {
        let width = min(StepLayout.readingWidth, frame.width - 4)
        let x = max(2, (frame.width - width) / 2)
        var y = 2
        for (text, style) in paragraphs {
            let lines = Wrap.lines(text, width: width)
            for (index, line) in lines.enumerated() where y < frame.height - 2 {
                let last = y == frame.height - 3 && (index < lines.count - 1 || text != paragraphs.last?.0)
                frame.putCut(last ? line + " …" : line, x: x, y: y, style: style, width: width)
                y += 1
            }
            if spacing { y += 1 }
        }
        frame.cursor = Point(x: x, y: 2)
    }
}
