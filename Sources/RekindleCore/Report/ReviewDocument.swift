/// The whole review as a document, for `rekindle export --format markdown` and
/// `--format html`: the answer to the decision, the trend, then each part with every
/// action and what happened to it, and its notes as dated entries with the guide's
/// questions above them; what an earlier version of the guide had comes last. Drafts
/// and urges are counted and dated, never quoted. Times are in full with their zone:
/// the file may be read anywhere, long after.
public enum ReviewDocument {
    /// The document of `session`, exported at `now`, its days counted in `zone`.
    public static func build(session: Session, guide: Guide, now: Date, zone: TimeZoneOffset) -> ReportDocument {
        let review = Review(session: session, guide: guide)
        let pieces = ReportPieces(now: now, zone: zone)
        let intro = ([review.progressText] + review.summaryLines(when: pieces.when)).map { ReportDocument.Block.paragraph($0 + ".") }
        var sections = [pieces.trend(of: session, days: TrendChart.defaultDays)].compactMap { $0 }
        for part in review.parts where !part.actions.isEmpty || !part.entries.isEmpty {
            let notes = pieces.notes(part.entries, prompts: part.prompts)
            sections.append(.init(heading: L("text.labelled", part.label, part.title),
                                  blocks: (part.actions.isEmpty ? [] : [pieces.actions(part.actions)])
                                      + (notes.isEmpty ? [] : [.subheading(L("review.notes"))] + notes)))
        }
        if !review.orphans.isEmpty {
            let notes = review.orphans.notes.flatMap { _, note -> [ReportDocument.Block] in
                let entries = pieces.notes(note.writtenEntries, prompts: [])
                return entries.isEmpty ? [] : [.subheading(L("review.notesFor", note.partTitle))] + entries
            }
            sections.append(.init(heading: L("review.orphans"),
                                  blocks: (review.earlierChecks.isEmpty ? [] : [pieces.actions(review.earlierChecks)]) + notes))
        }
        return ReportDocument(title: guide.title, facts: pieces.facts(session: session), intro: intro, sections: sections)
    }
}
