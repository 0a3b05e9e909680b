/// The safety check's words, shared by the full screen and the walk.
extension Screening.Question {
    /// The question as the coach asks it.
    public var wording: String {
        switch self {
        case .afraid: L("screening.afraid")
        case .controlledOrHurt: L("screening.controlledOrHurt")
        case .askedForNoContact: L("screening.askedForNoContact")
        case .thinkingOfSelfHarm: L("screening.thinkingOfSelfHarm")
        }
    }

    /// What a yes to it says, in a sentence: "fear of them".
    var yesWords: String {
        switch self {
        case .afraid: L("screening.said.afraid")
        case .controlledOrHurt: L("screening.said.controlledOrHurt")
        case .askedForNoContact: L("screening.said.askedForNoContact")
        case .thinkingOfSelfHarm: L("screening.said.thinkingOfSelfHarm")
        }
    }
}

extension Screening {
    /// Why the check is asked, before its first question.
    public static var introduction: String { L("screening.introduction") }

    /// After a yes: why this guide is not the right tool now, in paragraphs (the help
    /// itself follows them).
    public func outcome(contactIsOff: Bool) -> [String] {
        let yes = Question.allCases.filter { self[$0]?.choice == .yes }.map(\.yesWords)
        let said = yes.count <= 1 ? yes.joined() : L("list.and", yes.dropLast().joined(separator: ", "), yes[yes.count - 1])
        return [L("screening.thanks"), L("screening.outcome", said)] + (contactIsOff ? [L("screening.noContact")] : [])
    }
}
