import RekindleCore

extension AppState {
    /// Keys while the notes pane has focus: typing goes into the note. Returns nil
    /// for keys the editor leaves to the step screen (Tab, F1, Ctrl-E...).
    mutating func handleEditorKey(_ key: Key, now: Date) -> [Effect]? {
        switch key {
        case .character(let character):
            edit(.typed, now: now) { $0.insert(String(character)) }
        case .enter:
            edit(.typed, now: now) { $0.insert("\n") }
            // A new line ends a burst of typing: the next line is its own step of undo.
            closeNoteChange()
        case .backspace:
            edit(.typed, now: now) { $0.deleteBackward() }
        case .delete:
            edit(.typed, now: now) { $0.deleteForward() }
        case .left, .right, .up, .down, .home, .end, .control("a"), .pageUp, .pageDown:
            // Moving the cursor elsewhere ends a burst of typing.
            closeNoteChange()
            moveCursor(key)
        case KeyMap.save:
            closeNoteChange()
            let effects = prepareSave(now: now)
            // Asked for, so answered: "Saved at 23:41." once it is on disk.
            announcesSave = !effects.isEmpty
            if effects.isEmpty { status = Status(text: L("save.nothingYet"), isError: false) }
            return effects
        case KeyMap.stopWriting:
            // Back to the page, on the notes as they now read.
            stopWriting()
            return prepareSave(now: now)
        default:
            return nil
        }
        keepEditorCursorVisible()
        changed(now: now)
        return []
    }

    private mutating func moveCursor(_ key: Key) {
        switch key {
        case .left: editor.moveLeft()
        case .right: editor.moveRight()
        case .up: editor.moveVertically(by: -1, width: editorBox.width)
        case .down: editor.moveVertically(by: 1, width: editorBox.width)
        case .home, .control("a"): editor.moveToLineStart()
        case .end: editor.moveToLineEnd()
        case .pageUp, .pageDown:
            let box = editorBox
            editor.moveVertically(by: (key == .pageUp ? -1 : 1) * max(1, box.height - 1), width: box.width)
        default: break
        }
    }

    /// Text that came as a whole, while writing: inserted as it is (Tabs and new
    /// lines are text), as one step of undo.
    mutating func insertPasted(_ text: String, now: Date) -> [Effect] {
        closeNoteChange()
        edit(.pasted, now: now) { $0.insert(text) }
        closeNoteChange()
        keepEditorCursorVisible()
        return []
    }

    /// Starts writing in the current part's note: in `entry` when the person chose
    /// one, else in the entry of `now`'s day (a new day begins a new entry; the
    /// earlier ones stay on the page, read-only).
    mutating func startWriting(now: Date, entry: Int? = nil) {
        setPane(.notes)
        let target = entry ?? session.entryForWriting(in: part.id, now: now, zone: zone)
        if target != writingEntry {
            closeNoteChange()
            syncNote(now: now)
            openNote(cursorOffset: nil, now: now, entry: target)
        }
        isWriting = true
        keepEditorCursorVisible()
    }

    /// Ends writing; the burst of typing under way becomes a step of undo.
    mutating func stopWriting() {
        closeNoteChange()
        isWriting = false
    }

    /// Applies an edit, as part of the change under way or a new one.
    private mutating func edit(_ how: NoteChangeKind, now: Date, _ change: (inout NoteEditor) -> Void) {
        beginNoteChange(how, now: now)
        change(&editor)
        noteEdited = true
        noteChanged(now: now)
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
