import RekindleCore

extension AppState {
    /// What the next key may show at the cursor before its frame is worked out
    /// (`Frame.Echo`): a printable ASCII character typed into a plain line of the
    /// note that stays on its row (see `NoteEditor.typedInPlace`), where the frame that
    /// follows is sure to hold that cell there, unless a message shows that typing
    /// would take away (which moves the panes).
    var keyEcho: Frame.Echo? {
        guard screen == .step, quitQuestion == nil, pane == .notes, status?.isError != false,
              let (shifting, spaces) = editor.typedInPlace(width: editorBox.width) else { return nil }
        return Frame.Echo(shifting: shifting, spaces: spaces)
    }

    /// The keys whose whole frame is worked out before they are pressed, for the
    /// terminal to show the moment one is read (`Terminal.prepare`), in groups that
    /// draw the same frame: on the checklist, Space and Enter (check or clear the
    /// selected item), Down and `j`, Up and `k`, the keys pressed there most.
    var answeredKeys: [[Key]] {
        guard screen == .step, quitQuestion == nil, pane == .checklist,
              part.checklist.indices.contains(session.position.checklistCursor) else { return [] }
        return [[.character(" "), .enter], [.down, .character("j")], [.up, .character("k")]]
    }
}
