import RekindleCore

/// The part's actions by number: `actions`, `check N`, `uncheck N`, `not for me N`,
/// `start N` and `stop N`. The decision and a timed action still running ask first
/// (see `Question`).
extension Conversation {
    /// `actions`: each action numbered, with its mark ([x] done, [-] not for me) and
    /// what time says of it.
    func actions(now: Date) -> Reply {
        guard !part.checklist.isEmpty else { return Reply(L("walk.noActions")) }
        var lines = [L("pane.actions") + " · " + actionSummary(of: part) + ":"]
        let numberWidth = "\(part.checklist.count). ".count
        for (index, item) in part.checklist.enumerated() {
            let mark = session.isChecked(item.id) ? "[x]" : session.isNotForMe(item.id) ? "[-]" : "[ ]"
            let number = "\(index + 1).".padded(to: numberWidth)
            let indent = String(repeating: " ", count: 2 + number.count + 4)
            lines += PlainText.wrap(VisibleText.line(item.text), width: width, first: "  \(number)\(mark) ", rest: indent)
            let detail = detail(of: item, number: index + 1, now: now)
            if !detail.isEmpty { lines += PlainText.wrap(detail, width: width, first: indent, rest: indent) }
        }
        return Reply(lines)
    }

    /// What is said under an action: when it was checked or set aside, the decision's
    /// answer, or a timed action's days.
    private func detail(of item: ChecklistItem, number: Int, now: Date) -> String {
        let when = { (date: Date) in RelativeTime.text(date, now: now, zone: zone) }
        if item.isDecision {
            guard let decision = session.decision, decision.itemID == item.id else { return L("walk.decisionAsk", number) }
            return L("walk.decisionAnswered", decision.answer.words, when(decision.decidedAt), number)
        }
        if let record = session.checks[item.id] { return L("walk.checkedAt", when(record.checkedAt)) }
        if let record = session.notForMe[item.id] { return L("walk.notForMeAt", when(record.checkedAt)) }
        guard let duration = item.duration else { return "" }
        guard session.timers[item.id] != nil else {
            return L("walk.startHint", duration.wording, number)
        }
        return timing(of: item, now: now)
    }

    /// A started action's days: "day 3 of 7, ends Tue 24 Nov", or "the 7 days ended Tue 24 Nov".
    func timing(of item: ChecklistItem, now: Date) -> String {
        guard let timer = session.timers[item.id] else { return "" }
        let lastDay = RelativeTime.day(timer.lastDay(zone: zone), now: now, zone: zone)
        guard timer.isRunning(at: now, zone: zone) else { return L("timer.ended", TimedDuration.wording(days: timer.days), lastDay) }
        return L("walk.timerRunning", timer.day(at: now, zone: zone), timer.days, lastDay)
    }

    // MARK: - Changing them

    /// `check N`: checks the action; the decision asks its question, and a timed
    /// action still running asks whether to check it early.
    mutating func check(_ argument: String?, now: Date) -> Reply {
        guard let (number, item) = numbered(argument) else { return which("check", argument) }
        if item.isDecision { return ask(.decision(itemID: item.id), now: now) }
        if let record = session.checks[item.id] {
            return Reply(L("walk.alreadyChecked", number, RelativeTime.text(record.checkedAt, now: now, zone: zone)))
        }
        if session.timers[item.id]?.isRunning(at: now, zone: zone) == true { return ask(.earlyCheck(itemID: item.id), now: now) }
        return checked(item, now: now)
    }

    /// Checks an action and says so, and when that was the part's last one, that too.
    mutating func checked(_ item: ChecklistItem, now: Date) -> Reply {
        session.setChecked(true, item: item, in: part, at: now)
        var lines = [L("walk.checked", VisibleText.line(item.text))]
        if part.checklist.allSatisfy({ session.isChecked($0.id) || session.isNotForMe($0.id) }) {
            lines.append(L("walk.allDone", guide.label(of: part)))
        }
        return Reply(paragraphs(lines))
    }

    /// `uncheck N`: takes back a check or a "not for me". The decision's answer stays
    /// until another is given.
    mutating func uncheck(_ argument: String?, now: Date) -> Reply {
        guard let (number, item) = numbered(argument) else { return which("uncheck", argument) }
        if item.isDecision && session.isChecked(item.id) {
            return Reply(L("walk.answerStays", number))
        }
        if session.isNotForMe(item.id) { return setAside(argument, now: now) }
        guard session.isChecked(item.id) else { return Reply(L("walk.notChecked", number)) }
        session.setChecked(false, item: item, in: part, at: now)
        return Reply(paragraphs([L("walk.unchecked", VisibleText.line(item.text))]))
    }

    /// `not for me N`: sets the action aside as considered and declined, or takes that back.
    mutating func setAside(_ argument: String?, now: Date) -> Reply {
        guard let (number, item) = numbered(argument) else { return which("not for me", argument) }
        let marking = !session.isNotForMe(item.id)
        session.setNotForMe(marking, item: item, in: part, at: now)
        guard marking else { return Reply(L("walk.takenBack", number)) }
        return Reply(paragraphs([L("walk.notForMe", number)]))
    }

    /// `start N`: starts counting a timed action's days from today; one whose length the
    /// person chooses asks for it first.
    mutating func start(_ argument: String?, now: Date) -> Reply {
        guard let (number, item) = numbered(argument) else { return which("start", argument) }
        guard let duration = item.duration else {
            return Reply(L("walk.notTimed", number))
        }
        if let timer = session.timers[item.id], timer.isRunning(at: now, zone: zone) {
            // A length the person chose can be changed; the day it started stays.
            guard duration.isChosenByPerson else { return Reply(L("walk.alreadyRunning", timing(of: item, now: now))) }
            return ask(.length(itemID: item.id, current: timer.days), now: now)
        }
        guard !duration.isChosenByPerson else { return ask(.days(itemID: item.id, suggested: duration.days), now: now) }
        return started(item, days: duration.days, now: now)
    }

    /// Starts a timed action today and says until when.
    mutating func started(_ item: ChecklistItem, days: Int, now: Date) -> Reply {
        session.start(item, days: days, at: now)
        return Reply(L("timer.started", timing(of: item, now: now)))
    }

    /// `stop N`: forgets that a timed action was started (started by mistake).
    mutating func stop(_ argument: String?, now: Date) -> Reply {
        guard let (number, item) = numbered(argument) else { return which("stop", argument) }
        guard session.timers[item.id] != nil else { return Reply(L("walk.notStarted", number)) }
        return ask(.stop(itemID: item.id), now: now)
    }

    /// Forgets a start once the person confirmed it.
    mutating func stopped(_ item: ChecklistItem, now: Date) -> Reply {
        session.stopTimer(of: item, at: now)
        return Reply(L("walk.forgotten"))
    }

    // MARK: - Numbers

    /// The action `argument` numbers (from 1, as `actions` shows them), or nil.
    private func numbered(_ argument: String?) -> (number: Int, item: ChecklistItem)? {
        guard let number = argument.flatMap({ Int($0) }), part.checklist.indices.contains(number - 1) else { return nil }
        return (number, part.checklist[number - 1])
    }

    /// What to say when `verb` names no action of this part.
    private func which(_ verb: String, _ argument: String?) -> Reply {
        let count = part.checklist.count
        guard count > 0 else { return Reply(L("walk.noActions")) }
        let range = count == 1 ? "1" : L("walk.range", count)
        guard let argument else { return Reply(L("walk.whichAction", verb, range)) }
        return Reply(L("walk.notAnAction", VisibleText.line(String(argument.prefix(20))), verb, range))
    }
}
