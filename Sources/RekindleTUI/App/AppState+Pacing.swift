import RekindleCore

/// Time in a step: timed actions (`b` starts one), "not for me" (`x`), the decision
/// (Space on it asks yes, not now or no) and the moving-on path after a no.
extension AppState {
    /// What the row under a timed action or the decision says now.
    func detail(of item: ChecklistItem) -> String {
        let now = lastEventAt
        if item.isDecision {
            guard let decision = session.decision, decision.itemID == item.id else { return L("decision.ask") }
            return L("decision.answered", decision.answer.words, RelativeTime.text(decision.decidedAt, now: now, zone: zone))
        }
        guard let duration = item.duration else { return "" }
        guard let timer = session.timers[item.id] else {
            return session.isChecked(item.id) ? duration.wording : L("timer.bStarts", duration.wording)
        }
        let lastDay = RelativeTime.day(timer.lastDay(zone: zone), now: now, zone: zone)
        if timer.isRunning(at: now, zone: zone) {
            return L("timer.running", timer.day(at: now, zone: zone), timer.days, lastDay)
        }
        return L("timer.ended", TimedDuration.wording(days: timer.days), lastDay)
    }

    /// The highlighted action, when the actions have focus.
    private var highlightedItem: ChecklistItem? {
        guard pane == .checklist, part.checklist.indices.contains(session.position.checklistCursor) else { return nil }
        return part.checklist[session.position.checklistCursor]
    }

    /// `b`: starts the highlighted timed action today; one whose length the person
    /// chooses asks for the number of days first.
    mutating func startTimedAction(now: Date) -> [Effect] {
        guard let item = highlightedItem, let duration = item.duration else {
            status = Status(text: L("timer.bHint"), isError: false)
            return []
        }
        if session.timers[item.id].map({ $0.isRunning(at: now, zone: zone) }) == true {
            question = .stopTimer(itemID: item.id)
            return []
        }
        guard !duration.isChosenByPerson else {
            question = .days(itemID: item.id, typed: "\(duration.days)", changing: false)
            return []
        }
        return start(item, days: duration.days, now: now)
    }

    private mutating func start(_ item: ChecklistItem, days: Int, now: Date) -> [Effect] {
        let before = marks(of: item.id)
        session.start(item, days: days, at: now)
        recordMarks(itemID: item.id, before: before)
        status = Status(text: L("timer.started", detail(of: item)), isError: false)
        return prepareSave(now: now)
    }

    /// `x`: marks the highlighted action "not for me", or takes the mark back.
    mutating func toggleNotForMe(now: Date) -> [Effect] {
        guard let item = highlightedItem else { return [] }
        guard !item.isDecision else {
            status = Status(text: L("decision.notForMe"), isError: false)
            return []
        }
        let before = marks(of: item.id)
        session.setNotForMe(!session.isNotForMe(item.id), item: item, in: part, at: now)
        recordMarks(itemID: item.id, before: before)
        if session.isNotForMe(item.id) {
            status = Status(text: L("notForMe.marked"), isError: false)
        }
        return prepareSave(now: now)
    }

    /// Space on an action: the decision asks its question; a timed action still running
    /// asks whether to check it early; any other is checked or unchecked.
    mutating func checkHighlighted(now: Date) -> [Effect] {
        let index = session.position.checklistCursor
        guard let item = highlightedItem else { return toggleItem(index, now: now) }
        if item.isDecision {
            question = .decision(itemID: item.id)
            return []
        }
        if !session.isChecked(item.id), let timer = session.timers[item.id], timer.isRunning(at: now, zone: zone) {
            question = .earlyCheck(itemID: item.id)
            return []
        }
        return toggleItem(index, now: now)
    }

