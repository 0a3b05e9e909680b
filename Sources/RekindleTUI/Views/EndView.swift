import RekindleCore

/// After the closing: the letter in the person's own words (`Letter`), cut with "…"
/// where the screen ends, and under it where it is kept and how to export it.
enum EndView {
    static func render(_ state: AppState, into frame: inout Frame) {
        Chrome.renderHeader(state, right: L("end.title"), into: &frame)
        PageText.draw(page(state, width: PageText.width(of: frame), height: frame.height), scroll: state.pageScroll, into: &frame)
        Chrome.renderKeys([KeyMap.back.hinted(L("hint.backToClosing")), KeyMap.down.hinted(L("hint.readOn")), KeyMap.review], into: &frame)
    }

    /// The letter's rows, and where it is kept and how to export it kept in sight below.
    static func page(_ state: AppState, width: Int, height: Int) -> PageText.Content {
        let letter = Letter.build(session: state.session, guide: state.guide, now: state.lastEventAt, zone: .local,
                                  trendDays: TrendChart.days(fitting: width))
        let name = state.session.name
        let session = name == "default" ? "" : name.hasPrefix("-") ? " -- \(name)" : " \(name)"
        let kept = Wrap.lines(L("end.kept", state.dataPath), width: width)
        let export = Wrap.lines(L("end.export", session), width: width)
        // On a short screen the letter keeps six rows and the footer only says how to export it.
        let footer = ((height - 4) - (kept.count + export.count + 1) >= 6 ? kept + export : export).map { ($0, Style.muted) }
        let rows = Wrap.lines(L("end.reached"), width: width).map { ($0, Style.title) } + Self.rows(of: letter, width: width)
        return PageText.Content(rows: rows, footer: footer)
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

/// Paragraphs in a centred reading column, from the third row; where they do not all
/// fit, ↑↓ scroll them and the last row says how much more there is.
enum PageText {
    /// Rows wrapped to the column, and a footer kept in sight below them.
    struct Content {
        var rows: [(String, Style)]
        var footer: [(String, Style)] = []
    }

    /// Paragraphs wrapped to `width`, a blank row after each (`spacing`).
    static func content(_ paragraphs: [(String, Style)], width: Int, spacing: Bool = true) -> Content {
        Content(rows: paragraphs.flatMap { text, style in
            Wrap.lines(text, width: width).map { ($0, style) } + (spacing ? [("", Style.plain)] : [])
        })
    }

    static func render(_ paragraphs: [(String, Style)], spacing: Bool = true, scroll: Int = 0, into frame: inout Frame) {
        draw(content(paragraphs, width: width(of: frame), spacing: spacing), scroll: scroll, into: &frame)
    }

    /// The rows there is room for on a screen `height` rows high, below the footer.
    private static func room(_ content: Content, height: Int) -> Int {
        let page = max(0, height - 4)
        let footer = min(content.footer.count, page)
        return max(0, page - (footer == 0 ? 0 : footer + 1))
    }

    /// How far the rows scroll: the last row then shows, above the "more" line.
    static func maxScroll(_ content: Content, height: Int) -> Int {
        let rows = trimmed(content.rows).count, room = room(content, height: height)
        return rows > room ? max(0, rows - max(1, room - 1)) : 0
    }

    private static func trimmed(_ rows: [(String, Style)]) -> [(String, Style)] {
        var rows = rows
        while rows.last?.0.isEmpty == true { rows.removeLast() }
        return rows
    }

    /// The reading column's width on `frame`.
    static func width(of frame: Frame) -> Int { min(StepLayout.readingWidth, frame.width - 4) }

    /// The rows from `scroll`, then the footer kept in sight at the bottom of the page,
    /// below a blank row; where the rows do not all fit, the last row says how many are
    /// above and below.
    static func draw(_ content: Content, scroll: Int = 0, into frame: inout Frame) {
        let width = width(of: frame)
        let x = max(2, (frame.width - width) / 2)
        let page = max(0, frame.height - 4)
        let footer = Array(content.footer.prefix(page))
        let rows = trimmed(content.rows)
        let room = room(content, height: frame.height)
        var shown = Array(rows.prefix(room))
        if rows.count > room && room > 0 {
            let first = min(max(0, scroll), maxScroll(content, height: frame.height))
            shown = Array(rows[first..<min(rows.count, first + max(0, room - 1))])
            let more = MoreLine.text(above: first, below: rows.count - first - shown.count)
            shown.append((more, .muted))
        }
        for (index, (line, style)) in shown.enumerated() {
            frame.putCut(line, x: x, y: 2 + index, style: style, width: width)
        }
        for (index, (line, style)) in footer.enumerated() {
            frame.putCut(line, x: x, y: 2 + page - footer.count + index, style: style, width: width)
        }
        frame.cursor = Point(x: x, y: 2)
    }
}
