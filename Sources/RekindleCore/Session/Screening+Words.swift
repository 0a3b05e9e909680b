/// The safety check's words, shared by the full screen and the walk.
extension Screening.Question {
    /// The question as the coach asks it.
    public var wording: String {
        switch self {
        case .afraid: "Were you ever afraid of them?"
        case .controlledOrHurt: "Did they control where you went, your money or your phone? Did they threaten, hurt or force you?"
        case .askedForNoContact: "Have they asked you not to contact them?"
        case .thinkingOfSelfHarm: "Are you thinking of harming yourself?"
        }
    }

    /// What a yes to it says, in a sentence: "fear of them".
    var yesWords: String {
        switch self {
        case .afraid: "fear of them"
        case .controlledOrHurt: "control, threats or harm"
        case .askedForNoContact: "a request for no contact"
        case .thinkingOfSelfHarm: "thoughts of harming yourself"
        }
    }
}

extension Screening {
    /// Why the check is asked, before its first question.
    public static let introduction = "Before you begin: four short questions, so that the coach can look after you. Your answers stay private, on this computer. You can skip any of them."

    /// After a yes: why this guide is not the right tool now, in paragraphs (the help
    /// itself follows them).
    public func outcome(contactIsOff: Bool) -> [String] {
        let yes = Question.allCases.filter { self[$0]?.choice == .yes }.map(\.yesWords)
        let said = yes.count <= 1 ? yes.joined() : yes.dropLast().joined(separator: ", ") + " and " + yes[yes.count - 1]
        var paragraphs = [
            "Thank you for answering. This guide may not be the right tool for you now.",
            "It is about reconnecting with someone, and that is only right when both of you are safe and free to choose. What you said comes first: \(said). None of this is your fault, and you do not have to work it out alone.",
        ]
        if contactIsOff {
            paragraphs.append("They asked for no contact: honor it fully. The steps about getting in touch will say so where they open; the closing, about moving forward, is for you.")
        }
        return paragraphs
    }
}
