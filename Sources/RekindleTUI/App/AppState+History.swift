import RekindleCore

/// One change that `u` takes back and `U` puts back.
enum Change: Sendable {
    case marks(itemID: String, partID: String, before: ItemMarks, after: ItemMarks)
    /// A burst of typing, a paste or the external editor's result in a note: the
    /// editor before and after it, and when it began.
    case note(partID: String, entry: Int, before: NoteEditor, after: NoteEditor, how: NoteChangeKind, at: Date)
}

/// What an action carries: its check and its "not for me" (which replace each other),
/// its timer, and the decision when it is the decision's action.
struct ItemMarks: Equatable, Sendable {
    var check: CheckRecord?
    var notForMe: CheckRecord?
    var timer: TimedStart?
    var decision: Decision?
}

/// How a note was changed, for the words that undo and redo say.
enum NoteChangeKind: Sendable {
    case typed, pasted, edited
}

/// A burst of typing still going on: it becomes one `Change` when it ends.
struct OpenNoteChange: Sendable {
    var partID: String
    var entry: Int
    var before: NoteEditor
    var how: NoteChangeKind
    var startedAt: Date
    var lastEditAt: Date
}

/// The changes that can be taken back, and those taken back that can be put back.
struct History: Sendable {
    var done: [Change] = []
    var undone: [Change] = []
    var open: OpenNoteChange?

    /// A pause in typing this long ends a burst: the next keys are a new change.
    static let burstPause: Double = 1

    /// Drops the typing remembered in one entry (its text was replaced as a whole).
    mutating func forgetNoteChanges(partID: String, entry: Int) {
        let isThat = { (change: Change) -> Bool in
            if case .note(let changedPart, let changedEntry, _, _, _, _) = change { return changedPart == partID && changedEntry == entry }
            return false
        }
        done.removeAll(where: isThat)
        undone.removeAll(where: isThat)
        open = nil
    }
}

extension AppState {
    // MARK: - Recording

    /// An action's marks as they are now.
    func marks(of itemID: String) -> ItemMarks {
        ItemMarks(check: session.checks[itemID], notForMe: session.notForMe[itemID], timer: session.timers[itemID],
                  decision: session.decision?.itemID == itemID ? session.decision : nil)
    }

    /// Records a change of an action's marks (checked, unchecked, not for me); a new
    /// change means nothing taken back can be put back.
    mutating func recordMarks(itemID: String, before: ItemMarks) {
        closeNoteChange()
        history.done.append(.marks(itemID: itemID, partID: part.id, before: before, after: marks(of: itemID)))
        history.undone.removeAll()
    }

    /// Called before an edit of the note: starts a change, or goes on with the one
    /// under way unless it is of another kind or typing paused.
    mutating func beginNoteChange(_ how: NoteChangeKind, now: Date) {
        if let open = history.open, open.how != how || open.partID != part.id || open.entry != writingEntry
            || now.timeIntervalSince(open.lastEditAt) >= History.burstPause {
            closeNoteChange()
        }
        if history.open == nil {
            history.open = OpenNoteChange(partID: part.id, entry: writingEntry, before: editor, how: how, startedAt: now, lastEditAt: now)
        }
        history.open?.lastEditAt = now
    }

    /// Ends the burst under way (a new line, a cursor move, leaving the editor, a
    /// pause): what it changed becomes one step of undo.
    mutating func closeNoteChange() {
        guard let open = history.open else { return }
        history.open = nil
        guard open.partID == part.id, open.entry == writingEntry, open.before.text != editor.text else { return }
        history.done.append(.note(partID: open.partID, entry: open.entry, before: open.before, after: editor, how: open.how, at: open.startedAt))
        history.undone.removeAll()
    }

    // MARK: - Undo and redo

    /// Takes back the last change, going to its part first, and says what it took back.
    mutating func undo(now: Date) -> [Effect] { step(undoing: true, now: now) }

    /// Puts back the last change taken back.
    mutating func redo(now: Date) -> [Effect] { step(undoing: false, now: now) }

