import RekindleCore

/// A question about one action, asked on a line of its own; the next line answers it.
enum Question: Sendable, Equatable {
    /// The guide's decision: yes, not now or no.
    case decision(itemID: String)
    /// Checking a timed action before its days are over.
    case earlyCheck(itemID: String)
    /// How many days an action whose length the person chooses runs.
    case days(itemID: String, suggested: Int)
    /// A new length for a running count whose length the person chose; its start stays.
    case length(itemID: String, current: Int)
    /// Whether to forget a start (its date is lost).
    case stop(itemID: String)
    /// A question of the opening safety check.
    case screening(Screening.Question)

    var itemID: String {
        switch self {
        case .decision(let id), .earlyCheck(let id), .days(let id, _), .length(let id, _), .stop(let id): id
        case .screening: ""
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
        case .length(let itemID, let current):
            let running = guide.item(id: itemID).map { timing(of: $0.item, now: now) } ?? ""
            return L("walk.lengthAsk", running, current)
        case .stop(let itemID):
            let running = guide.item(id: itemID).map { timing(of: $0.item, now: now) } ?? ""
            return L("walk.stopAsk", running)
        case .screening(let question):
            let number = (Screening.Question.allCases.firstIndex(of: question) ?? 0) + 1
            return L("walk.screeningAsk", number, Screening.Question.allCases.count, question.wording)
        }
    }

    /// The line that answers `question`. An answer that is not one asks again, so a
    /// word meant as an answer is never taken as something else to do.
    mutating func answer(_ question: Question, with line: String, now: Date) -> Reply {
        mode = .commands
        let said = line.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if case .screening(let asked) = question { return answerScreening(asked, said, now: now) }
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
        case .length(_, let current):
            guard !said.isEmpty else { return Reply(L("walk.lengthKept", current)) }
            guard let days = Int(said), (1...365).contains(days) else {
                return askAgain(question, L("walk.lengthAgain", current))
            }
            session.changeLength(of: item, to: days, at: now)
            return Reply(L("walk.lengthChanged", timing(of: item, now: now)))
        case .stop:
            guard ["yes", "y", L("answer.yes")].contains(said) else { return Reply(L("walk.stopKept")) }
            return stopped(item, now: now)
        case .screening:
            return Reply()
        }
    }

    /// The opening safety check: each question in turn; after the last, a yes leads to
    /// why this guide is not the right tool now, and to the help.
    mutating func askScreening(now: Date) -> Reply? {
        guard let next = Screening.Question.allCases.first(where: { session.screening?[$0] == nil }) else { return nil }
        return ask(.screening(next), now: now)
    }

    private mutating func answerScreening(_ question: Screening.Question, _ said: String, now: Date) -> Reply {
        // The English words always work; the interface's language adds its own.
        let words: [(String, ScreeningAnswer.Choice)] = [("yes", .yes), ("y", .yes), ("no", .no), ("n", .no), ("", .skipped), ("skip", .skipped),
                                                         (L("answer.yes"), .yes), (L("answer.no"), .no)]
        guard let choice = Dictionary(words, uniquingKeysWith: { first, _ in first })[said] else {
            // Anything to do (help-now, quit, next…) is done, then the question is asked
            // again: a script works, and help is never behind the questions.
            let words = said.split(separator: " ").map(String.init)
            guard let (verb, argument) = Verb.match(words) else { return askAgain(.screening(question), L("walk.screeningAgain")) }
            let reply = verb.run(&self, argument, now)
            guard !reply.quits, case .commands = mode else { return reply }
            return Reply(reply.lines + [""] + ask(.screening(question), now: now).lines)
        }
        session.answer(question, choice, at: now)
        if let next = askScreening(now: now) { return next }
        guard let screening = session.screening, screening.hasAnyYes else {
            return Reply(L("walk.screeningThanks"))
        }
        let outcome = screening.outcome(contactIsOff: session.contactIsOff)
        return Reply(paragraphs(outcome + [L("walk.screeningPeople")]) + [""] + helpNow().lines)
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
