/// What a person wrote for one part of the guide: dated entries, oldest first. Writing
/// on a new day starts a new entry; an entry edited after a pause keeps the text it
/// had as an earlier version, so nothing written is gone unless the person chooses it.
public struct Note: Sendable, Equatable, Codable {
    /// Oldest first; the last is the one the coach opens for writing on its day.
    public var entries: [NoteEntry]
    /// The part's title when last edited, kept for notes whose part is later removed.
    public var partTitle: String

    public init(entries: [NoteEntry], partTitle: String) {
        self.entries = entries
        self.partTitle = partTitle
    }

    /// A note of one entry begun and last edited at `editedAt`.
    public init(text: String, editedAt: Date, partTitle: String) {
        self.init(entries: [NoteEntry(text: text, startedAt: editedAt, editedAt: editedAt)], partTitle: partTitle)
    }

    /// When anything in the note was last written.
    public var editedAt: Date { entries.map(\.editedAt).max() ?? .distantPast }

    /// Every entry's text, oldest first, a blank line between: what search and plain
    /// reports read.
    public var text: String { entries.map(\.text).filter { !$0.isEmpty }.joined(separator: "\n\n") }

    private enum CodingKeys: String, CodingKey { case entries, partTitle, text, editedAt }

    /// Reads both shapes: format 3's entries, and format 2's single text, which becomes
    /// the first entry, dated by its last edit.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        partTitle = try container.decode(String.self, forKey: .partTitle)
        if let entries = try container.decodeIfPresent([NoteEntry].self, forKey: .entries) {
            self.entries = entries
        } else {
            let editedAt = try container.decode(Date.self, forKey: .editedAt)
            entries = [NoteEntry(text: try container.decode(String.self, forKey: .text), startedAt: editedAt, editedAt: editedAt)]
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(entries, forKey: .entries)
        try container.encode(partTitle, forKey: .partTitle)
    }
}

/// One dated entry of a part's notes.
public struct NoteEntry: Sendable, Equatable, Codable {
    public var text: String
    /// When the entry was begun: the day it is filed under.
    public var startedAt: Date
    public var editedAt: Date
    /// Earlier texts of the entry, oldest first, at most `versionLimit`.
    public var versions: [NoteVersion]

    /// How many earlier versions an entry keeps; the oldest goes first.
    public static let versionLimit = 50
    /// An edit this long after the last one keeps the text before it as a version.
    public static let pause: TimeInterval = 10 * 60

    public init(text: String, startedAt: Date, editedAt: Date, versions: [NoteVersion] = []) {
        self.text = text
        self.startedAt = startedAt.wholeSeconds
        self.editedAt = editedAt.wholeSeconds
        self.versions = versions
    }

    /// The entry with new text: after a pause, or when the entry is emptied (an undo of
    /// all its typing, everything deleted), the text it had becomes a version.
    func edited(to newText: String, at now: Date) -> NoteEntry {
        guard newText != text else { return self }
        var entry = self
        if now.timeIntervalSince(editedAt) >= Self.pause || newText.isEmpty { entry.keep(NoteVersion(text: text, savedAt: editedAt)) }
        entry.text = newText
        entry.editedAt = now.wholeSeconds
        return entry
    }

    /// Adds a version, dropping the oldest beyond the limit. An empty text is not kept:
    /// there is nothing to restore.
    mutating func keep(_ version: NoteVersion) {
        guard !version.text.isEmpty else { return }
        versions.append(version)
        if versions.count > Self.versionLimit { versions.removeFirst(versions.count - Self.versionLimit) }
    }
}

/// An earlier text of an entry, and when it was last written.
public struct NoteVersion: Sendable, Equatable, Codable {
    public var text: String
    public var savedAt: Date

    public init(text: String, savedAt: Date) {
        self.text = text
        self.savedAt = savedAt.wholeSeconds
    }
}

// MARK: - Writing

extension Session {
    /// The entries written for a part, oldest first.
    public func entries(for partID: String) -> [NoteEntry] { notes[partID]?.entries ?? [] }

    /// The text of a part's latest entry, empty when nothing was written.
    public func noteText(for partID: String) -> String { notes[partID]?.entries.last?.text ?? "" }

    /// Whether anything is written for the part.
    public func hasNote(for partID: String) -> Bool { notes[partID]?.entries.contains { !$0.text.isEmpty } == true }

    /// Which entry writing opens on `now`: the latest when it was begun that day,
    /// otherwise a new one (`entries(for:).count`).
    public func entryForWriting(in partID: String, now: Date, zone: TimeZoneOffset) -> Int {
        let entries = entries(for: partID)
        guard let last = entries.last, zone.dayNumber(of: last.startedAt) == zone.dayNumber(of: now) || last.text.isEmpty
        else { return entries.count }
        return entries.count - 1
    }

    /// Replaces the text of entry `index` of a part (`entries(for:).count` begins a new
    /// one). An emptied entry keeps its text as a version, so it can be restored.
    public mutating func setEntry(_ text: String, at index: Int, for part: Part, at now: Date) {
        var entries = entries(for: part.id)
        if index >= entries.count {
            guard !text.isEmpty else { return }
            entries.append(NoteEntry(text: text, startedAt: now, editedAt: now))
        } else if index >= 0 {
            let entry = entries[index].edited(to: text, at: now)
            if entry.text.isEmpty && entry.versions.isEmpty { entries.remove(at: index) } else { entries[index] = entry }
        }
        notes[part.id] = entries.isEmpty ? nil : Note(entries: entries, partTitle: part.title)
        touch(now)
    }

    /// Replaces the latest entry's text, beginning the first entry if there is none.
    public mutating func setNote(_ text: String, for part: Part, at now: Date) {
        setEntry(text, at: max(0, entries(for: part.id).count - 1), for: part, at: now)
    }

    /// Brings back an earlier version of an entry. The text it replaces is kept as a
    /// version first, so restoring never loses anything either.
    public mutating func restore(version: Int, ofEntry index: Int, for part: Part, at now: Date) {
        guard var entries = notes[part.id]?.entries, entries.indices.contains(index),
              entries[index].versions.indices.contains(version) else { return }
        var entry = entries[index]
        let restored = entry.versions[version].text
        guard restored != entry.text else { return }
        entry.keep(NoteVersion(text: entry.text, savedAt: entry.editedAt))
        entry.text = restored
        entry.editedAt = now.wholeSeconds
        entries[index] = entry
        notes[part.id] = Note(entries: entries, partTitle: part.title)
        touch(now)
    }
}
