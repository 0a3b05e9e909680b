/// A position read from a file may hold anything a hand or a bug wrote: `"scroll": -1`,
/// a cursor at Int.max. Every session leaves the core's reading with its position
/// within bounds, so nothing that works with it can trap.
extension Position {
    /// The largest value any field can hold: no note, checklist or guidance rekindle
    /// reads can be longer than the largest file it reads.
    public static let limit = BoundedFile.limit

    /// The first field holding a value no session can have (below 0 or above `limit`),
    /// with that value; nil when every field is possible.
    public var impossibleField: (name: String, value: Int)? {
        for (name, value) in [("checklistCursor", checklistCursor), ("noteCursor", noteCursor), ("scroll", scroll)]
        where !(0...Self.limit).contains(value) {
            return (name, value)
        }
        return nil
    }

    /// Brings the cursor within the part's checklist (0 when it has none).
    mutating func boundChecklistCursor(itemCount: Int) {
        checklistCursor = Self.clamp(checklistCursor, to: max(0, itemCount - 1))
    }

    static func clamp(_ value: Int, to upper: Int) -> Int { min(max(value, 0), upper) }
}

extension Session {
    /// The position brought within what the session holds: every field within
    /// 0...`Position.limit`, and the note cursor within its note (in characters, as
    /// the coach counts them). A possible position is left as it is.
    mutating func boundPosition() {
        position.checklistCursor = Position.clamp(position.checklistCursor, to: Position.limit)
        position.scroll = Position.clamp(position.scroll, to: Position.limit)
        let cursor = Position.clamp(position.noteCursor, to: Position.limit)
        guard cursor > 0, let text = notes[position.partID]?.text else {
            position.noteCursor = 0
            return
        }
        // Counted up to the cursor, not through a long note.
        position.noteCursor = text.index(text.startIndex, offsetBy: cursor, limitedBy: text.endIndex) != nil ? cursor : text.count
    }
}
