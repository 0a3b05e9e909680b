import RekindleCore

/// Who to call or text now: the guide's help section, calmly, in a reading column.
enum HelpNowView {
    /// The help as lines for a screen `width` wide. `numbersFirst`: the introduction
    /// after the services, for a screen too short to show both at once (the same lines).
    static func lines(_ state: AppState, width: Int, numbersFirst: Bool = false) -> [String] {
        let column = max(10, min(StepLayout.readingWidth, width - 4))
        guard let help = state.helpResources else { return [L("helpNow.fallback")] }
        var report = Array(HelpReport.render(help).split(separator: "\n", omittingEmptySubsequences: false).dropLast())
        if numbersFirst {
            // The report is the title, then a blank row and a line per paragraph of the introduction.
            let intro = report[1..<min(report.count, 1 + 2 * help.intro.count)]
            report = [report[0]] + report[(1 + intro.count)...] + intro
        }
        return report.flatMap { line in
            // An indented line wraps under its own text: a service under its name, not its dash.
            let lead = line.prefix { $0 == " " || $0 == "-" }
            let indent = String(repeating: " ", count: lead.count)
            return Wrap.lines(String(line.dropFirst(lead.count)), width: column - lead.count).enumerated().map { index, row in
                (index == 0 ? String(lead) : indent) + row
            }
        }
    }

    static func render(_ state: AppState, into frame: inout Frame) {
        Chrome.renderHeader(state, right: L("helpNow.title"), into: &frame)
        renderScrolled(lines(state, width: frame.width, numbersFirst: frame.height < 20), state, into: &frame)
        let change = state.helpNowReturn == .screening ? [] : [KeyMap.changeAnswers]
        Chrome.renderKeys([KeyMap.back.hinted(L("hint.back")), KeyMap.down.hinted(L("hint.scroll"))] + change, into: &frame)
    }

    /// Lines in the reading column from the help's scroll, with a "more" line when they go on.
    static func renderScrolled(_ all: [String], _ state: AppState, into frame: inout Frame) {
        let width = min(StepLayout.readingWidth, frame.width - 4)
        let x = max(2, (frame.width - width) / 2)
        let scroll = state.helpNowScroll.index
        // The last row above the status line says what is above and below, when anything is.
        let height = all.count > frame.height - 4 ? frame.height - 5 : frame.height - 4
        for (row, line) in all.dropFirst(scroll).prefix(height).enumerated() {
            frame.put(line, x: x, y: 2 + row, style: row == 0 && scroll == 0 ? .title : .plain)
        }
        if all.count > frame.height - 4 {
            frame.putCut(MoreLine.text(above: scroll, below: all.count - scroll - height), x: x, y: 2 + height, style: .muted,
                         width: width)
        }
        frame.cursor = Point(x: x, y: 2)
    }

    /// On a screen too small for anything else, the help still shows, plainly.
    static func renderPlain(_ state: AppState, into frame: inout Frame) {
        let lines = state.helpResources.map { HelpReport.render($0).split(separator: "\n").flatMap { Wrap.lines(String($0), width: frame.width) } } ?? []
        for (row, line) in lines.dropFirst(state.helpNowScroll.index).prefix(frame.height).enumerated() {
            frame.put(line, x: 0, y: row)
        }
    }
}

/// The short safety check at the opening, one question at a time; after a yes, why
/// this guide is not the right tool now, and the help.
enum ScreeningView {
    static func render(_ state: AppState, into frame: inout Frame) {
        Chrome.renderHeader(state, right: L("screening.title"), into: &frame)
        let all = Screening.Question.allCases
        guard all.indices.contains(state.screeningQuestion) else { return renderOutcome(state, into: &frame) }
        let question = all[state.screeningQuestion]
        // The question and its keys first, so that even the smallest screen shows them.
        PageText.render([
            (L("screening.counter", state.screeningQuestion + 1, all.count), .muted),
            (question.wording, .title),
            (L("screening.keys"), .plain),
            (L("screening.why", all.count), .plain),
        ], into: &frame)
        Chrome.renderKeys([KeyMap.back.hinted(L("hint.skipTheRest"))], into: &frame)
    }

    /// The page after a yes, as lines for a screen `width` wide (it scrolls like the help).
    static func outcome(_ state: AppState, width: Int) -> [String] {
        var paragraphs = (state.session.screening ?? Screening()).outcome(contactIsOff: state.session.contactIsOff).flatMap { [$0, ""] }
        paragraphs += [L("screening.people"), ""]
        let column = max(10, min(StepLayout.readingWidth, width - 4))
        return paragraphs.flatMap { $0.isEmpty ? [""] : Wrap.lines($0, width: column) } + HelpNowView.lines(state, width: width)
    }

    private static func renderOutcome(_ state: AppState, into frame: inout Frame) {
        HelpNowView.renderScrolled(outcome(state, width: frame.width), state, into: &frame)
        Chrome.renderKeys([KeyMap.begin.hinted(L("hint.goOn")), KeyMap.down.hinted(L("hint.scroll")), KeyMap.changeAnswers], into: &frame)
    }
}
