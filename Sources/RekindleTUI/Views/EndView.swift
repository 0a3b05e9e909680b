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

/// Paragraphs in a centred reading column, from the third row, as far as they fit; the
/// last row shown ends in "…" when more did not fit.
enum PageText {
    /// `spacing`: a blank row after each paragraph.
    static func render(_ paragraphs: [(String, Style)], spacing: Bool = true, into frame: inout Frame) {
        let width = min(StepLayout.readingWidth, frame.width - 4)
        let x = max(2, (frame.width - width) / 2)
        var rows = paragraphs.flatMap { text, style in
            Wrap.lines(text, width: width).map { ($0, style) } + (spacing ? [("", Style.plain)] : [])
        }
        while rows.last?.0.isEmpty == true { rows.removeLast() }
        let room = max(0, frame.height - 4)
        let cut = rows.count > room
        rows = Array(rows.prefix(room))
        while cut && rows.last?.0.isEmpty == true { rows.removeLast() }
        for (index, (line, style)) in rows.enumerated() {
            let marked = cut && index == rows.count - 1
            frame.putCut(marked ? line + " …" : line, x: x, y: 2 + index, style: style, width: width)
        }
        frame.cursor = Point(x: x, y: 2)
    }
}
