import RekindleCore

/// The parts every screen shares: the header, the key bar and the status line. They
/// are quiet (muted, no reverse video), so that the content is what stands out.
enum Chrome {
    /// The top row: the guide's title (or "Rekindle" in discreet mode) on the left and
    /// `right` (where the person is) on the right, after the path through the steps
    /// when `showsPath`: "● ● ◐ ○ ○ ○ ○ ○ ○ ○  Step 3 of 10".
    static func renderHeader(_ state: AppState, right: String, showsPath: Bool = false, into frame: inout Frame) {
        frame.title = state.windowTitle
        let y = 0
        var rightWidth = right.cellWidth
        let marks = showsPath ? pathMarks(state) : []
        let pathWidth = marks.count * 2 + 1
        // The path goes first when the title would have fewer than 20 columns left.
        let withPath = !marks.isEmpty && frame.width - rightWidth - pathWidth - 3 >= 20
        if withPath { rightWidth += pathWidth }
        frame.putCut(state.windowTitle, x: 1, y: y, style: .muted, width: frame.width - rightWidth - 4)
        var x = frame.width - rightWidth - 1
        if withPath {
            for (mark, style) in marks { x = frame.put(mark + " ", x: x, y: y, style: style) }
            x += 1
        }
        frame.put(right, x: x, y: y, style: .muted)
    }

    /// One mark per step, as the steps list shows them; the current step's in bold.
    private static func pathMarks(_ state: AppState) -> [(String, Style)] {
        let states = state.partStates(checkedPerPart: Progress.checkedPerPart(session: state.session, guide: state.guide))
        return state.guide.parts.enumerated().compactMap { index, part in
            guard part.kind == .step else { return nil }
            let progress = states[index]
            var style = [.notStarted, .skipped].contains(progress) ? Style.muted : .accent
            if index == state.partIndex { style.bold = true }
            return (SidebarView.mark(progress), style)
        }
    }

    /// The bottom row: a few keys for this place on the left, as many as fit, and
    /// `always` (help now, help and quit; F9, F1 and Ctrl-C where letters are typed) on
    /// the right at every width.
    static func renderKeys(_ keys: [Binding], always: [Binding] = [KeyMap.helpNow, KeyMap.help, KeyMap.quit], into frame: inout Frame) {
        let y = frame.height - 1
        frame.fill(Rect(x: 0, y: y, width: frame.width, height: 1))
        // Narrow screens space the keys closer, so the ones for here still fit.
        let gap = frame.width < 60 ? 1 : 2
        let tailWidth = always.reduce(0) { $0 + width(of: $1) + gap } - gap
        let room = frame.width - tailWidth - 1
        var x = 1
        for (index, binding) in keys.filter({ binding in !always.contains { $0.short == binding.short } }).enumerated() {
            guard x + width(of: binding) + gap <= room else {
                // The first key is the way on or back: shown with its words cut rather than not at all.
                if index == 0 && binding.short.cellWidth + 3 < room - x {
                    x = renderKey(binding, x: x, y: y, width: room - gap - x, into: &frame) + gap
                }
                break
            }
            x = renderKey(binding, x: x, y: y, width: width(of: binding), into: &frame) + gap
        }
        x = max(x, frame.width - tailWidth - 1)
        for binding in always { x = renderKey(binding, x: x, y: y, width: width(of: binding), into: &frame) + gap }
    }

    /// The keys always named where letters are typed.
    static let whileTyping = [KeyMap.helpNowAnywhere, KeyMap.helpAnywhere, KeyMap.interrupt]

    private static func width(of binding: Binding) -> Int { binding.short.cellWidth + 1 + binding.hint.cellWidth }

    /// A key and its hint in `width` columns, the hint cut with "…" where it needs more.
    private static func renderKey(_ binding: Binding, x: Int, y: Int, width: Int, into frame: inout Frame) -> Int {
        let hintX = frame.put(binding.short, x: x, y: y, style: Style(tone: .muted, bold: true))
        return frame.putCut(" " + binding.hint, x: hintX, y: y, style: .muted, width: x + width - hintX)
    }

    /// A save problem, a notice or the quit question, above the key bar. One that does
    /// not fit a row takes more (three, or a quarter of the screen), over the bottom of
    /// the page, rather than losing its end: a save problem ends with "your text is kept
    /// here". Only a question covers the edit point.
    static func renderStatus(_ state: AppState, into frame: inout Frame) {
        let question = state.quitQuestion ?? (state.screen == .step ? state.questionText : nil)
        guard let text = question ?? state.status?.text, frame.height >= 3 else { return }
        let isError = state.quitQuestion != nil || state.status?.isError == true
        let style: Style = isError ? .warning : .accent
        // A problem is marked with "! ", its lines starting after the mark.
        let mark = isError ? "! " : ""
        let width = frame.width - 2 - mark.count
        let lines = Wrap.lines(text, width: width)
        let bottom = frame.height - 2
        let most = max(3, frame.height / 4)
        // A question shows whole, its answers last: the person must see them to answer.
        let belowEditPoint = frame.showsCursor && question == nil ? frame.cursor.map { bottom - $0.y } ?? most : most
        let rows = max(1, min(lines.count, most, belowEditPoint))
        let top = bottom - rows + 1
        frame.fill(Rect(x: 0, y: top, width: frame.width, height: rows))
        frame.put(mark, x: 1, y: top, style: style)
        for row in 0..<rows {
            let line = row == rows - 1 ? lines[row...].joined(separator: " ") : lines[row]
            frame.putCut(line, x: 1 + mark.count, y: top + row, style: style, width: width)
        }
    }
}
