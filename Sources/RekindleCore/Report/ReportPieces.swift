/// What the review export and the letter both write, said the same way in each: times
/// in full with their zone, days by name, notes under their dates with the guide's
/// questions above them, and the trend.
struct ReportPieces {
    let now: Date
    let zone: TimeZoneOffset

    /// "2026-11-18 21:04 +0100".
    func when(_ date: Date) -> String { ZonedText.full(date, zone: zone) }

    /// "Wed 18 Nov", with the year when it is not this one.
    func day(_ date: Date) -> String { RelativeTime.day(zone.dayNumber(of: date), now: now, zone: zone) }

    /// The facts every document starts with.
    func facts(session: Session) -> [ReportDocument.Fact] {
        [.init(name: L("report.session"), value: session.name), .init(name: L("report.started"), value: when(session.startedAt)),
         .init(name: L("report.lastUsed"), value: when(session.lastUsedAt)), .init(name: L("report.exported"), value: when(now))]
    }

    /// The guide's questions, then each entry with words under its date; nothing when
    /// nothing was written.
    func notes(_ entries: [NoteEntry], prompts: [String]) -> [ReportDocument.Block] {
        guard !entries.isEmpty else { return [] }
        return prompts.map { .prompt($0) } + entries.map { .entry(date: $0.dateLine(when: when, zone: zone), text: $0.text.trimmingBlankLines()) }
    }

    /// The actions of a part, each marked and with what happened to it.
    func actions(_ actions: [Review.Action]) -> ReportDocument.Block {
        .actions(actions.map { action in
            let mark: ReportDocument.Action.Mark = action.checkedAt != nil ? .done : action.notForMeAt != nil ? .notForMe : .open
            let details = action.details(when: when, now: now, zone: zone)
            return .init(mark: mark, text: action.text, detail: details.isEmpty ? nil : details.joined(separator: "; "))
        })
    }

    /// "How you have been": the last `days` days of check-ins; nil before the first.
    func trend(of session: Session, days: Int) -> ReportDocument.Section? {
        guard let trend = Trend(checkIns: session.checkIns, now: now, zone: zone) else { return nil }
        let chart = TrendChart.parts(trend, days: days, glyphs: .blocks) { RelativeTime.day($0, now: now, zone: zone) }
        return .init(heading: L("review.howYouHaveBeen"), blocks: [
            .paragraph(L("report.checkIns")),
            .chart(rows: chart.rows, caption: chart.days),
        ])
    }
}

extension StringProtocol {
    /// Whether the line holds only spaces and tabs.
    var isBlank: Bool { allSatisfy { $0 == " " || $0 == "\t" } }

    /// The text without the lines at its start and end that hold only spaces and tabs.
    fileprivate func trimmingBlankLines() -> String {
        var lines = split(separator: "\n", omittingEmptySubsequences: false)
        while lines.first?.isBlank == true { lines.removeFirst() }
        while lines.last?.isBlank == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
