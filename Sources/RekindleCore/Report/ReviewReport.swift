/// The plain-text review printed by `rekindle review`: what was done, when, and what
/// was written. Plain lines, so it reads well in a pipe, a file or a screen reader.
/// Every text from the guide or the session goes through `VisibleText`: whatever a
/// note or a title holds, printing the review cannot drive the terminal. Times are
/// said as the coach says them ("today 21:04", "3 days ago"), from `now` in `zone`.
/// Drafts and urges are counted and dated, never quoted (see `Review.drafts`).
public enum ReviewReport {
    /// The review of `session` as plain lines, its times relative to `now`, the trend
    /// drawn with `glyphs` (ASCII where the locale is not UTF-8).
    public static func render(session: Session, guide: Guide, now: Date, zone: TimeZoneOffset,
                              glyphs: Sparkline.Glyphs) -> String {
        let review = Review(session: session, guide: guide)
        let when = { (date: Date) in RelativeTime.text(date, now: now, zone: zone) }
        var out = [
            VisibleText.line(guide.title),
            L("review.session", VisibleText.line(session.name), when(session.startedAt), when(session.lastUsedAt)),
            L("review.progress", review.progressText),
        ] + review.summaryLines(when: when).map(VisibleText.line)
        let trend = Trend(checkIns: session.checkIns, now: now, zone: zone)
        out += ["", L("text.colon", L("review.howYouHaveBeen"))] + TrendChart.lines(trend, days: TrendChart.defaultDays, glyphs: glyphs) {
            RelativeTime.day($0, now: now, zone: zone)
        }.map { "  " + $0 }
        for part in review.parts where !part.actions.isEmpty || !part.entries.isEmpty {
            let done = L("actions.done", part.done, part.actions.count) + (part.notForMe > 0 ? L("review.aside", part.notForMe) : "")
            out += ["", L("text.labelled", part.label, VisibleText.line(part.title)) + " (\(done))"]
            let shown = part.actions.filter { $0.isAddressed || $0.timer != nil }
            if shown.isEmpty && !part.actions.isEmpty { out.append("  " + L("review.nothingChecked")) }
            out += shown.map { actionLine($0, when: when, now: now, zone: zone) }
            out += part.entries.flatMap { entryLines($0, heading: L("review.notes"), when: when, zone: zone) }
        }
        if !review.orphans.isEmpty {
            out += ["", L("text.colon", L("review.orphans"))]
            out += review.earlierChecks.map { actionLine($0, when: when, now: now, zone: zone) }
            for (_, note) in review.orphans.notes {
                out += note.writtenEntries.flatMap { entryLines($0, heading: L("review.notesFor", note.partTitle), when: when, zone: zone) }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// "  [x] Write it down (checked today 21:04)"; [-] for not for me, [ ] for one started.
    private static func actionLine(_ action: Review.Action, when: (Date) -> String, now: Date, zone: TimeZoneOffset) -> String {
        let mark = action.checkedAt != nil ? "[x]" : action.notForMeAt != nil ? "[-]" : "[ ]"
        let details = action.details(when: when, now: now, zone: zone).joined(separator: "; ")
        return "  \(mark) \(VisibleText.line(action.text))" + (details.isEmpty ? "" : " (\(details))")
    }

    /// "  Notes, yesterday 21:04:" and the entry's lines under it.
    private static func entryLines(_ entry: NoteEntry, heading: String, when: (Date) -> String, zone: TimeZoneOffset) -> [String] {
        ["  \(VisibleText.line(heading)), \(entry.dateLine(when: when, zone: zone)):"]
            + VisibleText.lines(entry.text).split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
    }
}
