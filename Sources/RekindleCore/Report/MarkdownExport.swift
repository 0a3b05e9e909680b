/// The whole session as a Markdown document: every item with its box ticked or not,
/// and every note in full, for keeping or printing outside Rekindle. Every text from
/// the guide or the session goes through `VisibleText`, so the file is as safe to
/// `cat` as `rekindle review` is.
public enum MarkdownExport {
    public static func render(session: Session, guide: Guide) -> String {
        let progress = Progress(session: session, guide: guide)
        var out = [
            "# \(VisibleText.line(guide.title))",
            "",
            "Session '\(VisibleText.line(session.name))', started \(DateText.day(session.startedAt)), last used \(DateText.minute(session.lastUsedAt)).",
            "\(progress.checkedItems) of \(progress.totalItems) items checked; \(progress.completedSteps) of \(progress.totalSteps) steps completed.",
        ]
        for part in guide.parts {
            out += ["", "## \(guide.label(of: part)): \(VisibleText.line(part.title))"]
            if !part.checklist.isEmpty { out.append("") }
            for item in part.checklist {
                let date = ReviewReport.checkedDate(session, item.id)
                let text = VisibleText.line(item.text)
                out.append(date.isEmpty ? "- [ ] \(text)" : "- [x] \(text) (checked \(date))")
            }
            if let note = session.notes[part.id] {
                out += ["", "### Notes (edited \(DateText.minute(note.editedAt)))", "", VisibleText.lines(note.text)]
            }
        }
        let orphans = Orphans(session: session, guide: guide)
        if !orphans.isEmpty {
            out += ["", "## From an earlier version of the guide"]
            if !orphans.checks.isEmpty { out.append("") }
            for (_, record) in orphans.checks {
                out.append("- [x] \(VisibleText.line(record.text)) (checked \(DateText.minute(record.checkedAt)))")
            }
            for (_, note) in orphans.notes {
                out += ["", "### Notes for '\(VisibleText.line(note.partTitle))' (edited \(DateText.minute(note.editedAt)))", "", VisibleText.lines(note.text)]
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
