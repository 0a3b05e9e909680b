/// Checks and notes whose item or part the current guide no longer has. They stay
/// in the file and are shown as coming from an earlier version of the guide.
public struct Orphans: Sendable, Equatable {
    public var checks: [(id: String, record: CheckRecord)]
    public var notes: [(partID: String, note: Note)]

    public init(session: Session, guide: Guide) {
        let itemIDs = Set(guide.allItems.map(\.id))
        let partIDs = Set(guide.parts.map(\.id))
        checks = session.checks.filter { !itemIDs.contains($0.key) }
            .map { (id: $0.key, record: $0.value) }
            .sorted { ($0.record.checkedAt, $0.id) < ($1.record.checkedAt, $1.id) }
        notes = session.notes.filter { !partIDs.contains($0.key) }
            .map { (partID: $0.key, note: $0.value) }
            .sorted { $0.partID < $1.partID }
    }

    public var isEmpty: Bool { checks.isEmpty && notes.isEmpty }

    public static func == (lhs: Orphans, rhs: Orphans) -> Bool {
        lhs.checks.map(\.id) == rhs.checks.map(\.id) && lhs.checks.map(\.record) == rhs.checks.map(\.record)
            && lhs.notes.map(\.partID) == rhs.notes.map(\.partID) && lhs.notes.map(\.note) == rhs.notes.map(\.note)
    }
}