    /// A key while a question about an action is asked on the status line.
    mutating func answerQuestion(_ key: Key, now: Date) -> [Effect] {
        guard let asked = question, let found = guide.item(id: asked.itemID) else {
            question = nil
            return []
        }
        switch asked {
        case .decision:
            let answers: [Character: Decision.Answer] = ["y": .yes, "o": .yes, "l": .notNow, "n": .no]
            guard case .character(let character) = key, let answer = answers[character] else {
                if key == .escape { question = nil }
                return []
            }
            question = nil
            let before = marks(of: found.item.id)
            session.decide(answer, item: found.item, in: found.part, at: now)
            recordMarks(itemID: found.item.id, before: before)
            if answer == .no {
                screen = .movingOn
                pageScroll = 0
            } else {
                status = Status(text: answer == .yes
                    ? L("decision.notedYes")
                    : L("decision.notedNotNow"), isError: false)
            }
            return prepareSave(now: now)
        case .earlyCheck:
            question = nil
            guard key.isYes else { return [] }
            return toggleItem(session.position.checklistCursor, now: now)
        case .stopTimer:
            question = nil
            if key == .character("c"), found.item.duration?.isChosenByPerson == true, let timer = session.timers[found.item.id] {
                question = .days(itemID: found.item.id, typed: "\(timer.days)", changing: true)
                return []
            }
            guard key.isYes else { return [] }
            let before = marks(of: found.item.id)
            session.stopTimer(of: found.item, at: now)
            recordMarks(itemID: found.item.id, before: before)
            status = Status(text: L("timer.stopped"), isError: false)
            return prepareSave(now: now)
        case .days(let itemID, var typed, let changing):
            switch key {
            case .character(let character) where character.isASCII && character.isNumber && typed.count < 3:
                typed.append(character)
            case .backspace: _ = typed.popLast()
            case .enter:
                guard let days = Int(typed), (1...365).contains(days) else {
                    // The range is on the question; an impossible number is cleared.
                    question = .days(itemID: itemID, typed: "", changing: changing)
                    return []
                }
                question = nil
                guard changing else { return start(found.item, days: days, now: now) }
                let before = marks(of: found.item.id)
                session.changeLength(of: found.item, to: days, at: now)
                recordMarks(itemID: found.item.id, before: before)
                status = Status(text: L("timer.changed", detail(of: found.item)), isError: false)
                return prepareSave(now: now)
            case .escape:
                question = nil
                return []
            default: break
            }
            question = .days(itemID: itemID, typed: typed, changing: changing)
            return []
        }
    }

    /// The status line's question while one is asked, shorter on a narrow screen.
    var questionText: String? {
        guard let question, let item = guide.item(id: question.itemID)?.item else { return nil }
        let narrow = size.width < 76
        switch question {
        case .decision:
            return narrow ? L("question.decisionShort") : L("question.decision")
        case .earlyCheck:
            let ends = session.timers[item.id].map { RelativeTime.day($0.lastDay(zone: zone), now: lastEventAt, zone: zone) } ?? ""
            return narrow ? L("question.earlyCheckShort") : L("question.earlyCheck", ends)
        case .stopTimer:
            let change = item.duration?.isChosenByPerson == true ? L("question.changeLength") : ""
            return narrow ? L("question.stopTimerShort", change) : L("question.stopTimer", detail(of: item), change)
        case .days(_, let typed, let changing):
            if changing { return narrow ? L("question.lengthShort", typed) : L("question.length", typed) }
            return narrow ? L("question.daysShort", typed) : L("question.days", typed)
        }
    }
}

/// A question about one action, asked on the status line.
enum ActionQuestion: Equatable, Sendable {
    case decision(itemID: String)
    case earlyCheck(itemID: String)
    /// Whether to stop a timed action that is running (`b` on it).
    case stopTimer(itemID: String)
    /// The length of a timed action the person chooses, as typed so far; `changing`: of
    /// one already running, which keeps the day it started.
    case days(itemID: String, typed: String, changing: Bool)

    var itemID: String {
        switch self {
        case .decision(let id), .earlyCheck(let id), .stopTimer(let id), .days(let id, _, _): id
        }
    }
}

// MARK: - The moving-on path

