import RekindleCore

/// The last step screen and what its regions were drawn from. A key that leaves a
/// region's inputs as they were (typing leaves the header, the sidebar and the key
/// bar alone) keeps that region's cells instead of drawing it again, in place or by
/// copying them (`startFrame`); the result is the frame a full render gives, which
/// `RenderMemoTests` checks.
public struct RenderMemo {
    /// What the regions of a step screen were drawn from, and where they are.
    struct Drawn {
        var regions: StepLayout.Regions
        var header: HeaderInputs
        var sidebar: SidebarInputs?
        /// Where the sidebar put the cursor (the current part's row), if it did.
        var sidebarCursor: Point?
        var title: TitleInputs
        var panes: PaneInputs
        var keys: KeysInputs
    }

    /// What the last step screen was drawn from.
    var last: Drawn?
    /// The last step screen, before the status line was laid over it.
    var lastFrame: Frame?
    /// The sidebar's rows in the last step screen, for copying those that stay the same.
    var sidebarRows: [SidebarView.Row] = []
    /// The note's rows of text in the last step screen, for keeping those that stay the same.
    var noteRows: [Substring] = []
    /// The checklist's heading and rows in the last step screen, for keeping those that stay the same.
    var checklistHeading = ""
    var checklistRows: [ChecklistRow] = []

    /// What a row of the checklist shows: which wrapped row of the part (its text),
    /// and its item's state.
    struct ChecklistRow: Equatable {
        var index: Int
        var checked: Bool
        var selected: Bool
    }
    /// Each part's checked items, and the stamp of the checks they were counted from.
    private var counted: (checks: UInt64, perPart: [Int])?
    /// The minute of the notes heading's last "saved" time, and that time as text.
    private var savedText: (minute: Double, text: String)?

    public init() {}

    /// Each part's checked items (`Progress.checkedPerPart`), counted again only when
    /// the checks changed.
    mutating func checkedPerPart(_ state: AppState) -> [Int] {
        if let counted, counted.checks == state.checksStamp { return counted.perPart }
        let perPart = Progress.checkedPerPart(session: state.session, guide: state.guide)
        counted = (state.checksStamp, perPart)
        return perPart
    }

    /// `DateText.minute(date)`, formatted again only when the minute changes: the
    /// notes heading shows it on every key and each save moves it on, and a time zone
    /// lookup plus `strftime` cost about 5 % of a keystroke. (Today's time zones differ
    /// from UTC by whole minutes, so one minute of time is one minute on the clock.)
    mutating func minuteText(_ date: Date) -> String {
        let minute = (date.timeIntervalSince1970 / 60).rounded(.down)
        if let savedText, savedText.minute == minute { return savedText.text }
        let text = DateText.minute(date)
        savedText = (minute, text)
        return text
    }

    /// The cells a step screen of `regions` starts from, and how the last screen's
    /// reach it. When every region is where it was, the last screen itself: each
    /// region drawn from changed inputs is blanked and drawn again, the others stay,
    /// and nothing is allocated, cleared or copied for them. Otherwise blank cells,
    /// with the last screen (if it has this size) to copy unchanged regions from.
    mutating func startFrame(size: Size, regions: StepLayout.Regions) -> (frame: Frame, reuse: CellReuse) {
        guard let lastFrame, let last, lastFrame.width == size.width, lastFrame.height == size.height else {
            return (Frame(width: size.width, height: size.height), .none)
        }
        // Each drawing in place adds the long graphemes it draws: a frame that has
        // gathered many starts afresh.
        guard last.regions == regions, lastFrame.longGraphemeCount < 256 else {
            return (Frame(width: size.width, height: size.height), .copy(from: lastFrame))
        }
        self.lastFrame = nil
        var frame = lastFrame
        frame.cursor = nil
        frame.showsCursor = false
        return (frame, .inPlace)
    }
}

/// How the last step screen's cells reach the next one (see `RenderMemo.startFrame`).
enum CellReuse {
    /// The frame is the last screen, drawn over region by region.
    case inPlace
    /// The frame starts blank; unchanged regions are copied from the last screen.
    case copy(from: Frame)
    /// The frame starts blank and everything is drawn.
    case none

