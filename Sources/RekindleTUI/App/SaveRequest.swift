import RekindleCore

/// A save as handed to the save thread: the session as it is, and the note being
/// edited as the editor holds it. Joining a long note's lines and counting the
/// characters before its cursor take milliseconds for a 1 MB note, so the save
/// thread folds the note in, not the keystroke that happened to start the save.
public struct SaveRequest: Sendable {
    public var session: Session
    var part: Part
    var editor: NoteEditor
    var editedAt: Date
    var generation: Int

    /// The session to write (the note folded in), and the note as written, for the state.
    public func resolved() -> (session: Session, note: NoteSync) {
        var session = session
        let text = editor.text
        if text != session.noteText(for: part.id) { session.setNote(text, for: part, at: editedAt) }
        session.position.noteCursor = editor.cursorOffset
        return (session, NoteSync(partID: part.id, note: session.notes[part.id], cursor: session.position.noteCursor,
                                  generation: generation))
    }
}

/// A note as a save wrote it. The state takes it in unless its own copy of the notes
/// changed after the request was made (`generation`), which would make this one older.
public struct NoteSync: Equatable, Sendable {
    var partID: String
    var note: Note?
    var cursor: Int
    var generation: Int
}
