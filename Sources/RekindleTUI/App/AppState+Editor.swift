import RekindleCore

extension AppState {
    /// Keys while the notes pane has focus: typing goes into the note. Returns nil
    /// for keys the editor leaves to the step screen (Tab, F1, Ctrl-E...).
    mutating func handleEditorKey(_ key: Key, now: Date) -> [Effect]? {
        switch key {
        case .character(let character):
            edit(now: now) { $0.insert(String(character)) }
        case .enter:
            edit(now: now) { $0.insert("\n") }
        case .backspace:
            edit(now: now) { $0.deleteBackward() }
        case .delete:
            edit(now: now) { $0.deleteForward() }
        case .left: editor.moveLeft()
        case .right: editor.moveRight()
        case .up: editor.moveVertically(by: -1, width: editorBox.width)
        case .down: editor.moveVertically(by: 1, width: editorBox.width)
        case .home, .control("a"): editor.moveToLineStart()
        case .end: editor.moveToLineEnd()
        case .pageUp, .pageDown:
            let box = editorBox
            editor.moveVertically(by: (key == .pageUp ? -1 : 1) * max(1, box.height - 1), width: box.width)
        case .control("s"):
            return prepareSave(now: now)
        case .escape:
            noteUndoOpen = false
            session.position.pane = part.checklist.isEmpty ? .guidance : .checklist
            return prepareSave(now: now)
        default:
            return nil
        }
        keepEditorCursorVisible()
        changed(now: now)
        return []
    }

    /// Applies an edit, opening an undo step at the first edit of a run of typing.
    private mutating func edit(now: Date, _ change: (inout NoteEditor) -> Void) {
        beginNoteChange(now: now)
        change(&editor)
        noteChanged(now: now)
    }

    mutating func beginNoteChange(now: Date) {
        guard !noteUndoOpen else { return }
        // The editor itself, not its text: a copy costs nothing until the next edit.
        undoStack.append(.note(partID: part.id, editor: editor))
        noteUndoOpen = true
    }

    mutating func noteChanged(now: Date) {
        changed(now: now)
        if status?.isError == false { status = nil }
    }

    mutating func keepEditorCursorVisible() {
        let box = editorBox
        editor.keepCursorVisible(width: box.width, height: box.height)
    }

    /// Where the note is edited on screen (a computed property, so that reading it
    /// from a mutating method copies nothing).
    var editorBox: Rect { layout.editorBox }
}
