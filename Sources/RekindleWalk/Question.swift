import RekindleCore

/// A question about one action, asked on a line of its own; the next line answers it.
enum Question: Sendable, Equatable {
    /// The guide's decision: yes, not now or no.
    case decision(itemID: String)
    /// Checking a timed action before its days are over.
    case earlyCheck(itemID: String)
    /// How many days an action whose length the person chooses runs.
    case days(itemID: String, suggested: Int)

    var itemID: String {
        switch self {
        case .decision(let id), .earlyCheck(let id), .days(let id, _): id
        }
    }
}

extension Conversation {
    /// Asks `question`: the next line is its answer.
    mutating func ask(_ question: Question, now: Date) -> Reply {
        mode = .asking(question)
        return Reply(paragraphs([wording(of: question, now: now)]))
    }

    private func wording(of question: Question, now: Date) -> String {
        switch question {
        case .decision:
            return L("walk.decision")
        case .earlyCheck(let itemID):
            let ends = session.timers[itemID].map { RelativeTime.day($0.lastDay(zone: zone), now: now, zone: zone) } ?? ""
            return L("walk.earlyCheck", ends)
        case .days(let itemID, let suggested):
            let what = guide.item(id: itemID)?.item.isNoContactPeriod == true ? L("walk.daysNoContact") : L("walk.days")
            return what + " " + L("walk.daysRange", suggested)
        }
    }

    /// The line that answers `question`. An answer that is not one asks again, so a
    /// word meant as an answer is never taken as something else to do.
    mutating func answer(_ question: Question, with line: String, now: Date) -> Reply {
        mode = .commands
        let said = line.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard let (part, item) = guide.item(id: question.itemID) else { return Reply() }
        switch question {
        case .decision:
            // The English words always work; the interface's language adds its own.
            let words: [(String, Decision.Answer)] = [("yes", .yes), ("y", .yes), ("not now", .notNow), ("later", .notNow), ("no", .no), ("n", .no),
                                                      (L("answer.yes"), .yes), (L("answer.notNow"), .notNow), (L("answer.no"), .no)]
            let answers = Dictionary(words) { first, _ in first }
            guard !said.isEmpty else { return Reply(L("walk.leftAsItWas")) }
            guard let answer = answers[said] else { return askAgain(question, L("walk.decisionAgain")) }
            session.decide(answer, item: item, in: part, at: now)
            return Reply(paragraphs(decided(answer)))
        case .earlyCheck:
            guard ["yes", "y", L("answer.yes")].contains(said) else { return Reply(L("walk.notYet")) }
            return checked(item, now: now)
        case .days(_, let suggested):
            guard !said.isEmpty else { return started(item, days: suggested, now: now) }
            guard let days = Int(said), (1...365).contains(days) else {
                return askAgain(question, L("walk.daysAgain", suggested))
            }
            return started(item, days: days, now: now)
        }
    }

    private mutating func askAgain(_ question: Question, _ wording: String) -> Reply {
        mode = .asking(question)
        return Reply(paragraphs([wording]))
    }

    /// What follows an answer to the decision; after a no, the path from here.
    private func decided(_ answer: Decision.Answer) -> [String] {
        switch answer {
        case .yes: return [L("decision.notedYes")]
        case .notNow: return [L("decision.notedNotNow")]
        case .no: break
        }
        let names = guide.movingOnPath.map { guide.label(of: $0) + ", " + VisibleText.line($0.title) }
        let setAside = guide.parts.filter { guide.isSetAside($0, in: session) }.map { guide.label(of: $0) }
        var lines = [
            L("movingOn.no"),
            L("movingOn.real"),
        ]
        if !names.isEmpty { lines.append(L("walk.path", names.joined(separator: "; "))) }
        if !setAside.isEmpty {
            lines.append(L("walk.setAside", setAside.joined(separator: ", ")))
        }
        return lines
    }
}
