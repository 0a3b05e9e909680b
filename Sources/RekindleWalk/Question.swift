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
            return "Is reconciling healthy for you both, for now? Type yes, not now or no (or just Enter to leave it as it is)."
        case .earlyCheck(let itemID):
            let ends = session.timers[itemID].map { RelativeTime.day($0.lastDay(zone: zone), now: now, zone: zone) } ?? ""
            return "This runs until \(ends). Check it now, before the end? Type yes, or just Enter for not yet."
        case .days(let itemID, let suggested):
            let what = guide.item(id: itemID)?.item.isNoContactPeriod == true ? "How many days without contact?" : "How many days?"
            return "\(what) Type a number from 1 to 365, or just Enter for \(suggested)."
        case .length(let itemID, let current):
            let running = guide.item(id: itemID).map { timing(of: $0.item, now: now) } ?? ""
            return "It is running: \(running). How many days should it last, counted from the day it started? Type a number from 1 to 365, or just Enter to keep \(current)."
        case .stop(let itemID):
            let running = guide.item(id: itemID).map { timing(of: $0.item, now: now) } ?? ""
            return "Stop counting (\(running))? The day it started will be forgotten. Type yes to stop, or just Enter to keep it."
        case .screening(let question):
            let number = (Screening.Question.allCases.firstIndex(of: question) ?? 0) + 1
            return "Question \(number) of \(Screening.Question.allCases.count): \(question.wording) Type yes or no, or just Enter to skip."
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
            let answers: [String: Decision.Answer] = ["yes": .yes, "y": .yes, "not now": .notNow, "later": .notNow, "no": .no, "n": .no]
            guard !said.isEmpty else { return Reply("Left as it was.") }
            guard let answer = answers[said] else { return askAgain(question, "Please answer yes, not now or no, or just Enter to leave it.") }
            session.decide(answer, item: item, in: part, at: now)
            return Reply(paragraphs(decided(answer)))
        case .earlyCheck:
            guard ["yes", "y"].contains(said) else { return Reply("Not yet: it stays open.") }
            return checked(item, now: now)
        case .days(_, let suggested):
            guard !said.isEmpty else { return started(item, days: suggested, now: now) }
            guard let days = Int(said), (1...365).contains(days) else {
                return askAgain(question, "Type a number of days from 1 to 365, or just Enter for \(suggested).")
            }
            return started(item, days: days, now: now)
        case .length(_, let current):
            guard !said.isEmpty else { return Reply("Kept: \(current) days.") }
            guard let days = Int(said), (1...365).contains(days) else {
                return askAgain(question, "Type a number of days from 1 to 365, or just Enter to keep \(current).")
            }
            session.changeLength(of: item, to: days, at: now)
            return Reply("Changed: \(timing(of: item, now: now)).")
        case .stop:
            guard ["yes", "y"].contains(said) else { return Reply("Kept: it goes on counting.") }
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
        let choices: [String: ScreeningAnswer.Choice] = ["yes": .yes, "y": .yes, "no": .no, "n": .no, "": .skipped, "skip": .skipped]
        guard let choice = choices[said] else {
            return askAgain(.screening(question), "Please type yes or no, or just Enter to skip.")
        }
        session.answer(question, choice, at: now)
        if let next = askScreening(now: now) { return next }
        guard let screening = session.screening, screening.hasAnyYes else {
            return Reply("Thank you. Say 'help-now' at any time for who to call or text.")
        }
        let outcome = screening.outcome(contactIsOff: session.contactIsOff)
        return Reply(paragraphs(outcome + ["The people below can help, now or whenever you are ready; 'help-now' shows them again."]) + [""] + helpNow().lines)
    }

    private mutating func askAgain(_ question: Question, _ wording: String) -> Reply {
        mode = .asking(question)
        return Reply(paragraphs([wording]))
    }

    /// What follows an answer to the decision; after a no, the path from here.
    private func decided(_ answer: Decision.Answer) -> [String] {
        switch answer {
        case .yes: return ["Noted: yes, for now. Go gently, and keep their answer as free as yours."]
        case .notNow: return ["Noted: not now. There is no deadline; you can change this whenever you are ready."]
        case .no: break
        }
        let names = guide.movingOnPath.map { guide.label(of: $0) + ", " + VisibleText.line($0.title) }
        let setAside = guide.parts.filter { guide.isSetAside($0, in: session) }.map { guide.label(of: $0) }
        var lines = [
            "You answered no.",
            "Getting back together is not the path for now, and that is a real answer. It deserves the same care as any other.",
        ]
        if !names.isEmpty { lines.append("From here the guide goes on with you: \(names.joined(separator: "; ")). 'next' follows this path.") }
        if !setAside.isEmpty {
            lines.append("The steps about reaching out (\(setAside.joined(separator: ", "))) are set aside, marked × in 'steps'. You can still read them, and you can change your answer here at any time.")
        }
        return lines
    }
}
