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

    /// Whether time passing alone may change the state (`tick`): a note waits for
    /// typing to pause before it is saved, or a save that failed is tried again.
    var waitsOnTime: Bool { pendingSince != nil || hasUnsavedChanges }

    /// Marks a change (a keystroke, a move) to be saved after a short pause.
    mutating func changed(now: Date) {
        if pendingSince == nil { pendingSince = now }
    }

    /// What the save thread needs: the session, and the note being edited with
    /// whether it changed since it was opened or last saved.
    public func saveRequest() -> SaveRequest {
        SaveRequest(session: session, part: part, editor: editor, noteChanged: editor.textVersion !== recordedText,
                    editedAt: lastSaveAttempt ?? session.lastUsedAt, generation: noteGeneration)
    }

    /// Takes in what a save wrote of the note being edited (when it was saved, where
    /// the cursor was), unless another part's note was opened since it was asked for.
    mutating func take(_ sync: NoteSync) {
        guard sync.generation == noteGeneration else { return }
        session.notes[sync.partID] = sync.note
        session.position.noteCursor = sync.cursor
        recordedText = sync.text
    }

    /// Opens the current part's note in the editor (the cursor at `cursorOffset`, or
    /// at the end), taking its text out of the session.
    mutating func openNote(cursorOffset: Int?) {
        let text = session.noteText(for: part.id)
        // Through the index: writing through notes[id]? gives an empty dictionary storage
        // even when there is no note, and the first storage for a key type costs a search
        // of all conformance records before the first screen.
        if let index = session.notes.index(forKey: part.id) { session.notes.values[index].text = "" }
        let offset = cursorOffset ?? text.count
        editor = NoteEditor(text: text, cursorOffset: offset)
        session.position.noteCursor = offset
        recordedText = editor.textVersion
        noteGeneration += 1
    }

    /// Puts the note being edited back into the session (leaving its part needs it
    /// there): into its record if unchanged since it was saved, else as edited now.
    mutating func syncNote(now: Date) {
        let text = editor.text
        guard editor.textVersion === recordedText, session.notes[part.id] != nil else {
            return session.setNote(text, for: part, at: now)
        }
        session.notes[part.id]?.text = text
    }

    /// A part's note, from the editor if it is the one open.
    public func noteText(for partID: String) -> String {
        partID == part.id ? editor.text : session.noteText(for: partID)
    }

    /// A part's first `limit` lines that are not empty (without joining the open note).
    func noteParagraphs(for partID: String, limit: Int) -> [String] {
        guard partID == part.id else {
            return session.noteText(for: partID).split(separator: "\n", omittingEmptySubsequences: true).prefix(limit).map(String.init)
        }
        return Array(editor.lines.lazy.filter { !$0.isEmpty }.prefix(limit))
    }

    /// Whether anything is written for the part (without joining the open note).
    public func hasNote(for partID: String) -> Bool {
        partID == part.id ? !editor.isEmpty : session.hasNote(for: partID)
    }
}
