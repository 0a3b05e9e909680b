import RekindleCore

extension AppState {
    /// How long after the last keystroke a note is saved (well within the promised second).
    static let noteSaveDelay: Double = 0.5
    /// How often a failed save is tried again.
    static let retryDelay: Double = 2

    /// Asks for a save of everything, the note being edited included (see `saveRequest`).
    public mutating func prepareSave(now: Date) -> [Effect] {
        session.touch(now)
        pendingSince = nil
        hasUnsavedChanges = true
        lastSaveAttempt = now
        return [.save]
    }

    /// A debounced save once typing pauses, and retries after a failure.
    mutating func tick(now: Date) -> [Effect] {
        if let since = pendingSince, now.timeIntervalSince(since) >= Self.noteSaveDelay {
            return prepareSave(now: now)
        }
        if hasUnsavedChanges, !quitRequested, let last = lastSaveAttempt, now.timeIntervalSince(last) >= Self.retryDelay {
            return prepareSave(now: now)
        }
        return []
    }

    /// Marks a change (a keystroke, a move) to be saved after a short pause.
    mutating func changed(now: Date) {
        if pendingSince == nil { pendingSince = now }
    }

    /// What the save thread needs: the session and the note being edited, folded in there.
    public func saveRequest() -> SaveRequest {
        SaveRequest(session: session, part: part, editor: editor, editedAt: lastSaveAttempt ?? session.lastUsedAt,
                    generation: noteGeneration)
    }

    /// Keeps the session's copy of the notes as a save wrote them, unless the state's
    /// own copy changed since that save was asked for.
    mutating func take(_ sync: NoteSync) {
        guard sync.generation == noteGeneration else { return }
        session.notes[sync.partID] = sync.note
        if sync.partID == session.position.partID { session.position.noteCursor = sync.cursor }
    }

    /// Copies the note being edited into the session now (leaving a part needs it there).
    mutating func syncNote(now: Date) {
        let text = editor.text
        guard text != session.noteText(for: part.id) else { return }
        session.setNote(text, for: part, at: now)
        noteGeneration += 1
    }
}
