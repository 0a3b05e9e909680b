import RekindleCore

/// A part's guidance, checklist and prompts wrapped to a width. Wrapping is the
/// costliest step of a layout, so the state keeps the last result and only redoes it
/// when the part or the width changes, not on every keystroke.
struct WrappedPart: Equatable, Sendable {
    struct Key: Equatable, Sendable {
        var partID: String
        var width: Int
    }

    /// One screen row of the checklist: a piece of item `item`'s text.
    struct ChecklistRow: Equatable, Sendable {
        var item: Int
        var text: String
        var first: Bool
    }

    var key: Key
    var guidance: [String]
    var checklist: [ChecklistRow]
    var prompts: [String]

    static let empty = WrappedPart(key: Key(partID: "", width: 0), guidance: [], checklist: [], prompts: [])

    init(key: Key, guidance: [String], checklist: [ChecklistRow], prompts: [String]) {
        self.key = key
        self.guidance = guidance
        self.checklist = checklist
        self.prompts = prompts
    }

    /// Wraps `part` for a main column `width` wide (checklist items leave room for "[x] ").
    init(_ part: Part, width: Int) {
        key = Key(partID: part.id, width: width)
        guidance = part.guidance.enumerated().flatMap { index, paragraph in
            (index > 0 ? [""] : []) + Wrap.lines(paragraph, width: width)
        }
        checklist = part.checklist.enumerated().flatMap { index, item in
            Wrap.lines(item.text, width: max(1, width - 4)).enumerated().map { row, text in
                ChecklistRow(item: index, text: text, first: row == 0)
            }
        }
        prompts = part.prompts.flatMap { Wrap.lines("? " + $0, width: width) }
    }
}
