import RekindleCore

/// The draft box: messages to them that wait a day before they can be copied out, and
/// urges logged instead of sent. Nothing here is ever sent by the coach.
enum DraftsView {
    static func render(_ state: AppState, into frame: inout Frame) {
        Chrome.renderHeader(state, right: L("drafts.title"), into: &frame)
        let width = min(StepLayout.readingWidth, frame.width - 4)
        let x = max(2, (frame.width - width) / 2)
        switch state.drafts.mode {
        case .copying(let index):
            renderCopy(state.session.drafts[index].text, warning: state.draftWarning, into: &frame)
            return
        case .writing:
            renderWriting(state, x: x, width: width, into: &frame)
            return
        case .list, .confirmingEarlyCopy, .loggingUrge:
            break
        }
        var y = 2
        if let warning = state.draftWarning {
            for line in Wrap.lines(warning, width: width) {
                frame.put(line, x: x, y: y, style: .warning)
                y += 1
            }
        }
        // A short screen keeps its rows for the drafts.
        for line in Wrap.lines(frame.height >= 20 ? intro : shortIntro, width: width) {
            frame.put(line, x: x, y: y, style: .muted)
            y += 1
        }
        y += 1
        let drafts = state.session.drafts
        let now = state.lastEventAt
        if drafts.isEmpty {
            frame.putCut(L("drafts.none"), x: x, y: y, style: .muted, width: width)
            y += 2
        }
        for (index, draft) in drafts.enumerated() where y < frame.height - 6 {
            let selected = index == state.drafts.cursor.index
            if selected {
                frame.fill(Rect(x: x, y: y, width: width, height: 2), style: .selected)
                frame.cursor = Point(x: x, y: y)
            }
            let written = L("drafts.writtenAt", RelativeTime.text(draft.editedAt, now: now, zone: state.zone))
            let ready = draft.isReady(at: now) ? L("drafts.readyNow")
                : L("drafts.readyAt", RelativeTime.ahead(draft.readyAt, now: now, zone: state.zone))
            frame.putCut("\(written) · \(ready)", x: x + 1, y: y, style: selected ? .selected : .muted, width: width - 2)
            let first = draft.text.split(separator: "\n").first.map(String.init) ?? ""
            frame.putCut(first, x: x + 3, y: y + 1, style: selected ? .selected : .plain, width: width - 4)
            y += 3
        }
        if let last = state.session.urges.last {
            let count = state.session.urges.count
            frame.putCut(L("drafts.urges", count, RelativeTime.text(last.at, now: now, zone: state.zone)),
                         x: x, y: min(y, frame.height - 5), style: .muted, width: width)
        }
        switch state.drafts.mode {
        case .confirmingEarlyCopy(let index):
            let ready = RelativeTime.ahead(drafts[index].readyAt, now: now, zone: state.zone)
            let warning = state.draftWarning.map { $0 + " " } ?? ""
            let question = warning + L("drafts.earlyCopy", ready)
            renderQuestion(question, x: x, width: width, into: &frame)
            Chrome.renderKeys([], into: &frame)
        case .loggingUrge(let text):
            renderQuestion(L("drafts.urgeQuestion", text), x: x, width: width, into: &frame)
            Chrome.renderKeys([KeyMap.choose.hinted(L("hint.log")), KeyMap.back.hinted(L("hint.cancel"))], always: Chrome.whileTyping, into: &frame)
        case .list, .writing, .copying:
            var keys = [KeyMap.newDraft]
            if !drafts.isEmpty { keys += [KeyMap.editEntry, KeyMap.copyDraft] }
            Chrome.renderKeys(keys + [KeyMap.logUrge, KeyMap.back], into: &frame)
        }
    }

    static var intro: String { L("drafts.intro") }

    static var shortIntro: String { L("drafts.shortIntro") }

    /// Where a draft is written: the page below its heading.
    static func editorBox(size: Size) -> Rect {
        let width = min(StepLayout.readingWidth, size.width - 4)
        return Rect(x: max(2, (size.width - width) / 2) + 2, y: 4, width: max(1, width - 2), height: max(1, size.height - 7))
    }

    private static func renderWriting(_ state: AppState, x: Int, width: Int, into frame: inout Frame) {
        let title = frame.put(L("drafts.writingTitle"), x: x, y: 2, style: Style(tone: .accent, bold: true))
        frame.putCut(" · " + L("drafts.writingWaits"), x: title, y: 2, style: .muted, width: x + width - title)
        let box = editorBox(size: state.size)
        frame.fill(Rect(x: box.x - 2, y: box.y, width: 1, height: box.height), with: "▎", style: .accent)
        let (rows, cursor, _) = state.drafts.editor.visibleRows(width: box.width, height: box.height)
        for (index, row) in rows.enumerated() {
            frame.put(row, x: box.x, y: box.y + index, limit: box.width)
        }
        if let cursor {
            frame.cursor = Point(x: box.x + min(cursor.x, box.width - 1), y: box.y + cursor.y)
            frame.showsCursor = true
        }
        Chrome.renderKeys([KeyMap.stopWriting.hinted(L("hint.keep"))], always: Chrome.whileTyping, into: &frame)
    }

    /// The draft alone, nothing else on the rows, for the terminal's selection.
    private static func renderCopy(_ text: String, warning: String?, into frame: inout Frame) {
        if let warning { frame.putCut(warning, x: 0, y: 1, style: .warning, width: frame.width) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { Wrap.lines(String($0), width: max(1, frame.width - 2)) }
        for (row, line) in lines.prefix(frame.height - 3).enumerated() {
            frame.put(line, x: 0, y: 2 + row)
        }
        frame.putCut(L("drafts.copyHow"), x: 0, y: frame.height - 1,
                     style: .muted, width: frame.width)
    }

    private static func renderQuestion(_ text: String, x: Int, width: Int, into frame: inout Frame) {
        let lines = Wrap.lines(text, width: width)
        let top = max(2, frame.height - 3 - lines.count)
        frame.fill(Rect(x: x, y: top - 1, width: width, height: lines.count + 1), style: .plain)
        for (row, line) in lines.enumerated() {
            frame.put(line, x: x, y: top + row, style: .prompt, limit: width)
        }
    }
}
