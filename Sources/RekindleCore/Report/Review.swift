/// What a person has done, part by part: the one account that `rekindle review`, the
/// Markdown export and the coach's review screen each lay out in their own way.
public struct Review: Sendable {
    /// An action of the guide, and when it was checked (nil: not yet).
    public struct Action: Sendable, Equatable {
        public var text: String
        public var checkedAt: Date?
    }

    /// One part of the guide, with every action and its note.
    public struct Part: Sendable {
        /// The part's id in the guide.
        public var id: String
        /// "Step 3", "Opening".
        public var label: String
        public var title: String
        public var actions: [Action]
        public var note: Note?

        public var done: Int { actions.filter { $0.checkedAt != nil }.count }
    }

    public var progress: Progress
    public var parts: [Part]
    /// Checks and notes whose action or part the guide no longer has.
    public var orphans: Orphans

    public init(session: Session, guide: Guide) {
        progress = Progress(session: session, guide: guide)
        parts = guide.parts.map { part in
            Part(id: part.id, label: guide.label(of: part), title: part.title,
                 actions: part.checklist.map { Action(text: $0.text, checkedAt: session.checks[$0.id]?.checkedAt) },
                 note: session.notes[part.id])
        }
        orphans = Orphans(session: session, guide: guide)
    }
}
