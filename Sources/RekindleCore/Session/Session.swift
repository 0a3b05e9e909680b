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
    /// Actions the person set aside as not for them, by item id: addressed, not failed.
    public var notForMe: [String: CheckRecord]
    /// Timed actions the person started, by item id.
    public var timers: [String: TimedStart]
    /// The answer to the guide's decision item ("is reconciling healthy for both of us?").
    public var decision: Decision?
    /// How the person felt each time they checked in, oldest first.
    public var checkIns: [CheckIn]
    /// When the coach last offered the check-in, answered or skipped, so it asks at most
    /// once every `CheckIn.interval`.
    public var checkInOfferedAt: Date?
    /// Messages to them, written in the coach and held for a cooling-off day, oldest first.
    public var drafts: [Draft]
    /// Urges to contact them that the person logged instead of acting on, oldest first.
    public var urges: [Urge]

    public init(name: String, guide: Guide, now: Date) {
        self.name = name
        guideID = guide.id
        guideHash = guide.contentHash
        startedAt = now.wholeSeconds
        lastUsedAt = now.wholeSeconds
        checks = [:]
        notes = [:]
        position = Position(partID: guide.parts.first?.id ?? "")
        notForMe = [:]
        timers = [:]
        checkIns = []
        drafts = []
        urges = []
    }

    /// Reads every format version's session: fields added since version 2 may be absent
    /// (they start empty), and notes may be version 2's single text (see `Note`).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        guideID = try container.decode(String.self, forKey: .guideID)
        guideHash = try container.decode(String.self, forKey: .guideHash)
        startedAt = try container.decode(Date.self, forKey: .startedAt)
        lastUsedAt = try container.decode(Date.self, forKey: .lastUsedAt)
        checks = try container.decode([String: CheckRecord].self, forKey: .checks)
        notes = try container.decode([String: Note].self, forKey: .notes)
        // Where the coach was is optional: a file without it opens on the first part.
        position = try container.decodeIfPresent(Position.self, forKey: .position) ?? Position(partID: "")
        screening = try container.decodeIfPresent(Screening.self, forKey: .screening)
        notForMe = try container.decodeIfPresent([String: CheckRecord].self, forKey: .notForMe) ?? [:]
        timers = try container.decodeIfPresent([String: TimedStart].self, forKey: .timers) ?? [:]
        decision = try container.decodeIfPresent(Decision.self, forKey: .decision)
        checkIns = try container.decodeIfPresent([CheckIn].self, forKey: .checkIns) ?? []
        checkInOfferedAt = try container.decodeIfPresent(Date.self, forKey: .checkInOfferedAt)
        drafts = try container.decodeIfPresent([Draft].self, forKey: .drafts) ?? []
        urges = try container.decodeIfPresent([Urge].self, forKey: .urges) ?? []
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
