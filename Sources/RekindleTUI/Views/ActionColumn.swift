import RekindleCore

/// Actions as rows of a table: the mark, when it was checked or set aside, then the
/// text wrapped under itself, in the same columns for every action; a timed period or
/// the answer to the decision goes on a dimmed row under the text.
struct ActionColumn {
    /// The widest "when" of the review ("yesterday 23:10").
    let dateWidth: Int
    let width: Int

    /// "  [x] today 04:56  Write down…"; [-] for one set aside as not for me; one not
    /// done: "  [ ]" and blanks, dimmed.
    func lines(_ action: Review.Action, when: (Date) -> String, now: Date) -> [ReviewLines.Line] {
        let date = (action.checkedAt ?? action.notForMeAt).map(when) ?? ""
        let box = action.checkedAt != nil ? "[x] " : action.notForMeAt != nil ? "[-] " : "[ ] "
        let mark = "  " + box + date + String(repeating: " ", count: dateWidth - date.cellWidth + 2)
        let indent = String(repeating: " ", count: mark.cellWidth)
        let style = action.isAddressed ? Style.plain : .muted
        let rows = Wrap.lines(action.text, width: max(1, width - mark.cellWidth)).enumerated().map { index, row in
            ReviewLines.Line(text: (index == 0 ? mark : indent) + row, style: style)
        }
        let notes = (action.notForMeAt == nil ? [] : [L("hint.notForMe")]) + action.timerAndAnswer(now: now, zone: .local)
        guard !notes.isEmpty else { return rows }
        return rows + Wrap.lines(notes.joined(separator: "; "), width: max(1, width - mark.cellWidth)).map {
            ReviewLines.Line(text: indent + $0, style: .muted)
        }
    }
}
