import RekindleCore

extension AppState {
    /// Opens the list of the part's entries, the one being written highlighted.
    mutating func openJournal(now: Date) -> [Effect] {
        closeNoteChange()
        syncNote(now: now)
        stopWriting()
        guard !session.entries(for: part.id).isEmpty else {
            status = Status(text: L("history.none"), isError: false)
            return []
        }
        journalScreen = JournalState()
        journalScreen.entries.index = min(writingEntry, session.entries(for: part.id).count - 1)
        return open(.journal)
    }

    mutating func handleJournalKey(_ key: Key, now: Date) -> [Effect] {
        let entries = session.entries(for: part.id)
        let page = max(1, size.height - 8)
        if let entry = journalScreen.versionsOf {
            let versions = entries[entry].versions
            if journalScreen.versions.move(key, last: versions.count - 1, page: page) { return [] }
            switch key {
            case KeyMap.restore where !versions.isEmpty:
                // Newest first on screen.
                let version = versions.count - 1 - journalScreen.versions.index
                let savedAt = versions[version].savedAt
                session.restore(version: version, ofEntry: entry, for: part, at: now)
                openNote(cursorOffset: nil, now: now, entry: entry)
                // The typing undo remembers in this entry was of the text this replaced:
                // only the history brings that back now. Other changes stay undoable.
                history.forgetNoteChanges(partID: part.id, entry: entry)
                closeOverlay()
                status = Status(text: L("history.restored", RelativeTime.text(savedAt, now: now, zone: zone)), isError: false)
                return prepareSave(now: now)
            case KeyMap.back, KeyMap.previousPart: journalScreen.versionsOf = nil
            case KeyMap.quit: return requestQuit(now: now)
            default: break
            }
            return []
        }
        if journalScreen.entries.move(key, last: entries.count - 1, page: page) { return [] }
        switch key {
        case KeyMap.editEntry:
            closeOverlay()
            startWriting(now: now, entry: journalScreen.entries.index)
        case KeyMap.versions:
            journalScreen.versionsOf = journalScreen.entries.index
            journalScreen.versions = ListCursor()
        case KeyMap.back: closeOverlay()
        case KeyMap.quit: return requestQuit(now: now)
        default: break
        }
        return []
    }
}
