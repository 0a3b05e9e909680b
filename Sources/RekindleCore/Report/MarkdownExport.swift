/// The whole session as a Markdown document: every item with its box ticked or not,
/// and every note in full, for keeping or printing outside Rekindle.
public enum MarkdownExport {
    public static func render(session: Session, guide: Guide) -> String {
        let progress = Progress(session: session, guide: guide)
        var out = [
            "# \(guide.title)",
            "",
            "Session '\(session.name)', started \(DateText.day(session.startedAt)), last used \(DateText.minute(session.lastUsedAt)).",
            "\(progress.checkedItems) of \(progress.totalItems) items checked; \(progress.completedSteps) of \(progress.totalSteps) steps completed.",
        ]
        for part in guide.parts {
            out += ["", "## \(guide.label(of: part)): \(part.title)"]
            if !part.checklist.isEmpty { out.append("") }
            for item in part.checklist {
                let date = ReviewReport.checkedDate(session, item.id)
                out.append(date.isEmpty ? "- [ ] \(item.text)" : "- [x] \(item.text) (checked \(date))")
            }
            if let note = session.notes[part.id] {
                out += ["", "### Notes (edited \(DateText.minute(note.editedAt)))", "", note.text]
            }
        }
        let orphans = Orphans(session: session, guide: guide)
        if !orphans.isEmpty {
            out += ["", "## From an earlier version of the guide"]
            if !orphans.checks.isEmpty { out.append("") }
            for (_, record) in orphans.checks {
                out.append("- [x] \(record.text) (checked \(DateText.minute(record.checkedAt)))")
            }
            for (_, note) in orphans.notes {
                out += ["", "### Notes for '\(note.partTitle)' (edited \(DateText.minute(note.editedAt)))", "", note.text]
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
