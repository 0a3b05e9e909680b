import RekindleCore

/// A part's guidance, checklist and prompts wrapped to a width.
struct WrappedPart: Equatable, Sendable {
    /// One screen row of the checklist: a piece of item `item`'s text, or the row under
    /// a timed action or the decision that says where it stands (its words change with
    /// time, so they are written when drawn: `AppState.detail(of:)`).
    struct ChecklistRow: Equatable, Sendable {
        var item: Int
        var text: String
        var first: Bool
        var isDetail = false
    }

    var guidance: [String]
    /// Where each paragraph of the guidance starts among `guidance`.
    var paragraphStarts: [Int]
    var checklist: [ChecklistRow]
    var prompts: [String]
    /// How many of `prompts` each question takes, in order.
    var promptRows: [Int]
    /// The part and the width it was wrapped for.
    private var partID = ""
    private var width = 0

    /// Nothing wrapped yet.
    static let none = WrappedPart(Part(id: "", kind: .step, title: "", guidance: [], checklist: [], prompts: []), width: 0)

    /// Whether this is `part` wrapped at `width`.
    func fits(_ part: Part, width: Int) -> Bool { partID == part.id && self.width == width }

    /// Wraps `part` for a main column `width` wide (checklist items leave room for "[x] ").
    init(_ part: Part, width: Int) {
        partID = part.id
        self.width = width
        var guidance: [String] = []
        paragraphStarts = part.guidance.map { paragraph in
            if !guidance.isEmpty { guidance.append("") }
            defer { guidance += Wrap.lines(paragraph, width: width) }
            return guidance.count
        }
        self.guidance = guidance
        checklist = part.checklist.enumerated().flatMap { index, item in
            Wrap.lines(item.text, width: max(1, width - 4)).enumerated().map { row, text in
                ChecklistRow(item: index, text: text, first: row == 0)
            } + (item.duration != nil || item.isDecision ? [ChecklistRow(item: index, text: "", first: false, isDetail: true)] : [])
        }
        let prompts = part.prompts.map { Wrap.lines($0, width: width) }
        self.prompts = prompts.flatMap { $0 }
        promptRows = prompts.map(\.count)
    }
}
