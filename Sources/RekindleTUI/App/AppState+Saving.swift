import RekindleCore

extension AppState {
    /// How long after the last keystroke a note is saved (well within the promised second).
    static let noteSaveDelay: Double = 0.5
    /// How often a failed save is tried again.
    static let retryDelay: Double = 2

    /// Copies the note and the position into the session and asks for a save.
    public mutating func prepareSave(now: Date) -> [Effect] {
        let text = editor.text
        if text != session.noteText(for: part.id) { session.setNote(text, for: part, at: now) }
        session.position.noteCursor = editor.cursorOffset
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
}
