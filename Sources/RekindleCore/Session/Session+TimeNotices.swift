/// What the safety answers and time say, in words, for the full screen and the walk
/// alike: where a part opens, and on coming back.
extension Session {
    /// The no-contact period the person started, while it runs: checked (kept to the
    /// end, or ended on purpose) or marked not for me, it no longer counts.
    public func runningNoContact(in guide: Guide, at now: Date, zone: TimeZoneOffset) -> TimedStart? {
        guide.allItems.lazy.filter { $0.isNoContactPeriod && !self.isChecked($0.id) && !self.isNotForMe($0.id) }
            .compactMap { self.timers[$0.id] }
            .first { $0.isRunning(at: now, zone: zone) }
    }

    /// What is said where a step about getting in touch opens: what the safety answers
    /// mean there, then that it is set aside after a "no" (`setAside`, worded for how
    /// the front end goes on) or that the chosen no-contact period has not ended (a
    /// gentle gate: the person can read on). Nothing for other parts.
    public func contactNotices(for part: Part, in guide: Guide, at now: Date, zone: TimeZoneOffset, setAside: String) -> [String] {
        guard part.involvesContact else { return [] }
        var notices: [String] = []
        if screening?.controlledOrHurt?.choice == .yes {
            notices.append(L("notice.controlled"))
        } else if screening?.afraid?.choice == .yes {
            notices.append(L("notice.afraid"))
        } else if contactIsOff {
            notices.append(L("notice.noContact"))
        }
        if guide.isSetAside(part, in: self) {
            notices.append(setAside)
        } else if let timer = runningNoContact(in: guide, at: now, zone: zone) {
            let ends = RelativeTime.day(timer.lastDay(zone: zone), now: now, zone: zone)
            notices.append(L("pacing.noContact", ends, timer.day(at: now, zone: zone), timer.days))
        }
        return notices
    }

    /// What time is doing, said on coming back: the no-contact counter, then each timed
    /// action still running or ended and not yet checked or set aside, with its end.
    public func timeFacts(in guide: Guide, at now: Date, zone: TimeZoneOffset) -> [String] {
        var facts: [String] = []
        if let timer = runningNoContact(in: guide, at: now, zone: zone) {
            let ends = RelativeTime.day(timer.lastDay(zone: zone), now: now, zone: zone)
            facts.append(L("welcome.noContactDay", timer.day(at: now, zone: zone), timer.days, ends))
        }
        for item in guide.allItems where !item.isNoContactPeriod && !isChecked(item.id) && !isNotForMe(item.id) {
            guard let timer = timers[item.id] else { continue }
            let ends = RelativeTime.day(timer.lastDay(zone: zone), now: now, zone: zone)
            facts.append(timer.isRunning(at: now, zone: zone)
                ? L("welcome.timerRunning", VisibleText.line(item.text), timer.day(at: now, zone: zone), timer.days, ends)
                : L("welcome.timerEnded", ends, VisibleText.line(item.text)))
        }
        return facts
    }
}
