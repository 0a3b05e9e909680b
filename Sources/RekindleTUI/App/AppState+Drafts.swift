import RekindleCore

extension AppState {
    /// Opens the draft box of a step that has one.
    mutating func openDrafts(now: Date) -> [Effect] {
        guard part.hasDrafts else { return [] }
        drafts = DraftsState()
        drafts.cursor.index = max(0, session.drafts.count - 1)
        return open(.drafts)
    }

    /// Whether keys are typed into a draft or an urge.
    var draftsTakeText: Bool {
        switch drafts.mode {
        case .writing, .loggingUrge: true
        case .list, .copying, .confirmingEarlyCopy: false
        }
    }

    mutating func handleDraftsKey(_ key: Key, now: Date) -> [Effect] {
        switch drafts.mode {
        case .list: return handleDraftListKey(key, now: now)
        case .writing(let index): return handleDraftWritingKey(key, index: index, now: now)
        case .copying(let index):
            drafts.mode = .list
            guard KeyMap.writeDraft ~= key else { return [] }
            guard !isEncrypted else {
                status = Status(text: L("drafts.noFileEncrypted"), isError: true)
                return []
            }
            return [.writeDraft(session.drafts[index].text)]
        case .confirmingEarlyCopy(let index):
            drafts.mode = key.isYes ? .copying(index: index) : .list
            return []
        case .loggingUrge(var text):
            switch key {
            case .character(let character) where text.count < 500: text.append(character)
            case .backspace: _ = text.popLast()
            case .enter:
                session.logUrge(text, at: now)
                drafts.mode = .list
                status = Status(text: L("drafts.urgeLogged"), isError: false)
                return prepareSave(now: now)
            case KeyMap.back:
                drafts.mode = .list
                return []
            default: break
            }
            drafts.mode = .loggingUrge(text: text)
            return []
        }
    }

    private mutating func handleDraftListKey(_ key: Key, now: Date) -> [Effect] {
        let count = session.drafts.count
        if drafts.cursor.move(key, last: count - 1, page: max(1, size.height - 12)) { return [] }
        switch key {
        case KeyMap.newDraft: startDraft(count)
        case KeyMap.editEntry where count > 0: startDraft(drafts.cursor.index)
        case KeyMap.copyDraft where count > 0:
            let index = drafts.cursor.index
            drafts.mode = session.drafts[index].isReady(at: now) ? .copying(index: index) : .confirmingEarlyCopy(index: index)
        case KeyMap.logUrge: drafts.mode = .loggingUrge(text: "")
        case KeyMap.back: closeOverlay()
        case KeyMap.quit: return requestQuit(now: now)
        default: break
        }
        return []
    }

    private mutating func startDraft(_ index: Int) {
        let text = session.drafts.indices.contains(index) ? session.drafts[index].text : ""
        drafts.editor = NoteEditor(text: text, cursorOffset: text.count)
        drafts.mode = .writing(index: index)
    }

    private mutating func handleDraftWritingKey(_ key: Key, index: Int, now: Date) -> [Effect] {
        switch key {
        case .character(let character): drafts.editor.insert(String(character))
        case .enter: drafts.editor.insert("\n")
        case .backspace: drafts.editor.deleteBackward()
        case .delete: drafts.editor.deleteForward()
        case .left: drafts.editor.moveLeft()
        case .right: drafts.editor.moveRight()
        case .up, .down: drafts.editor.moveVertically(by: key == .up ? -1 : 1, width: draftBox.width)
        case .home: drafts.editor.moveToLineStart()
        case .end: drafts.editor.moveToLineEnd()
        case KeyMap.stopWriting:
            let isNew = index >= session.drafts.count
            syncDraft(now: now)
            drafts.mode = .list
            drafts.cursor.index = min(index, max(0, session.drafts.count - 1))
            if isNew && session.drafts.indices.contains(index) {
                status = Status(text: L("drafts.kept", RelativeTime.ahead(session.drafts[index].readyAt, now: now, zone: zone)), isError: false)
            }
            return prepareSave(now: now)
        default: return []
        }
        drafts.editor.keepCursorVisible(width: draftBox.width, height: draftBox.height)
        changed(now: now)
        return []
    }

    /// Puts the draft being written into the session, as a save does with a note: a
    /// draft is kept as it is typed, whatever ends the coach.
    mutating func syncDraft(now: Date) {
        guard case .writing(let index) = drafts.mode else { return }
        session.setDraft(drafts.editor.text, at: index, partID: part.id, at: now)
        drafts.mode = .writing(index: min(index, session.drafts.count))
    }

    /// What the draft box says first when contact is not an option now: they asked for
    /// none, or the person's own no-contact period is running.
    var draftWarning: String? {
        if session.contactIsOff { return L("drafts.noContactAsked") }
        guard let timer = session.runningNoContact(in: guide, at: lastEventAt, zone: zone) else { return nil }
        let ends = RelativeTime.day(timer.lastDay(zone: zone), now: lastEventAt, zone: zone)
        return L("drafts.noContactPeriod", ends)
    }

    /// Where a draft is written on screen.
    var draftBox: Rect { DraftsView.editorBox(size: size) }
}
