// MARK: - Changes a person makes

extension Session {
    /// Whether the item with this id is checked.
    public func isChecked(_ itemID: String) -> Bool { checks[itemID] != nil }

    /// Checks or unchecks an item, recording when it was checked.
    public mutating func setChecked(_ checked: Bool, item: ChecklistItem, in part: Part, at now: Date) {
        checks[item.id] = checked ? CheckRecord(checkedAt: now, text: item.text, partID: part.id) : nil
        touch(now)
    }

    /// The note of a part, empty when nothing was written.
    public func noteText(for partID: String) -> String { notes[partID]?.text ?? "" }

    /// Whether anything is written for the part (without copying the note).
    public func hasNote(for partID: String) -> Bool { notes[partID]?.text.isEmpty == false }

    /// Replaces a part's note; an emptied note is removed.
    public mutating func setNote(_ text: String, for part: Part, at now: Date) {
        notes[part.id] = text.isEmpty ? nil : Note(text: text, editedAt: now, partTitle: part.title)
        touch(now)
    }

    /// Clears checks and notes: of one part, or of the whole session.
    public mutating func reset(partID: String? = nil, in guide: Guide, at now: Date) {
        guard let partID else {
            checks = [:]
            notes = [:]
            position = Position(partID: guide.parts.first?.id ?? "")
            return touch(now)
        }
        let itemIDs = Set(guide.part(id: partID)?.checklist.map(\.id) ?? [])
        checks = checks.filter { !itemIDs.contains($0.key) && $0.value.partID != partID }
        notes[partID] = nil
        touch(now)
    }

    /// Records that the session was used now, against this guide.
    public mutating func touch(_ now: Date) { lastUsedAt = now.wholeSeconds }

    /// Adopts a (possibly edited) guide: progress is matched by id, and records the
    /// guide no longer has are kept untouched (see `orphans(in:)`). The checklist
    /// cursor is brought within its part's checklist, which may have shrunk.
    public mutating func adopt(_ guide: Guide) {
        guideID = guide.id
        guideHash = guide.contentHash
        guard let part = guide.part(id: position.partID) else {
            position = Position(partID: guide.parts.first?.id ?? "")
            return
        }
        position.boundChecklistCursor(itemCount: part.checklist.count)
    }
}
