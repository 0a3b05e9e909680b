/// The whole session as a Markdown document: every action with its box ticked or not,
/// and every note in full, for keeping or printing outside Rekindle. Every text from
/// the guide or the session goes through `VisibleText`, so the file is as safe to
/// `cat` as `rekindle review` is. Times are in full, with their zone: the file may be
/// read anywhere, long after.
public enum MarkdownExport {
    /// The Markdown document of `session`.
    public static func render(session: Session, guide: Guide) -> String {
        let review = Review(session: session, guide: guide)
        let progress = review.progress
        var out = [
            "# \(VisibleText.line(guide.title))",
            "",
            "Session '\(VisibleText.line(session.name))', started \(DateText.full(session.startedAt)), last used \(DateText.full(session.lastUsedAt)).",
            "\(progress.checkedItems) of \(progress.totalItems) actions checked; \(progress.completedSteps) of \(progress.totalSteps) steps completed.",
        ]
        for part in review.parts {
            out += ["", "## \(part.label): \(VisibleText.line(part.title))"]
            if !part.actions.isEmpty { out.append("") }
            for action in part.actions {
                let text = VisibleText.line(action.text)
                out.append(action.checkedAt.map { "- [x] \(text) (checked \(DateText.full($0)))" } ?? "- [ ] \(text)")
            }
            if let note = part.note {
                out += ["", "### Notes (edited \(DateText.full(note.editedAt)))", "", VisibleText.lines(note.text)]
            }
        }
        if !review.orphans.isEmpty {
            out += ["", "## From an earlier version of the guide"]
            if !review.orphans.checks.isEmpty { out.append("") }
            for (_, record) in review.orphans.checks {
                out.append("- [x] \(VisibleText.line(record.text)) (checked \(DateText.full(record.checkedAt)))")
            }
            for (_, note) in review.orphans.notes {
                out += ["", "### Notes for '\(VisibleText.line(note.partTitle))' (edited \(DateText.full(note.editedAt)))", "", VisibleText.lines(note.text)]
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
