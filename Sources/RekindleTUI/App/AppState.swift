import RekindleCore

/// Everything the coach shows and remembers between key presses. Changed only by
/// `apply(_:now:)`, drawn only by `render`, so behaviour is testable without a terminal.
public struct AppState: Sendable {
    /// The screens; help, review, search and the session picker return to where they came from.
    public enum Screen: Equatable, Sendable {
        case welcome, step, review, help, picker, search
        /// After the closing: what was done, and where it is kept.
        case end
        /// Who to call or text now, from anywhere (`!`, F9).
        case helpNow
        /// The short safety check at the opening of a new session.
        case screening
        /// A step's dated entries and their earlier versions.
        case journal
        /// Messages to them held for a cooling-off day, and urges logged instead.
        case drafts
        /// After a "no" to reconciling: the path the guide takes from here.
        case movingOn
    }

    public let guide: Guide
    public internal(set) var session: Session
    public internal(set) var size: Size
    public internal(set) var screen: Screen = .welcome
    var returnScreen: Screen = .step
    /// The current part's note, as it is being written: a copy of the session's,
    /// put back into the session when it is saved or left (`syncNote`).
    public internal(set) var editor = NoteEditor(text: "")
    /// Whether the note was edited since it was opened or put back into the session.
    var noteEdited = false
    /// Which of the part's dated entries the editor holds (`entries.count`: a new one).
    public internal(set) var writingEntry = 0
    /// The zone whose calendar days entries, timed actions and check-ins count in.
    public let zone: TimeZoneOffset
    /// Whether the session existed before this run (changes the welcome).
    public let isReturning: Bool
    /// When the session was last used before this run: what the welcome back says,
    /// however the run has touched the session since (a check-in is a use).
    let previousVisit: Date
    /// Whether the session's file exists, or a save of it was asked for.
    var isWritten: Bool
    /// Where notes are kept, shown on the welcome screen.
    public let dataPath: String

    /// A one-line message for the person, e.g. a save failure.
    public internal(set) var status: Status?
    /// What `u` can take back and `U` put back.
    var history = History()
    /// Whether keys go into the note. `e`, Enter on the notes or a click there start
    /// writing and Esc ends it; moving the focus onto the notes (Tab) does not, so a
    /// key meant for another pane never lands in the note.
    public internal(set) var isWriting = false
    /// When a change was made that is not yet handed to the store.
    var pendingSince: Date?
    /// The person asked for the save under way (Ctrl-S): its success is told.
    var announcesSave = false
    /// A save was asked for and has not succeeded yet.
    public internal(set) var hasUnsavedChanges = false
    var lastSaveAttempt: Date?
    var quitRequested = false
    /// The person chose to quit although the last changes could not be saved.
    public internal(set) var discardConfirmed = false

    /// The current part wrapped for the step screen, kept from key to key while the
    /// part and the width stay: a typed character works the layout out three times,
    /// and wrapping the part each time was most of its cost (typing budget, PERFORMANCE.md).
    var wrappedPart = WrappedPart.none
    var review = ReviewState()
    var helpScroll = ListCursor()
    /// How far a page of text (welcome, end, the page after a "no") is scrolled.
    var pageScroll = 0
    /// Where the list of keys returns to.
    var helpReturn: Screen = .step
    var picker = PickerState()
    var search = SearchState()
    var journalScreen = JournalState()
    var checkIn = CheckInForm()
    var drafts = DraftsState()
    /// A question about one action asked on the status line (the decision, an early
    /// check, a number of days), answered by the next key.
    var question: ActionQuestion?
    /// Where the help screen returns to, and how far it is scrolled.
    var helpNowReturn: Screen = .step
    var helpNowScroll = ListCursor()
    /// The part highlighted in the list of steps while it has focus (Enter opens it),
    /// and the region Esc goes back to.
    var stepsCursor = 0
    var paneBeforeList = Position.Pane.guidance
    /// The first line of the note that the page previews (↑↓ on the notes read on).
    var notePreviewLine = 0
    /// The safety check's question on show; past the last, the page that says why help comes first.
    var screeningQuestion = 0
    /// The search match last chosen, while its part stays open: for the step page to
    /// scroll to and highlight. Cleared when another part opens.
    public internal(set) var searchTarget: SearchTarget?
    /// The time of the last event: what the review's "today" and "yesterday" count from.
    public internal(set) var lastEventAt: Date