    /// Whether a region whose inputs are `unchanged` keeps the last screen's cells
    /// (copying them if need be). If not, it is left blank for drawing.
    func keeps(_ region: Rect, unchanged: Bool, in frame: inout Frame) -> Bool {
        switch self {
        case .inPlace:
            if unchanged { return true }
            frame.fill(region)
        case .copy(let last):
            if unchanged { frame.copy(region, from: last) }
            return unchanged
        case .none:
            break
        }
        return false
    }
}

/// The header of a step: the guide's title, where the person is, and the progress bar.
struct HeaderInputs: Equatable {
    var width: Int
    var partIndex: Int
    /// The stamp of the checks (`AppState.checksStamp`).
    var checks: UInt64
}

/// The sidebar: each part's label, marks and counts, and the current one highlighted.
struct SidebarInputs: Equatable {
    var rect: Rect
    var partIndex: Int
    var focused: Bool
    /// The stamp of the checks (`AppState.checksStamp`).
    var checks: UInt64
    var written: WrittenParts
}

/// The title above the panes: the part's label and name.
struct TitleInputs: Equatable {
    var rect: Rect
    var partIndex: Int
}

/// The guidance, checklist and notes panes, each with where it put the cursor.
struct PaneInputs {
    /// What a pane shows: its place, its part, whether it has focus, its scroll or
    /// selected item, and (for the checklist) the checks.
    struct Pane: PaneKey {
        var rect: Rect
        var partIndex: Int
        var focused: Bool
        var position: Int
        /// The stamp of the checks (`AppState.checksStamp`).
        var checks: UInt64

        /// The cells it draws: its rectangle, and the two columns left of it where the
        /// checklist marks the selected item.
        var region: Rect { Rect(x: rect.x - 2, y: rect.y, width: rect.width + 2, height: rect.height) }

        func isSamePane(as other: Pane) -> Bool {
            rect == other.rect && partIndex == other.partIndex && focused == other.focused
        }
    }

    /// What the notes pane shows: its place, its part, whether it has focus, the editor
    /// (by its version, not its text) and when the note was last saved.
    struct Notes: PaneKey {
        var rect: Rect
        var partIndex: Int
        var focused: Bool
        var writing: Bool
        var editor: NoteEditor.Version
        var savedAt: Date?

        var region: Rect { rect }

        static func == (a: Notes, b: Notes) -> Bool {
            a.isSamePane(as: b) && a.editor === b.editor
        }

        /// The heading (with the saved time) and prompts are too.
        func isSamePane(as other: Notes) -> Bool {
            rect == other.rect && partIndex == other.partIndex && focused == other.focused && writing == other.writing
                && savedAt == other.savedAt
        }
    }

    var guidance: (inputs: Pane, cursor: Point?)?
    var checklist: (inputs: Pane, cursor: Point?)?
    var notes: (inputs: Notes, cursor: Point?)?
}

/// What a pane was drawn from, and the cells it covers.
protocol PaneKey: Equatable {
    var region: Rect { get }
    /// Whether `other` is the same pane in the same place, for the same part and
    /// focus: then only what is in it can differ (the selection, checks, the note).
    func isSamePane(as other: Self) -> Bool
}

/// The key bar: the keys of the focused pane, as many as the width holds.
struct KeysInputs: Equatable {
    var width: Int
    var pane: Position.Pane
    var writing: Bool
}

/// Which parts have something written, which is all the sidebar shows of the notes.
/// Compares without comparing the texts, however long they are.
struct WrittenParts: Equatable {
    let notes: [String: Note]
    /// The open part, and whether its note (in the editor, not in `notes`) has text.
    let open: String
    let openHasText: Bool

    init(_ state: borrowing AppState) {
        notes = state.session.notes
        open = state.part.id
        openHasText = !state.editor.isEmpty
    }

    static func == (a: WrittenParts, b: WrittenParts) -> Bool {
        a.open == b.open && a.openHasText == b.openHasText && a.notes.count == b.notes.count
            && a.notes.allSatisfy { id, note in id == a.open || b.notes[id].map { $0.text.isEmpty == note.text.isEmpty } ?? false }
    }
}
