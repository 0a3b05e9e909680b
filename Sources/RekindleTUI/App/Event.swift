import RekindleCore

/// Everything the app reacts to: what the terminal reports, time passing (so that
/// debounced saving is decided in `apply` like everything else), and the results of
/// effects the run loop performed.
public enum Event: Equatable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    /// Text that came as a whole: a paste the terminal marked as one (`bracketed`),
    /// or several keys of text read at once (a paste from a terminal that does not
    /// mark them, or typing faster than the coach reads). While writing a note it is
    /// inserted as it is, Tabs and new lines included; elsewhere an unmarked one is
    /// the keys it was typed as.
    case paste(String, bracketed: Bool)
    case resize(Size)
    case tick
    /// SIGTERM, SIGHUP or SIGINT: save and leave, restoring the terminal.
    case terminate
    case saved
    case saveFailed(String)
    /// The external editor finished with this text (nil: it failed, see the message).
    case editorFinished(String?, message: String?)
    case sessions([SessionSummary])
    case sessionFailed(String)
    /// A draft was written to this file.
    case draftWritten(path: String)
}

/// A line of the session picker.
public struct SessionSummary: Equatable, Sendable {
    public var name: String
    /// "3/40 actions, last used yesterday 21:04", or why the file cannot be read.
    public var detail: String

    public init(name: String, detail: String) {
        self.name = name
        self.detail = detail
    }
}