    public struct Status: Equatable, Sendable {
        public var text: String
        public var isError: Bool
    }

    /// An encrypted session's note never goes to an external editor's file.
    public let isEncrypted: Bool
    /// The full list of steps' width (`StepLayout.sidebarWidth`), and the widest place
    /// the header names ("Step 10 of 10", "Opening"): the same for the whole run.
    let listWidth: Int
    let placeWidth: Int
    /// "Rekindle" instead of the guide's title on screen and in the window's title,
    /// for a person who uses the coach where others can see it.
    public let isDiscreet: Bool

    public init(guide: Guide, session: Session, size: Size, isReturning: Bool, dataPath: String, screen: Screen = .welcome,
                isEncrypted: Bool = false, isDiscreet: Bool = false, zone: TimeZoneOffset = .local) {
        self.guide = guide
        var session = session
        if let part = guide.part(id: session.position.partID) {
            // A file may hold any numbers: positions are brought into range, so that
            // no arithmetic on them can overflow.
            session.position.checklistCursor = clamp(session.position.checklistCursor, 0, max(0, part.checklist.count - 1))
            session.position.scroll = clamp(session.position.scroll, 0, Self.farthestScroll)
            session.position.noteCursor = max(0, session.position.noteCursor)
        } else {
            session.position = Position(partID: guide.parts.first?.id ?? "")
        }
        self.session = session
        self.size = size
        self.isReturning = isReturning
        previousVisit = session.lastUsedAt
        isWritten = isReturning
        self.dataPath = dataPath
        self.screen = screen
        self.isEncrypted = isEncrypted
        self.isDiscreet = isDiscreet
        self.zone = zone
        listWidth = StepLayout.sidebarWidth(for: guide)
        // The last step has the widest number.
        let places = guide.parts.filter { $0.kind != .step } + guide.steps.suffix(1)
        placeWidth = places.map { guide.place(of: $0).cellWidth }.max() ?? 0
        lastEventAt = session.lastUsedAt
        openNote(cursorOffset: session.position.noteCursor, now: session.lastUsedAt)
        keepEditorCursorVisible()
        stepsCursor = partIndex
    }

    // MARK: - Where we are

    /// The current part's place in the guide.
    public var partIndex: Int {
        guide.parts.firstIndex { $0.id == session.position.partID } ?? 0
    }

    public var part: Part { guide.parts[partIndex] }

    /// What the header and the terminal window are titled.
    var windowTitle: String { isDiscreet ? "Rekindle" : guide.title }
    public var pane: Position.Pane { session.position.pane }

    /// Where everything goes on the step screen at the current size.
    var layout: StepLayout { StepLayout(state: self) }

    /// Far beyond any guidance's length, and far from overflowing when rows are added to it.
    static let farthestScroll = 1 << 32

    /// Whether the screen is below the smallest the coach draws in (`StepLayout.minimum`):
    /// then only quitting and help work, since nothing else could be seen.
    public var isTooSmall: Bool {
        size.width < StepLayout.minimum.width || size.height < StepLayout.minimum.height
    }

    /// Whether the app may exit now without losing anything the person asked to keep.
    public var mayQuit: Bool { !hasUnsavedChanges || discardConfirmed }

    /// Whether everything asked to be saved is on disk (said after quitting).
    public var isSaved: Bool { !hasUnsavedChanges }
    /// Whether the session has a file: it existed, or something was checked or written.
    public var wroteSession: Bool { isWritten }
}
