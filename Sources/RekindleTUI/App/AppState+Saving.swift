import RekindleCore

extension AppState {
    /// How long after the last keystroke a note is saved (well within the promised second).
    static let noteSaveDelay: Double = 0.5
    /// How often a failed save is tried again.
    static let retryDelay: Double = 2

    /// Asks for a save of everything, the note being written included: the session
    /// as it is now goes to the save queue as a value.
    public mutating func prepareSave(now: Date) -> [Effect] {
        syncNote(now: now)
        syncDraft(now: now)
        // A check-in answered half-way is kept when the coach saves (on quitting too).
        if checkIn.stage == .urge || checkIn.stage == .word { recordCheckIn(now: now) }
        pendingSince = nil
        // A new session is written once something is checked or written in it, as the
        // sessions list tells the person; until then there is nothing of theirs to keep.
        guard isWritten || !session.checks.isEmpty || !session.notes.isEmpty || session.screening?.hasAnswers == true else { return [] }
        isWritten = true
        session.touch(now)
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

    /// Opens the current part's note in the editor, which edits a copy of one entry:
    /// `entry`, or the one writing opens on `now` (that day's, else a new one). The
    /// cursor goes to `cursorOffset`, or to the end.
    mutating func openNote(cursorOffset: Int?, now: Date, entry: Int? = nil) {
        writingEntry = entry ?? session.entryForWriting(in: part.id, now: now, zone: zone)
        let entries = session.entries(for: part.id)
        let text = entries.indices.contains(writingEntry) ? entries[writingEntry].text : ""
        editor = NoteEditor(text: text, cursorOffset: cursorOffset ?? text.count)
        noteEdited = false
        notePreviewLine = 0
    }

    /// Puts the note being written back into the session, with the cursor's place.
    /// Its time moves on only when its text did (not for an undo back to it).
    mutating func syncNote(now: Date) {
        if noteEdited {
            let text = editor.text
            let entries = session.entries(for: part.id)
            let saved = entries.indices.contains(writingEntry) ? entries[writingEntry].text : ""
            if !Self.sameBytes(text, saved) { session.setEntry(text, at: writingEntry, for: part, at: now) }
            // An emptied entry may have gone: the editor's place follows what is there.
            writingEntry = min(writingEntry, session.entries(for: part.id).count)
            noteEdited = false
        }
        session.position.noteCursor = editor.cursorOffset
    }


    /// Whether two texts are the same bytes (not only canonically equal: a note retyped
    /// in another normal form is a change). Compared as buffers: byte by byte through
    /// `utf8`, a 1 MB note's save took 0.7 ms of the main thread, most of a keystroke's
    /// budget into a 1 MB note (PERFORMANCE.md).
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        guard a.utf8.count == b.utf8.count else { return false }
        return a.withUTF8 { first in b.withUTF8 { second in first.elementsEqual(second) } }
    }

    /// Every part's state (`Progress.states`), with the open part's note as the editor holds it.
    func partStates(checkedPerPart: [Int]) -> [Progress.State] {
        Progress.states(of: guide, session: session, checkedPerPart: checkedPerPart) { hasNote(for: $0.id) }
    }

    /// Whether anything is written for the part.
    public func hasNote(for partID: String) -> Bool {
        partID == part.id && noteEdited ? !editor.isEmpty || session.hasNote(for: partID) : session.hasNote(for: partID)
    }
}
