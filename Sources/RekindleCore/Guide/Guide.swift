/// A coaching guide: an opening, numbered steps and an optional closing, each with
/// guidance to read, actions to check off and prompts to write about.
public struct Guide: Sendable, Equatable {
    /// Stable id of the guide, recorded in sessions so progress follows the right guide.
    public var id: String
    public var title: String
    /// Fingerprint of the source text; a session compares it to notice an edited guide.
    public var contentHash: String
    /// Every part in reading order: opening first, then the steps, then the closing.
    public var parts: [Part]
    /// The "Need help now" section, if the guide has one (`## Title {.help}`).
    public var help: HelpResources?

    public init(id: String, title: String, contentHash: String, parts: [Part], help: HelpResources? = nil) {
        self.id = id
        self.title = title
        self.contentHash = contentHash
        self.parts = parts
        self.help = help
    }

    /// The numbered steps only, which is what "Step N of M" counts.
    public var steps: [Part] { parts.filter { $0.kind == .step } }

    /// How many numbered steps there are, without making the list (the header shows it).
    public var stepCount: Int { parts.count { $0.kind == .step } }

    /// All checklist items of the guide, in order.
    public var allItems: [ChecklistItem] { parts.flatMap(\.checklist) }

    /// The part with this id, if the guide has it.
    public func part(id: String) -> Part? { parts.first { $0.id == id } }

    /// The item with this id and the part that holds it.
    public func item(id: String) -> (part: Part, item: ChecklistItem)? {
        for part in parts {
            if let item = part.checklist.first(where: { $0.id == id }) { return (part, item) }
        }
        return nil
    }

    /// "Step 3" for a step, "Opening" or "Closing" for the others.
    public func label(of part: Part) -> String {
        switch part.kind {
        case .opening: return L("part.opening")
        case .closing: return L("part.closing")
        case .step: return L("part.step", stepNumber(of: part) ?? 0)
        }
    }

    /// Where the person is: "Step 3 of 10", or "Opening" (the coach's header, the walk's headings).
    public func place(of part: Part) -> String {
        part.kind == .step ? L("step.place", label(of: part), stepCount) : label(of: part)
    }

    /// A step's number, counting from 1; nil for the opening and the closing.
    public func stepNumber(of part: Part) -> Int? {
        guard part.kind == .step else { return nil }
        // Counted in place, without a list of the steps: the header asks on every frame.
        let index = parts.firstIndex { $0.id == part.id } ?? 0
        return parts[..<index].count { $0.kind == .step } + 1
    }
}

/// One screenful of the guide: a step, or the opening or closing that frame them.
public struct Part: Sendable, Equatable, Identifiable {
    public enum Kind: String, Sendable, Equatable { case opening, step, closing }

    public var id: String
    public var kind: Kind
    public var title: String
    /// Paragraphs of guidance, each one unwrapped line of text.
    public var guidance: [String]
    public var checklist: [ChecklistItem]
    /// Questions shown above the part's notes to get the person writing.
    public var prompts: [String]
    /// Whether the part is about getting in touch with the other person (`{.contact}`
    /// on its heading), so the coach can say where it opens that contact is not an
    /// option for someone who was asked for no contact.
    public var involvesContact: Bool
    /// `{.moving-on}`: a step that serves anyone, whether or not they reconcile; the path after a "no" decision is the closing then these.
    public var servesAnyone: Bool
    /// `{.drafts}`: the step offers a draft box for a message to them, with a cooling-off day.
    public var hasDrafts: Bool
    /// Earlier parts whose notes this part shows above its own (`^ #reflect What you wrote about what went wrong`), in order.
    public var carried: [CarriedNote]

    public init(id: String, kind: Kind, title: String, guidance: [String] = [],
                checklist: [ChecklistItem] = [], prompts: [String] = [], involvesContact: Bool = false,
                servesAnyone: Bool = false, hasDrafts: Bool = false, carried: [CarriedNote] = []) {
        self.id = id
        self.kind = kind
        self.title = title
        self.guidance = guidance
        self.checklist = checklist
        self.prompts = prompts
        self.involvesContact = involvesContact
        self.servesAnyone = servesAnyone
        self.hasDrafts = hasDrafts
        self.carried = carried
    }
}

/// A reference from one part to an earlier part's notes, with the caption shown above them.
public struct CarriedNote: Sendable, Equatable {
    /// The id of the earlier part whose notes are shown.
    public var partID: String
    /// The words shown above them ("What you wrote when reflecting on what went wrong").
    public var caption: String

    public init(partID: String, caption: String) {
        self.partID = partID
        self.caption = caption
    }
}

/// A concrete action a person can tell whether they did.
public struct ChecklistItem: Sendable, Equatable, Identifiable {
    /// "<part id>.<item slug>", or the explicit id the guide gives.
    public var id: String
    public var text: String
    /// How long the action runs once started (`(7 days)` after the item), nil for an ordinary action.
    public var duration: TimedDuration?
    /// `{.decision}`: the item records the person's answer to "is reconciling healthy for both of us?" (yes, not now, no).
    public var isDecision: Bool
    /// `{.no-contact}`: the item is the person's no-contact period; the coach counts its days and gates `.contact` steps on it.
    public var isNoContactPeriod: Bool

    public init(id: String, text: String, duration: TimedDuration? = nil, isDecision: Bool = false, isNoContactPeriod: Bool = false) {
        self.id = id
        self.text = text
        self.duration = duration
        self.isDecision = isDecision
        self.isNoContactPeriod = isNoContactPeriod
    }
}

/// How long a timed action lasts.
public struct TimedDuration: Sendable, Equatable {
    /// The length in days the guide suggests (weeks are written as 7 days each).
    public var days: Int
    /// Whether the person chooses the length when they start (`(30 days, you choose)`).
    public var isChosenByPerson: Bool

    public init(days: Int, isChosenByPerson: Bool = false) {
        self.days = days
        self.isChosenByPerson = isChosenByPerson
    }
}
