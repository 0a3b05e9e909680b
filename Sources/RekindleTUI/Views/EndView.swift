import RekindleCore

/// After the closing: the letter in the person's own words (`Letter`), cut with "…"
/// where the screen ends, and under it where it is kept and how to export it.
enum EndView {
    static func render(_ state: AppState, into frame: inout Frame) {
        Chrome.renderHeader(state, right: L("end.title"), into: &frame)
        let width = PageText.width(of: frame)
        let letter = Letter.build(session: state.session, guide: state.guide, now: state.lastEventAt, zone: .local,
                                  trendDays: TrendChart.days(fitting: width))
        let name = state.session.name
        let session = name == "default" ? "" : name.hasPrefix("-") ? " -- \(name)" : " \(name)"
        let kept = Wrap.lines(L("end.kept", state.dataPath), width: width)
        let export = Wrap.lines(L("end.export", session), width: width)
        // On a short screen the letter keeps six rows and the footer only says how to export it.
        let footer = ((frame.height - 4) - (kept.count + export.count + 1) >= 6 ? kept + export : export).map { ($0, Style.muted) }
        let rows = Wrap.lines(L("end.reached"), width: width).map { ($0, Style.title) } + Self.rows(of: letter, width: width)
        PageText.draw(rows, footer: footer, into: &frame)
        Chrome.renderKeys([KeyMap.back.hinted(L("hint.backToClosing")), KeyMap.review], into: &frame)
    }

    /// The letter as styled rows of at most `width` columns, each block after a blank
    /// row, the person's words line by line under their dates.
    static func rows(of letter: ReportDocument, width: Int) -> [(String, Style)] {
        var lines = letter.intro.flatMap { rows(of: $0, width: width) }
        for section in letter.sections {
            lines += [("", .plain)] + Wrap.lines(section.heading, width: width).map { ($0, Style.title) }
            // The first block follows its heading without a blank row.
            lines += section.blocks.enumerated().flatMap { index, block in rows(of: block, width: width).dropFirst(index == 0 ? 1 : 0) }
        }
        return lines
    }

    private static func rows(of block: ReportDocument.Block, width: Int) -> [(String, Style)] {
        let wrapped = { (text: String, style: Style, indent: String) in
            Wrap.lines(text, width: max(1, width - indent.count)).map { (indent + $0, style) }
        }
        switch block {
        case .paragraph(let text): return [("", .plain)] + wrapped(text, .plain, "")
        case .subheading(let text): return [("", .plain)] + wrapped(text, .title, "")
        case .prompt(let text): return [("", .plain)] + wrapped(text, .prompt, "")
        case .actions(let actions):
            return [("", .plain)] + actions.flatMap { action in
                wrapped("\(action.mark.symbol) \(action.text)" + (action.detail.map { " (\($0))" } ?? ""), .plain, "")
            }
        case .entry(let date, let text):
            return [("", .plain)] + wrapped(date, .muted, "")
                + text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { wrapped(String($0), .plain, "  ") }
        case .chart(let rows, let caption):
            return [("", .plain)] + rows.flatMap { wrapped($0, .plain, "") } + (caption.map { wrapped($0, .muted, "      ") } ?? [])
        }
    }
}

/// Paragraphs in a centred reading column, from the third row, as far as they fit; the
/// last row shown ends in "…" when more did not fit.
enum PageText {
    /// `spacing`: a blank row after each paragraph.
    static func render(_ paragraphs: [(String, Style)], spacing: Bool = true, into frame: inout Frame) {
        let width = width(of: frame)
        draw(paragraphs.flatMap { text, style in
            Wrap.lines(text, width: width).map { ($0, style) } + (spacing ? [("", Style.plain)] : [])
        }, into: &frame)
    }

    /// The reading column's width on `frame`.
    static func width(of frame: Frame) -> Int { min(StepLayout.readingWidth, frame.width - 4) }

    /// Rows already wrapped to the column, then `footer` kept in sight at the bottom of
    /// the page, below a blank row: the rows give way to it, cut with "…".
    static func draw(_ rows: [(String, Style)], footer: [(String, Style)] = [], into frame: inout Frame) {
        let width = width(of: frame)
        let x = max(2, (frame.width - width) / 2)
        let page = max(0, frame.height - 4)
        let footer = Array(footer.prefix(page))
        var rows = rows
        while rows.last?.0.isEmpty == true { rows.removeLast() }
        let room = max(0, page - (footer.isEmpty ? 0 : footer.count + 1))
        let cut = rows.count > room
        rows = Array(rows.prefix(room))
        while cut && rows.last?.0.isEmpty == true { rows.removeLast() }
        for (index, (line, style)) in rows.enumerated() {
            let marked = cut && index == rows.count - 1
            frame.putCut(marked ? line + " …" : line, x: x, y: 2 + index, style: style, width: width)
        }
        for (index, (line, style)) in footer.enumerated() {
            frame.putCut(line, x: x, y: 2 + page - footer.count + index, style: style, width: width)
        }
        frame.cursor = Point(x: x, y: 2)
    }
}
