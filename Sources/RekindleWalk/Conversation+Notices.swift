import RekindleCore

/// What the safety check and time say: where a part opens, and on the welcome back.
extension Conversation {
    /// What is said where a part opens: help first after a yes to harming oneself; on a
    /// step about getting in touch, the safety check's answers, a "no" to reconciling,
    /// or a no-contact period still running (a gentle gate: the person can read on).
    func notices(now: Date) -> [String] {
        var notices: [String] = []
        let screening = session.screening
        if screening?.thinkingOfSelfHarm?.choice == .yes {
            notices.append(L("walk.notice.selfHarm"))
        }
        guard part.involvesContact else { return notices }
        if screening?.controlledOrHurt?.choice == .yes {
            notices.append(L("notice.controlled"))
        } else if screening?.afraid?.choice == .yes {
            notices.append(L("notice.afraid"))
        } else if session.contactIsOff {
            notices.append(L("notice.noContact"))
        }
        if guide.isSetAside(part, in: session) {
            notices.append(L("walk.notice.setAside"))
        } else if let timer = runningNoContact(now: now) {
            let ends = RelativeTime.day(timer.lastDay(zone: zone), now: now, zone: zone)
            notices.append(L("pacing.noContact", ends, timer.day(at: now, zone: zone), timer.days))
        }
        return notices
    }

    /// The welcome back's facts about time: the no-contact period's day, then each timed
    /// action started and not yet checked, with its end: when to come back.
    func timeFacts(now: Date) -> [String] {
        var facts: [String] = []
        if let timer = runningNoContact(now: now) {
            let ends = RelativeTime.day(timer.lastDay(zone: zone), now: now, zone: zone)
            facts.append(L("welcome.noContactDay", timer.day(at: now, zone: zone), timer.days, ends))
        }
        for item in guide.allItems where !item.isNoContactPeriod && !session.isChecked(item.id) {
            guard let timer = session.timers[item.id] else { continue }
            let ends = RelativeTime.day(timer.lastDay(zone: zone), now: now, zone: zone)
            facts.append(timer.isRunning(at: now, zone: zone)
                ? L("welcome.timerRunning", VisibleText.line(item.text), timer.day(at: now, zone: zone), timer.days, ends)
                : L("welcome.timerEnded", ends, VisibleText.line(item.text)))
        }
        return facts
    }

    /// The no-contact period, when the person started it and it is still running.
    private func runningNoContact(now: Date) -> TimedStart? {
        guide.allItems.lazy.filter(\.isNoContactPeriod).compactMap { session.timers[$0.id] }
            .first { $0.isRunning(at: now, zone: zone) }
    }
}
