import RekindleCore

/// A save as handed to the save thread: the session as it is, and the note being
/// edited as the editor holds it. Counting the characters before the cursor takes
/// milliseconds in a 1 MB note, so the save thread does it, not the keystroke that
/// happened to start the save; the note's text is written from the editor's lines
/// as they are, never joined into a second copy.
public struct SaveRequest: Sendable {
    public var session: Session
    var part: Part
    var editor: NoteEditor
    /// Whether the note was edited since it was opened or last saved.
    var noteChanged: Bool
    var editedAt: Date
    var generation: Int

    /// The session to write (the note's entry as it will be on disk), the texts to
    /// write for its notes instead of theirs (the note being edited), and what the
    /// state takes back once it is written.
    public func resolved() -> (session: Session, noteTexts: [String: any NoteText], sync: NoteSync) {
        var session = session
        let record = session.notes[part.id]
        if editor.isEmpty {
            session.notes[part.id] = nil
        } else if noteChanged || record == nil {
            session.notes[part.id] = Note(text: "", editedAt: editedAt, partTitle: part.title)
        }
        if noteChanged { session.touch(editedAt) }
        session.position.noteCursor = editor.cursorOffset
        let sync = NoteSync(partID: part.id, note: session.notes[part.id], cursor: session.position.noteCursor,
                            text: editor.textVersion, generation: generation)
        return (session, session.notes[part.id] == nil ? [:] : [part.id: editor.lines], sync)
    }
}

/// The note being edited as a save wrote it: its entry in the session (when it was
/// saved; the text stays in the editor), the cursor, and which text was written. The
/// state takes it in unless another note was opened after the request was made
/// (`generation`).
public struct NoteSync: Equatable, Sendable {
    var partID: String
    var note: Note?
    var cursor: Int
    var text: NoteEditor.Version
    var generation: Int

    public static func == (a: NoteSync, b: NoteSync) -> Bool {
        a.partID == b.partID && a.note == b.note && a.cursor == b.cursor && a.text === b.text && a.generation == b.generation
    }
}
