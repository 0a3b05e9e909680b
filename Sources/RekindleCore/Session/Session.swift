/// One person's journey through a guide: what they checked and when, what they
/// wrote, and exactly where they were, so they can pick up where they left off.
public struct Session: Sendable, Equatable, Codable {
    /// The file name under the sessions folder, without `.json`.
    public var name: String
    public var guideID: String
    /// The guide's content hash when the session last used it.
    public var guideHash: String
    public var startedAt: Date
    public var lastUsedAt: Date
    /// Checked items by item id. Unchecked items have no entry.
    public var checks: [String: CheckRecord]
    /// Notes by part id.
    public var notes: [String: Note]
    public var position: Position
    /// Answers to the opening safety check; nil until the first answer. Optional, so a
    /// session file written before the check existed still opens, and one without
    /// answers is written as it always was.
    public var screening: Screening?

    public init(name: String, guide: Guide, now: Date) {
        self.name = name
        guideID = guide.id
        guideHash = guide.contentHash
        startedAt = now.wholeSeconds
        lastUsedAt = now.wholeSeconds
        checks = [:]
        notes = [:]
        position = Position(partID: guide.parts.first?.id ?? "")
    }
}

/// When an item was checked, and its words then, so a check whose item later
/// disappears from the guide can still be shown for what it was.
public struct CheckRecord: Sendable, Equatable, Codable {
    public var checkedAt: Date
    public var text: String
    public var partID: String

    public init(checkedAt: Date, text: String, partID: String) {
        self.checkedAt = checkedAt.wholeSeconds
        self.text = text
        self.partID = partID
    }
}

/// The free text a person wrote for one part of the guide.
public struct Note: Sendable, Equatable, Codable {
    public var text: String
    public var editedAt: Date
    /// The part's title when last edited, kept for notes whose part is later removed.
    public var partTitle: String

    public init(text: String, editedAt: Date, partTitle: String) {
        self.text = text
        self.editedAt = editedAt.wholeSeconds
        self.partTitle = partTitle
    }
}

/// Where the person was, precise enough to put the cursor back on the same character.
public struct Position: Sendable, Equatable, Codable {
    /// The panes of a part's screen, in Tab order.
    public enum Pane: String, Sendable, Equatable, Codable, CaseIterable { case guidance, checklist, notes, sidebar }

    public var partID: String
    public var pane: Pane
    /// Index of the highlighted checklist item.
    public var checklistCursor: Int
    /// Cursor in the note, in characters from its start.
    public var noteCursor: Int
    /// First visible row of the guidance.
    public var scroll: Int

    public init(partID: String, pane: Pane = .guidance, checklistCursor: Int = 0, noteCursor: Int = 0, scroll: Int = 0) {
        self.partID = partID
        self.pane = pane
        self.checklistCursor = checklistCursor
        self.noteCursor = noteCursor
        self.scroll = scroll
    }
}

extension Date {
    /// Session times are kept to the second: enough for a person, and it makes the
    /// JSON round trip exact.
    public var wholeSeconds: Date { Date(timeIntervalSince1970: timeIntervalSince1970.rounded(.down)) }
}
