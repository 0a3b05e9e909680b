// MARK: - Changes a person makes

extension Session {
    /// Whether the item with this id is checked.
    public func isChecked(_ itemID: String) -> Bool { checks[itemID] != nil }

    /// Checks or unchecks an item, recording when it was checked. A checked item is no
    /// longer "not for me".
    public mutating func setChecked(_ checked: Bool, item: ChecklistItem, in part: Part, at now: Date) {
        checks[item.id] = checked ? CheckRecord(checkedAt: now, text: item.text, partID: part.id) : nil
        if checked { notForMe[item.id] = nil }
        touch(now)
    }

    /// Clears what was done and written (checks, "not for me", timers, the decision,
    /// notes): of one part, or of the whole session. Check-ins, drafts and logged urges
    /// belong to no part and stay unless the whole session is reset.
    public mutating func reset(partID: String? = nil, in guide: Guide, at now: Date) {
        guard let partID else {
            checks = [:]
            notes = [:]
            notForMe = [:]
            timers = [:]
            decision = nil
            checkIns = []
            drafts = []
            urges = []
            position = Position(partID: guide.parts.first?.id ?? "")
            return touch(now)
        }
        let itemIDs = Set(guide.part(id: partID)?.checklist.map(\.id) ?? [])
        let belongs = { (id: String, record: CheckRecord) in itemIDs.contains(id) || record.partID == partID }
        checks = checks.filter { !belongs($0.key, $0.value) }
        notForMe = notForMe.filter { !belongs($0.key, $0.value) }
        timers = timers.filter { !itemIDs.contains($0.key) }
        if let decision, itemIDs.contains(decision.itemID) { self.decision = nil }
        drafts.removeAll { $0.partID == partID }
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
