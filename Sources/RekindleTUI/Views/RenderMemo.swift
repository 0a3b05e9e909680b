import RekindleCore

/// The last step screen and what its unchanging regions were drawn from. A key that
/// leaves a region's inputs as they were (typing leaves the header, the sidebar and
/// the key bar alone) copies that region's cells instead of drawing it again; the
/// result is the frame a full render gives, which `RenderMemoTests` checks.
public struct RenderMemo {
    /// A step screen, before the status line was laid over it, and what its regions
    /// were drawn from.
    struct Drawn {
        var frame: Frame
        var header: HeaderInputs
        var sidebar: SidebarInputs?
        /// Where the sidebar put the cursor (the current part's row), if it did.
        var sidebarCursor: Point?
        var title: TitleInputs
        var panes: PaneInputs
        var keys: KeysInputs
    }

    /// The last step screen.
    var last: Drawn?
    /// The sidebar's rows in the last step screen, for copying those that stay the same.
    var sidebarRows: [SidebarView.Row] = []
    /// Each part's checked items, and the checks they were counted from.
    private var counted: (checks: [String: CheckRecord], perPart: [Int])?
    /// The minute of the notes heading's last "saved" time, and that time as text.
    private var savedText: (minute: Double, text: String)?

    public init() {}

    /// Each part's checked items (`Progress.checkedPerPart`), counted again only when
    /// the checks changed.
    mutating func checkedPerPart(_ session: Session, _ guide: Guide) -> [Int] {
        if let counted, counted.checks == session.checks, counted.perPart.count == guide.parts.count { return counted.perPart }
        let perPart = Progress.checkedPerPart(session: session, guide: guide)
        counted = (session.checks, perPart)
        return perPart
    }

    /// `DateText.minute(date)`, formatted again only when the minute changes: the
    /// notes heading shows it on every key and each save moves it on, and a time zone
    /// lookup plus `strftime` cost about 5 % of a keystroke. (Time zones differ from
    /// UTC by whole minutes, so one minute of time is one minute on the clock.)
    mutating func minuteText(_ date: Date) -> String {
        let minute = (date.timeIntervalSince1970 / 60).rounded(.down)
        if let savedText, savedText.minute == minute { return savedText.text }
        let text = DateText.minute(date)
        savedText = (minute, text)
        return text
    }

    /// The last step screen if it has `frame`'s size: only then can regions be copied.
    func reusable(for frame: Frame) -> Drawn? {
        guard let last, last.frame.width == frame.width, last.frame.height == frame.height else { return nil }
        return last
    }
}

/// The header of a step: the guide's title, where the person is, and the progress bar.
struct HeaderInputs: Equatable {
    var width: Int
    var partIndex: Int
    var checks: [String: CheckRecord]
}

/// The sidebar: each part's label, marks and counts, and the current one highlighted.
struct SidebarInputs: Equatable {
    var rect: Rect
    var partIndex: Int
    var focused: Bool
    var checks: [String: CheckRecord]
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
        var checks: [String: CheckRecord]

        /// The cells it draws: its rectangle, and the two columns left of it where the
        /// checklist marks the selected item.
        var region: Rect { Rect(x: rect.x - 2, y: rect.y, width: rect.width + 2, height: rect.height) }
    }

    /// What the notes pane shows: its place, its part, whether it has focus, the editor
    /// (by its version, not its text) and when the note was last saved.
    struct Notes: PaneKey {
        var rect: Rect
        var partIndex: Int
        var focused: Bool
        var editor: NoteEditor.Version
        var savedAt: Date?

        var region: Rect { rect }

        static func == (a: Notes, b: Notes) -> Bool {
            a.rect == b.rect && a.partIndex == b.partIndex && a.focused == b.focused && a.editor === b.editor
                && a.savedAt == b.savedAt
        }
    }

    var guidance: (inputs: Pane, cursor: Point?)?
    var checklist: (inputs: Pane, cursor: Point?)?
    var notes: (inputs: Notes, cursor: Point?)?
}

/// What a pane was drawn from, and the cells it covers.
protocol PaneKey: Equatable {
    var region: Rect { get }
}

/// The key bar: the keys of the focused pane, as many as the width holds.
struct KeysInputs: Equatable {
    var width: Int
    var pane: Position.Pane
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
