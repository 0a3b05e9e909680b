/// The plain-text review printed by `rekindle review`: what was done, when, and
/// what was written. Plain lines, so it reads well in a pipe, a file or a screen reader.
/// Every text from the guide or the session goes through `VisibleText`: whatever a
/// note or a title holds, printing the review cannot drive the terminal.
public enum ReviewReport {
    public static func render(session: Session, guide: Guide) -> String {
        let review = Review(session: session, guide: guide)
        let progress = review.progress
        var out = [
            VisibleText.line(guide.title),
            "Session '\(VisibleText.line(session.name))': started \(DateText.day(session.startedAt)), last used \(DateText.minute(session.lastUsedAt))",
            "Progress: \(progress.checkedItems) of \(progress.totalItems) items checked, \(progress.completedSteps) of \(progress.totalSteps) steps completed",
        ]
        for part in review.parts where !part.actions.isEmpty || part.note != nil {
            out.append("")
            out.append("\(part.label): \(VisibleText.line(part.title)) (\(part.done) of \(part.actions.count) done)")
            if part.done == 0 && !part.actions.isEmpty { out.append("  nothing checked yet") }
            for action in part.actions {
                guard let checkedAt = action.checkedAt else { continue }
                out.append("  [x] \(VisibleText.line(action.text)) (checked \(DateText.minute(checkedAt)))")
            }
            out += noteLines(part.note)
        }
        if !review.orphans.isEmpty {
            out.append("")
            out.append("From an earlier version of the guide:")
            for (_, record) in review.orphans.checks {
                out.append("  [x] \(VisibleText.line(record.text)) (checked \(DateText.minute(record.checkedAt)))")
            }
            for (_, note) in review.orphans.notes {
                out.append("  Notes for '\(VisibleText.line(note.partTitle))':")
                out += noteLines(note).dropFirst()
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private static func noteLines(_ note: Note?) -> [String] {
        guard let note else { return [] }
        return ["  Notes (edited \(DateText.minute(note.editedAt))):"]
            + VisibleText.lines(note.text).split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
    }
}
