/// Actions as rows of a table: the box, when it was checked, then the text wrapped
/// under itself, in the same columns for checked and unchecked ones.
struct ActionColumn {
    /// The widest "when" of the review ("yesterday 23:10").
    let dateWidth: Int
    let width: Int

    /// "  [x] today 04:56  Write down…"; unchecked: "  [ ]" and blanks, dimmed.
    func lines(_ text: String, checkedAt: String?) -> [ReviewLines.Line] {
        let date = checkedAt ?? ""
        let mark = "  " + (checkedAt == nil ? "[ ] " : "[x] ") + date + String(repeating: " ", count: dateWidth - date.cellWidth + 2)
        let indent = String(repeating: " ", count: mark.cellWidth)
        return Wrap.lines(text, width: max(1, width - mark.cellWidth)).enumerated().map { index, row in
            ReviewLines.Line(text: (index == 0 ? mark : indent) + row, style: checkedAt == nil ? .muted : .plain)
        }
    }
}
