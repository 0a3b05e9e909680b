/// The person's answers to the short safety check at the opening of a session. They
/// are private: kept in the session file (and its JSON backup), never in the review
/// or the Markdown export. Each question may be unanswered (nil), and every answer
/// can be changed later.
public struct Screening: Sendable, Equatable, Codable {
    /// The questions of the check, in the order they are asked.
    public enum Question: String, Sendable, CaseIterable {
        /// Were you ever afraid of them?
        case afraid
        /// Did they control where you went, your money or your phone; threaten, hurt or force you?
        case controlledOrHurt
        /// Have they asked you not to contact them?
        case askedForNoContact
        /// Are you thinking of harming yourself?
        case thinkingOfSelfHarm
    }

    public var afraid: ScreeningAnswer?
    public var controlledOrHurt: ScreeningAnswer?
    public var askedForNoContact: ScreeningAnswer?
    public var thinkingOfSelfHarm: ScreeningAnswer?

    public init() {}

    /// The answer to one question, by name, so a screen can walk them in order.
    public subscript(question: Question) -> ScreeningAnswer? {
        get { self[keyPath: Self.field(of: question)] }
        set { self[keyPath: Self.field(of: question)] = newValue }
    }

    private static func field(of question: Question) -> WritableKeyPath<Screening, ScreeningAnswer?> {
        switch question {
        case .afraid: \.afraid
        case .controlledOrHurt: \.controlledOrHurt
        case .askedForNoContact: \.askedForNoContact
        case .thinkingOfSelfHarm: \.thinkingOfSelfHarm
        }
    }

    /// Whether any question was answered yes: this guide is not the right tool for
    /// that situation, or not now, and help comes first.
    public var hasAnyYes: Bool { Question.allCases.contains { self[$0]?.choice == .yes } }

    /// Whether any question was answered yes or no (not only passed over): then the
    /// answers are worth keeping even in a session that holds nothing else yet.
    public var hasAnswers: Bool { Question.allCases.contains { [.yes, .no].contains(self[$0]?.choice) } }
}

/// One answer of the safety check, and when it was given.
public struct ScreeningAnswer: Sendable, Equatable, Codable {
    /// Yes, no, or passed over: the check is skippable, and a skip is remembered so
    /// the question is not pressed again.
    public enum Choice: String, Sendable, Equatable, Codable, CaseIterable { case yes, no, skipped }

    public var choice: Choice
    public var answeredAt: Date

    public init(_ choice: Choice, at answeredAt: Date) {
        self.choice = choice
        self.answeredAt = answeredAt.wholeSeconds
    }
}

// MARK: - The session's answers

extension Session {
    /// Records an answer to one question of the safety check, replacing any earlier one.
    public mutating func answer(_ question: Screening.Question, _ choice: ScreeningAnswer.Choice, at now: Date) {
        var screening = self.screening ?? Screening()
        screening[question] = ScreeningAnswer(choice, at: now)
        self.screening = screening
        touch(now)
    }

    /// Whether the person answered yes to any question: help comes before the guide.
    public var needsSafetyFirst: Bool { screening?.hasAnyYes ?? false }

    /// Whether they said they were asked for no contact: the steps about getting in
    /// touch (`Part.involvesContact`) are not an option.
    public var contactIsOff: Bool { screening?.askedForNoContact?.choice == .yes }
}
