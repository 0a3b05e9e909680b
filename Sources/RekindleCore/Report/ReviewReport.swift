/// The plain-text review printed by `rekindle review`: what was done, when, and
/// what was written. Plain lines, so it reads well in a pipe, a file or a screen reader.
/// Every text from the guide or the session goes through `VisibleText`: whatever a
/// note or a title holds, printing the review cannot drive the terminal. Times are
/// said as the coach says them ("today 21:04", "3 days ago"), from `now` in `zone`.
public enum ReviewReport {
    /// The review of `session` as plain lines, its times relative to `now`.
    public static func render(session: Session, guide: Guide, now: Date, zone: TimeZoneOffset) -> String {
        let review = Review(session: session, guide: guide)
        let progress = review.progress
        let when = { (date: Date) in RelativeTime.text(date, now: now, zone: zone) }
        var out = [
            VisibleText.line(guide.title),
            "Session '\(VisibleText.line(session.name))': started \(when(session.startedAt)), last used \(when(session.lastUsedAt))",
            "Progress: \(progress.checkedItems) of \(progress.totalItems) actions checked, \(progress.completedSteps) of \(progress.totalSteps) steps completed",
        ]
        for part in review.parts where !part.actions.isEmpty || part.note != nil {
            out.append("")
            out.append("\(part.label): \(VisibleText.line(part.title)) (\(part.done) of \(part.actions.count) done)")
            if part.done == 0 && !part.actions.isEmpty { out.append("  nothing checked yet") }
            for action in part.actions {
                guard let checkedAt = action.checkedAt else { continue }
                out.append("  [x] \(VisibleText.line(action.text)) (checked \(when(checkedAt)))")
            }
            out += noteLines(part.note, when: when)
        }
        if !review.orphans.isEmpty {
            out.append("")
            out.append("From an earlier version of the guide:")
            for (_, record) in review.orphans.checks {
                out.append("  [x] \(VisibleText.line(record.text)) (checked \(when(record.checkedAt)))")
            }
            for (_, note) in review.orphans.notes {
                out.append("  Notes for '\(VisibleText.line(note.partTitle))':")
                out += noteLines(note, when: when).dropFirst()
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private static func noteLines(_ note: Note?, when: (Date) -> String) -> [String] {
        guard let note else { return [] }
        return ["  Notes (edited \(when(note.editedAt))):"]
            + VisibleText.lines(note.text).split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
    }
}