    /// Moves the last change from one list to the other, restoring it.
    private mutating func step(undoing: Bool, now: Date) -> [Effect] {
        closeNoteChange()
        guard let change = undoing ? history.done.popLast() : history.undone.popLast() else {
            status = Status(text: undoing ? L("undo.nothing") : L("redo.nothing"), isError: false)
            return []
        }
        if undoing { history.undone.append(change) } else { history.done.append(change) }
        status = Status(text: restore(change, undoing: undoing, now: now), isError: false)
        return prepareSave(now: now)
    }

    /// Puts the session as it was before (`undoing`) or after a change; returns the
    /// sentence that says so.
    private mutating func restore(_ change: Change, undoing: Bool, now: Date) -> String {
        switch change {
        case let .marks(itemID, partID, before, after):
            goToPart(guide.parts.firstIndex { $0.id == partID } ?? partIndex, now: now)
            let marks = undoing ? before : after
            session.checks[itemID] = marks.check
            session.notForMe[itemID] = marks.notForMe
            session.timers[itemID] = marks.timer
            if marks.decision != nil || session.decision?.itemID == itemID { session.decision = marks.decision }
            let record = before.check ?? before.notForMe ?? after.check ?? after.notForMe
            let text = guide.item(id: itemID)?.item.text ?? record?.text ?? itemID
            let what = before.decision != after.decision ? L("undo.what.answer")
                : before.timer != after.timer ? (after.timer != nil ? L("undo.what.starting") : L("undo.what.stopping"))
                : after.check != nil ? L("undo.what.check") : after.notForMe != nil ? L("undo.what.notForMe") : L("undo.what.clearing")
            return L("undo.marks", undoing ? L("undo.tookBack") : L("undo.putBack"), what, text)
        case let .note(partID, entry, before, after, how, at):
            goToPart(guide.parts.firstIndex { $0.id == partID } ?? partIndex, now: now)
            if entry != writingEntry {
                syncNote(now: now)
                writingEntry = entry
            }
            editor = undoing ? before : after
            noteEdited = true
            keepEditorCursorVisible()
            return Self.describe(from: before.text, to: after.text, how: how, at: at, undoing: undoing)
        }
    }

    /// "Took back 12 words typed at 23:41", from what the change added or removed.
    static func describe(from before: String, to after: String, how: NoteChangeKind, at: Date, undoing: Bool) -> String {
        let (added, removed) = difference(before, after)
        let verb = undoing ? L("undo.tookBack") : L("undo.putBack")
        let time = DateText.time(at)
        switch how {
        case .edited: return L("undo.edited", verb, time)
        case .pasted: return L("undo.pasted", verb, amount(added), time)
        case .typed:
            if added.isEmpty { return L("undo.deleted", verb, amount(removed), time) }
            return L("undo.typed", verb, amount(added), time)
        }
    }

    /// "12 words", "a new line", or "3 characters" for text without a word in it (and
    /// "1 character" for one, an emoji as much as a letter).
    private static func amount(_ text: Substring) -> String {
        if !text.isEmpty && text.allSatisfy({ $0 == "\n" }) { return text.count == 1 ? L("amount.newLine") : L("amount.newLines", text.count) }
        let words = text.split(whereSeparator: \.isWhitespace).count
        if words > 0 && text.count > 1 { return words == 1 ? L("amount.word") : L("amount.words", words) }
        return text.count == 1 ? L("amount.character") : L("amount.characters", text.count)
    }

    /// What `after` has in place of `before`'s middle: the text added and the text
    /// removed between their common start and end.
    private static func difference(_ before: String, _ after: String) -> (added: Substring, removed: Substring) {
        var start = (before.startIndex, after.startIndex)
        while start.0 < before.endIndex, start.1 < after.endIndex, before[start.0] == after[start.1] {
            start = (before.index(after: start.0), after.index(after: start.1))
        }
        var end = (before.endIndex, after.endIndex)
        while end.0 > start.0, end.1 > start.1 {
            let previous = (before.index(before: end.0), after.index(before: end.1))
            guard before[previous.0] == after[previous.1] else { break }
            end = previous
        }
        return (after[start.1..<end.1], before[start.0..<end.0])
    }
}
