import RekindleCore

extension AppState {
    /// What the next key may show at the cursor before its frame is worked out
    /// (`Frame.Echo`), where the frame that follows is sure to hold that cell there:
    /// - a printable ASCII character typed into a plain line of the note that stays
    ///   on its row (see `NoteEditor.typedInPlace`), unless a message shows that
    ///   typing would take away (which moves the panes);
    /// - Space or Enter on the checklist: the selected item's box, checked or cleared.
    var keyEcho: Frame.Echo? {
        guard screen == .step, quitQuestion == nil else { return nil }
        switch pane {
        case .notes:
            guard status?.isError != false, let (shifting, spaces) = editor.typedInPlace(width: editorBox.width) else { return nil }
            return .typing(shifting: shifting, spaces: spaces)
        case .checklist:
            let cursor = session.position.checklistCursor
            guard part.checklist.indices.contains(cursor) else { return nil }
            return .check(mark: UInt8(ascii: session.isChecked(part.checklist[cursor].id) ? " " : "x"), style: .selected)
        case .guidance, .sidebar:
            return nil
        }
    }
}
