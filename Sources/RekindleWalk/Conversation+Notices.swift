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
            notices.append("You said you are thinking of harming yourself: 'help-now' shows who can help.")
        }
        guard part.involvesContact else { return notices }
        if screening?.controlledOrHurt?.choice == .yes {
            notices.append("You said they controlled or hurt you: getting in touch is not safe.")
        } else if screening?.afraid?.choice == .yes {
            notices.append("You said you were afraid of them: getting in touch may not be safe.")
        } else if session.contactIsOff {
            notices.append("They asked for no contact: honor it; the closing is for you now.")
        }
        if guide.isSetAside(part, in: session) {
            notices.append("You answered no to reconciling: this step is set aside. 'next' goes on along your path.")
        } else if let timer = runningNoContact(now: now) {
            let ends = RelativeTime.day(timer.lastDay(zone: zone), now: now, zone: zone)
            notices.append("Your no-contact period runs until \(ends) (day \(timer.day(at: now, zone: zone)) of \(timer.days)). Read on if you like; reaching out waits until then.")
        }
        return notices
    }

    /// The welcome back's facts about time: the no-contact period's day, then each timed
    /// action started and not yet checked, with its end: when to come back.
    func timeFacts(now: Date) -> [String] {
        var facts: [String] = []
        if let timer = runningNoContact(now: now) {
            let ends = RelativeTime.day(timer.lastDay(zone: zone), now: now, zone: zone)
            facts.append("Day \(timer.day(at: now, zone: zone)) of the \(timer.days) days without contact you chose; the period ends \(ends).")
        }
        for item in guide.allItems where !item.isNoContactPeriod && !session.isChecked(item.id) {
            guard let timer = session.timers[item.id] else { continue }
            let ends = RelativeTime.day(timer.lastDay(zone: zone), now: now, zone: zone)
            facts.append(timer.isRunning(at: now, zone: zone)
                ? "Running: \(VisibleText.line(item.text)): day \(timer.day(at: now, zone: zone)) of \(timer.days), until \(ends). Come back then to check it off."
                : "Ended \(ends): \(VisibleText.line(item.text)). Check it off when you are ready.")
        }
        return facts
    }

    /// The no-contact period, when the person started it and it is still running.
    private func runningNoContact(now: Date) -> TimedStart? {
        guide.allItems.lazy.filter(\.isNoContactPeriod).compactMap { session.timers[$0.id] }
            .first { $0.isRunning(at: now, zone: zone) }
    }
}
