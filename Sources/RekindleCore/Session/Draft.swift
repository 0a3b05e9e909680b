/// A message to them, written inside the coach and held for a cooling-off day before it
/// can be copied out: the wait is the point (the guide's "wait a day before deciding").
public struct Draft: Sendable, Equatable, Codable {
    public var text: String
    public var writtenAt: Date
    /// The cooling-off day counts from the last edit: a rewritten message waits again.
    public var editedAt: Date
    /// The part it was written in.
    public var partID: String

    /// How long a draft waits before it can be copied out without confirming.
    public static let coolingOff: TimeInterval = 24 * 3600

    public init(text: String, partID: String, at now: Date) {
        self.text = text
        self.partID = partID
        writtenAt = now.wholeSeconds
        editedAt = now.wholeSeconds
    }

    /// When it is ready to reconsider.
    public var readyAt: Date { editedAt.addingTimeInterval(Self.coolingOff) }

    /// Whether the cooling-off day has passed.
    public func isReady(at now: Date) -> Bool { now >= readyAt }
}

/// An urge to contact them, logged instead of acted on.
public struct Urge: Sendable, Equatable, Codable {
    public var at: Date
    /// What the person wanted to say or do, if they wrote it.
    public var text: String

    public init(text: String, at now: Date) {
        self.text = text
        at = now.wholeSeconds
    }
}

extension Session {
    /// Writes draft `index` (`drafts.count` begins a new one); an emptied draft is removed.
    public mutating func setDraft(_ text: String, at index: Int, partID: String, at now: Date) {
        if index >= drafts.count {
            guard !text.isEmpty else { return }
            drafts.append(Draft(text: text, partID: partID, at: now))
        } else if index >= 0, drafts[index].text != text {
            if text.isEmpty { drafts.remove(at: index) } else {
                drafts[index].text = text
                drafts[index].editedAt = now.wholeSeconds
            }
        }
        touch(now)
    }

    /// Logs an urge with what the person wrote about it (which may be nothing).
    public mutating func logUrge(_ text: String, at now: Date) {
        urges.append(Urge(text: text, at: now))
        touch(now)
    }
}
