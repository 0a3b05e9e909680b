/// What a person has done, part by part: the one account that `rekindle review`, the
/// exports, the letter and the coach's review screen each lay out in their own way.
public struct Review: Sendable {
    /// An action of the guide, and what the person did with it.
    public struct Action: Sendable, Equatable {
        public var text: String
        /// When it was checked (nil: not yet).
        public var checkedAt: Date?
        /// When it was set aside as not for them (nil: it was not): addressed, not failed.
        public var notForMeAt: Date?
        /// The period they started, for an action that takes time.
        public var timer: TimedStart?
        /// Their answer, on the guide's decision item.
        public var decision: Decision?

        /// Whether it was checked or set aside.
        public var isAddressed: Bool { checkedAt != nil || notForMeAt != nil }
    }

    /// One part of the guide, with every action and its note.
    public struct Part: Sendable {
        /// The part's id in the guide.
        public var id: String
        /// "Step 3", "Opening".
        public var label: String
        public var title: String
        public var actions: [Action]
        /// The guide's questions, which the notes answer.
        public var prompts: [String]
        public var note: Note?

        /// How many actions were checked.
        public var done: Int { actions.count { $0.checkedAt != nil } }
        /// How many were set aside as not for them.
        public var notForMe: Int { actions.count { $0.notForMeAt != nil } }
        /// The entries with words in them, oldest first.
        public var entries: [NoteEntry] { note?.writtenEntries ?? [] }
    }

    public var progress: Progress
    public var parts: [Part]
    /// Checks and notes whose action or part the guide no longer has.
    public var orphans: Orphans
    /// The answer to the guide's decision, and the question as the guide (or, for one it
    /// no longer has, the check) worded it.
    public var decision: (decision: Decision, question: String)?
    /// How many actions were set aside as not for them, over the whole guide.
    public var notForMe: Int
    /// When each draft to them was last written: counted and dated, never quoted, since
    /// a review is made to be printed or shared and a draft is a private message.
    public var drafts: [Date]
    /// When each urge was logged (its words, like a draft's, stay in the coach).
    public var urges: [Date]

    public init(session: Session, guide: Guide) {
        progress = Progress(session: session, guide: guide)
        parts = guide.parts.map { part in
            Part(id: part.id, label: guide.label(of: part), title: part.title,
                 actions: part.checklist.map { item in
                     Action(text: item.text, checkedAt: session.checks[item.id]?.checkedAt,
                            notForMeAt: session.notForMe[item.id]?.checkedAt, timer: session.timers[item.id],
                            decision: session.decision.flatMap { $0.itemID == item.id ? $0 : nil })
                 },
                 prompts: part.prompts, note: session.notes[part.id])
        }
        orphans = Orphans(session: session, guide: guide)
        decision = session.decision.flatMap { decision in
            let question = guide.item(id: decision.itemID)?.item.text ?? session.checks[decision.itemID]?.text
            return question.map { (decision, $0) }
        }
        notForMe = parts.reduce(0) { $0 + $1.notForMe }
        drafts = session.drafts.map(\.editedAt)
        urges = session.urges.map(\.at)
    }

    /// The checks of actions the guide no longer has, as actions.
    public var earlierChecks: [Action] { orphans.checks.map { Action(text: $0.record.text, checkedAt: $0.record.checkedAt) } }
}

extension Decision.Answer {
    /// The answer as the person gave it: "yes", "not now", "no".
    public var words: String {
        switch self {
        case .yes: L("answer.yes")
        case .notNow: L("answer.notNow")
        case .no: L("answer.no")
        }
    }
}

// MARK: - Said in words

extension Review {
    /// "2 of 3 actions checked, 1 of 2 steps completed"; with actions set aside, "3 of 4
    /// actions addressed (2 checked, 1 not for me), …".
    public var progressText: String {
        let steps = L("review.stepsCompleted", progress.completedSteps, progress.totalSteps)
        guard notForMe > 0 else { return L("review.checked", progress.checkedItems, progress.totalItems, steps) }
        return L("review.addressed", progress.checkedItems, progress.totalItems, progress.checkedItems - notForMe, notForMe, steps)
    }

    /// The answer to the decision, the drafts and the urges, a line each, times said
    /// with `when`; none for what the person has not done.
    public func summaryLines(when: (Date) -> String) -> [String] {
        var lines: [String] = []
        if let (given, question) = decision {
            lines.append(L("review.answerTo", question, given.answer.words, when(given.decidedAt)))
        }
        if let last = drafts.max() {
            lines.append(L("review.drafts", drafts.count, when(last)))
        }
        if let last = urges.max() {
            lines.append(L("review.urges", urges.count, when(last)))
        }
        return lines
    }
}

extension Review.Action {
    /// What happened to the action, each part said with `when`: "checked today 21:04"
    /// or "not for me, 3 days ago", then its `timerAndAnswer`.
    public func details(when: (Date) -> String, now: Date, zone: TimeZoneOffset) -> [String] {
        [checkedAt.map { L("walk.checkedAt", when($0)) }, notForMeAt.map { L("walk.notForMeAt", when($0)) }].compactMap { $0 }
            + timerAndAnswer(now: now, zone: zone)
    }

    /// A timed period ("started Wed 18 Nov, day 3 of 7" or "started Wed 18 Nov, ended
    /// Tue 24 Nov") and the answer to the decision ("your answer: not now").
    public func timerAndAnswer(now: Date, zone: TimeZoneOffset) -> [String] {
        var details: [String] = []
        if let timer {
            let started = RelativeTime.day(zone.dayNumber(of: timer.startedAt), now: now, zone: zone)
            details.append(timer.isRunning(at: now, zone: zone)
                ? L("review.timerRunning", started, timer.day(at: now, zone: zone), timer.days)
                : L("review.timerEnded", started, RelativeTime.day(timer.lastDay(zone: zone), now: now, zone: zone)))
        }
        if let decision { details.append(L("review.yourAnswer", decision.answer.words)) }
        return details
    }
}

extension Note {
    /// The entries with words in them, oldest first (an emptied entry may stay for its versions).
    public var writtenEntries: [NoteEntry] { entries.filter { !$0.text.isEmpty } }
}

extension NoteEntry {
    /// When the entry was begun, said with `when`, and when it was last edited if that
    /// was on a later day: "yesterday 21:04, edited today 08:10".
    public func dateLine(when: (Date) -> String, zone: TimeZoneOffset) -> String {
        let edited = zone.dayNumber(of: editedAt) != zone.dayNumber(of: startedAt)
        return when(startedAt) + (edited ? ", " + L("review.edited", when(editedAt)) : "")
    }
}