extension AppState {
    /// Where `n` goes: the next part; after a "no", along the moving-on path (the
    /// closing, then the steps that serve anyone). Nil past the last: the end screen.
    var nextPartIndex: Int? {
        guard session.isMovingOn else { return partIndex + 1 < guide.parts.count ? partIndex + 1 : nil }
        let path = guide.movingOnPath.compactMap { step in guide.parts.firstIndex { $0.id == step.id } }
        guard let place = path.firstIndex(of: partIndex) else { return path.first }
        return place + 1 < path.count ? path[place + 1] : nil
    }

    /// Where `p` goes: back along the path after a "no" (from its start, to the step
    /// where the answer was given), else the previous part.
    var previousPartIndex: Int {
        let path = guide.movingOnPath.compactMap { step in guide.parts.firstIndex { $0.id == step.id } }
        guard session.isMovingOn, let place = path.firstIndex(of: partIndex) else { return partIndex - 1 }
        if place > 0 { return path[place - 1] }
        return session.decision.flatMap { guide.item(id: $0.itemID) }.flatMap { found in
            guide.parts.firstIndex { $0.id == found.part.id }
        } ?? partIndex - 1
    }

    /// The page after a "no": Enter follows the path, Esc stays on the step.
    mutating func handleMovingOnKey(_ key: Key, now: Date) -> [Effect] {
        switch key {
        case KeyMap.choose:
            screen = .step
            if let first = guide.movingOnPath.first, let index = guide.parts.firstIndex(where: { $0.id == first.id }) {
                goToPart(index, now: now)
            }
        case KeyMap.back: screen = .step
        case KeyMap.quit: return requestQuit(now: now)
        default: break
        }
        return []
    }
}

// MARK: - Where a step opens

extension AppState {
    /// What is said where a part opens: help first on every page after a yes to
    /// harming oneself, then what getting in touch means now (`Session.contactNotices`).
    var notices: [String] {
        let selfHarm = session.screening?.thinkingOfSelfHarm?.choice == .yes ? [L("notice.selfHarm")] : []
        return selfHarm + session.contactNotices(for: part, in: guide, at: lastEventAt, zone: zone, setAside: L("pacing.setAside"))
    }

    /// The notes carried forward in a line each, for a page with no room for more:
    /// "Step 1: the start of what was written" (`e` shows them in full while writing).
    func carriedSummary(width: Int) -> [JournalLine] {
        part.carried.compactMap { carried in
            guard let source = guide.part(id: carried.partID) else { return nil }
            let latest = session.entries(for: source.id).last { !$0.text.isEmpty }?.text ?? ""
            let label = L("carried.from", guide.label(of: source)) + " "
            let first = latest.isEmpty ? L("carried.nothing") : String(latest.drop { $0 == "\n" }.prefix { $0 != "\n" })
            return JournalLine(text: label + first, muted: label.count)
        }
    }

    /// The earlier notes this part carries forward: each caption, then the start of
    /// that part's latest entry, indented, at most three rows.
    func carriedLines(width: Int) -> [JournalLine] {
        part.carried.flatMap { carried -> [JournalLine] in
            guard let source = guide.part(id: carried.partID) else { return [] }
            let label = guide.label(of: source)
            // The entries' lines, the latest entry first (what was written most recently
            // leads), as many as three rows show and one more to tell there is more: a
            // long note is never split whole on every frame.
            var lines: [String] = []
            for entry in session.entries(for: source.id).reversed() where !entry.text.isEmpty && lines.count < 4 {
                let wanted = 4 - lines.count
                lines += entry.text.split(separator: "\n", maxSplits: wanted, omittingEmptySubsequences: false).prefix(wanted).map(String.init)
            }
            let caption = { (words: String) in Wrap.lines(words, width: width).map { JournalLine.heading($0) } }
            guard !lines.isEmpty else { return caption("\(carried.caption) (\(label)): " + L("carried.nothing")) }
            let preview = StepLayout.preview(of: lines, width: max(1, width - 2), limit: 3)
            let more = preview.linesAfter > 0 ? ["  …"] : []
            return caption("\(carried.caption) (\(label)):")
                + (preview.rows + more).map { JournalLine(text: "  " + $0) }
        }
    }
}
