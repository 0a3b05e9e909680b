import RekindleCore

/// Reading: the part's guidance (`read`), the review and the help section.
extension Conversation {
    /// `read`: the part's heading, what is said where it opens, then its guidance.
    func read(now: Date) -> Reply {
        let guidance = part.guidance.isEmpty ? [L("walk.noGuidance")] : part.guidance.map(VisibleText.line)
        return Reply(paragraphs([heading(of: part)] + notices(now: now)) + guidance.flatMap { [""] + paragraphs([$0]) })
    }

    /// `review`: everything checked and written, with dates, as `rekindle review` prints it.
    func review(now: Date) -> Reply {
        Reply(PlainText.lines(ReviewReport.render(session: session, guide: guide, now: now, zone: zone,
                                                  glyphs: .forLocale(ProcessInfo.processInfo.environment))).dropLast())
    }

    /// `help-now`: the guide's help section, or the built-in guide's when it has none.
    func helpNow() -> Reply {
        guard let help = guide.help ?? Guide.builtIn(for: Catalog.language).help else { return Reply() }
        let note = guide.help == nil ? [L("walk.noHelpSection"), ""] : []
        return Reply(note + PlainText.lines(HelpReport.render(help)).dropLast())
    }
}
