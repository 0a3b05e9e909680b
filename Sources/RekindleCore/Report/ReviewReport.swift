/// The plain-text review printed by `rekindle review`: what was done, when, and
/// what was written. Plain lines, so it reads well in a pipe, a file or a screen reader.
/// Every text from the guide or the session goes through `VisibleText`: whatever a
/// note or a title holds, printing the review cannot drive the terminal.
public enum ReviewReport {
    public static func render(session: Session, guide: Guide) -> String {
        let progress = Progress(session: session, guide: guide)
        var out = [
            VisibleText.line(guide.title),
            "Session '\(VisibleText.line(session.name))': started \(DateText.day(session.startedAt)), last used \(DateText.minute(session.lastUsedAt))",
            "Progress: \(progress.checkedItems) of \(progress.totalItems) items checked, \(progress.completedSteps) of \(progress.totalSteps) steps completed",
        ]
        for part in guide.parts {
            let done = part.checklist.filter { session.isChecked($0.id) }
            let note = session.noteText(for: part.id)
            guard !part.checklist.isEmpty || !note.isEmpty else { continue }
            out.append("")
            out.append("\(guide.label(of: part)): \(VisibleText.line(part.title)) (\(done.count) of \(part.checklist.count) done)")
            if done.isEmpty && !part.checklist.isEmpty { out.append("  nothing checked yet") }
            for item in done {
                out.append("  [x] \(VisibleText.line(item.text)) (checked \(checkedDate(session, item.id)))")
            }
            out += noteLines(session.notes[part.id])
        }
        let orphans = Orphans(session: session, guide: guide)
        if !orphans.isEmpty {
            out.append("")
            out.append("From an earlier version of the guide:")
            for (_, record) in orphans.checks {
                out.append("  [x] \(VisibleText.line(record.text)) (checked \(DateText.minute(record.checkedAt)))")
            }
            for (_, note) in orphans.notes {
                out.append("  Notes for '\(VisibleText.line(note.partTitle))':")
                out += noteLines(note).dropFirst()
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func checkedDate(_ session: Session, _ itemID: String) -> String {
        session.checks[itemID].map { DateText.minute($0.checkedAt) } ?? ""
    }

    private static func noteLines(_ note: Note?) -> [String] {
        guard let note else { return [] }
        return ["  Notes (edited \(DateText.minute(note.editedAt))):"]
            + VisibleText.lines(note.text).split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
    }
}
