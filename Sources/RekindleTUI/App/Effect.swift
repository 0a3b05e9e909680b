/// Work `apply` asks the run loop to do, since `apply` itself never touches the
/// disk, the terminal or the clock.
public enum Effect: Equatable, Sendable {
    /// Write the session to disk now.
    case save
    /// Hand the current note to $VISUAL/$EDITOR.
    case openEditor
    /// Ctrl-Z: give the terminal back to the shell until `fg`.
    case suspend
    /// Read the list of sessions for the picker.
    case listSessions
    /// Save this session, then open (or start) another.
    case switchSession(String)
    /// Write a draft's text to a private file beside the session's (`w` on a draft
    /// shown to copy out).
    case writeDraft(String)
    /// Ctrl-L: something else wrote on the screen; draw all of it again.
    case redraw
    case quit
}
