/// A letter in the person's own words, for when they finish the closing: when they
/// began and finished, how many actions they checked or set aside, what they wrote at
/// the start (the first step's notes, where they looked back at the relationship),
/// their answer to the decision, what they wrote in the closing (the lessons they carry
/// forward) and the trend of their check-ins. The coach's end screen shows it, and
/// `rekindle export --format letter` (Markdown) or `letter-html` writes it. Gentle
/// words, and no promise of a result.
public enum Letter {
    /// The letter of `session` at `now`, with at most `trendDays` days of the trend.
    public static func build(session: Session, guide: Guide, now: Date, zone: TimeZoneOffset, trendDays: Int = TrendChart.defaultDays) -> ReportDocument {
        let review = Review(session: session, guide: guide)
        let pieces = ReportPieces(now: now, zone: zone)
        let first = review.parts.first { part in guide.part(id: part.id)?.kind == .step }
        let closing = review.parts.last { part in guide.part(id: part.id)?.kind == .closing }
        let finishedAt = closing.flatMap(finished)
        var facts = pieces.facts(session: session)
        if let finishedAt { facts.insert(.init(name: "Finished", value: pieces.when(finishedAt)), at: 2) }
        var sections: [ReportDocument.Section] = []
        if let first, !first.entries.isEmpty {
            sections.append(.init(heading: L("letter.began"),
                                  blocks: [.paragraph(L("letter.from", first.label, first.title))] + pieces.notes(first.entries, prompts: first.prompts)))
        }
        if let (decision, question) = review.decision {
            sections.append(.init(heading: L("movingOn.title"), blocks: [
                .paragraph(L("letter.answer", question, decision.answer.words, pieces.day(decision.decidedAt))),
            ]))
        }
        if let closing, !closing.entries.isEmpty {
            sections.append(.init(heading: L("letter.carry"),
                                  blocks: [.paragraph(L("letter.fromClosing", closing.title))] + pieces.notes(closing.entries, prompts: closing.prompts)))
        }
        if let trend = pieces.trend(of: session, days: trendDays) { sections.append(trend) }
        sections.append(.init(heading: L("letter.next"), blocks: [
            .paragraph(L("letter.yours")),
        ]))
        return ReportDocument(title: L("letter.title", guide.title), facts: facts,
                              intro: [.paragraph(dates(session, finishedAt: finishedAt, pieces: pieces))] + actions(review), sections: sections)
    }

    /// When the closing was finished: the last of its actions addressed, once all are.
    private static func finished(_ closing: Review.Part) -> Date? {
        guard !closing.actions.isEmpty, closing.actions.allSatisfy(\.isAddressed) else { return nil }
        return closing.actions.compactMap { $0.checkedAt ?? $0.notForMeAt }.max()
    }

    /// "You began on Wed 18 Nov and finished the closing on Sun 6 Dec."
    private static func dates(_ session: Session, finishedAt: Date?, pieces: ReportPieces) -> String {
        let began = pieces.day(session.startedAt)
        if let finishedAt { return L("letter.beganFinished", began, pieces.day(finishedAt)) }
        let last = pieces.day(session.lastUsedAt)
        return last == began ? L("letter.beganOn", began) : L("letter.beganLast", began, last)
    }

    /// "Along the way you checked off 23 of its 41 actions, and set 3 aside as not for you."
    private static func actions(_ review: Review) -> [ReportDocument.Block] {
        let checked = review.progress.checkedItems - review.notForMe
        guard review.progress.checkedItems > 0 else { return [] }
        let aside = review.notForMe > 0 ? L("letter.aside", review.notForMe) : ""
        return [.paragraph(L("letter.checked", checked, review.progress.totalItems, aside))]
    }
}
