/// The draft box (`d` on a step with one): the drafts listed, one being written, a
/// draft shown alone to copy out, or an urge being logged.
struct DraftsState: Equatable, Sendable {
    enum Mode: Equatable, Sendable {
        case list
        /// Writing draft `index` (`drafts.count`: a new one).
        case writing(index: Int)
        /// The draft shown alone, for the terminal's own selection to copy.
        case copying(index: Int)
        /// Asking whether to copy out a draft before its cooling-off day has passed.
        case confirmingEarlyCopy(index: Int)
        /// Logging an urge instead of sending: a line of text.
        case loggingUrge(text: String)
    }

    var mode = Mode.list
    var cursor = ListCursor()
    var editor = NoteEditor(text: "")
}
