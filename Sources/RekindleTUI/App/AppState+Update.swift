import RekindleCore

extension AppState {
    /// The one place state changes: returns what the run loop must do.
    public mutating func apply(_ event: Event, now: Date) -> [Effect] {
        defer { wrappedPart = layout.wrapped }
        lastEventAt = now
        switch event {
        case .key(let key):
            return handle(key, now: now)
        case .mouse(let mouse):
            guard !isTooSmall else { return [] }
            return screen == .step ? handleStepMouse(mouse, now: now) : handleOverlayMouse(mouse, now: now)
        case .paste(let text, let bracketed):
            return paste(text, bracketed: bracketed, now: now)
        case .resize(let newSize):
            size = newSize
            keepEditorCursorVisible()
            return []
        case .tick:
            return tick(now: now)
        case .terminate:
            discardConfirmed = true
            return requestQuit(now: now)
        case .saved:
            hasUnsavedChanges = false
            if status?.isError == true {
                status = Status(text: L("save.again"), isError: false)
            } else if announcesSave {
                status = Status(text: L("save.at", DateText.time(now)), isError: false)
            }
            announcesSave = false
            return []
        case .saveFailed(let reason):
            hasUnsavedChanges = true
            status = Status(text: L("save.failed", reason), isError: true)
            return []
        case .editorFinished(let text, let message):
            if let text, text != editor.text {
                closeNoteChange()
                beginNoteChange(.edited, now: now)
                editor = NoteEditor(text: text, cursorOffset: text.count)
                noteEdited = true
                closeNoteChange()
                noteChanged(now: now)
                return prepareSave(now: now)
            }
            if let message { status = Status(text: message, isError: true) }
            return []
        case .sessions(let list):
            picker.sessions = list
            picker.cursor.index = min(picker.cursor.index, max(0, list.count - 1))
            return []
        case .sessionFailed(let message):
            status = Status(text: message, isError: true)
            return []
        case .draftWritten(let path):
            status = Status(text: L("drafts.written", path), isError: false)
            return []
        }
    }

    private mutating func handle(_ key: Key, now: Date) -> [Effect] {
        if quitRequested && hasUnsavedChanges && !discardConfirmed {
            // Help now stays one key away, even here; it takes the question back.
            guard KeyMap.helpNow ~= key || KeyMap.helpNowAnywhere ~= key else { return answerQuitQuestion(key) }
            quitRequested = false
            openHelpNow()
            return []
        }
        // A notice is read once: the next key takes it away (a problem stays until solved).
        if status?.isError == false { status = nil }
        switch key {
        case KeyMap.interrupt: return requestQuit(now: now)
        case KeyMap.suspend: return [.suspend]
        case KeyMap.redraw: return [.redraw]
        default: break
        }
        // Too small a screen takes no text, so ! is help now there even while writing.
        if KeyMap.helpNowAnywhere ~= key || (KeyMap.helpNow ~= key && (!takesText || isTooSmall)) {
            openHelpNow()
            return []
        }
        if isTooSmall && screen != .helpNow { return handleKeyWhileTooSmall(key, now: now) }
        // Every key, from every screen; F1 also where letters are typed.
        if KeyMap.helpAnywhere ~= key || (KeyMap.help ~= key && !takesText && screen != .help) {
            openHelp()
            return []
        }
        if question != nil && screen == .step { return answerQuestion(key, now: now) }
        if !takesText && scrollPage(key) { return [] }
        if screen == .step && pane == .notes && isWriting, let effects = handleEditorKey(key, now: now) { return effects }
        switch screen {
        case .welcome: return handleWelcomeKey(key, now: now)
        case .step: return handleStepKey(key, now: now)
        case .review: return handleReviewKey(key, now: now)
        case .help: return handleHelpKey(key)
        case .picker: return handlePickerKey(key, now: now)
        case .search: return handleSearchKey(key, now: now)
        case .end: return handleEndKey(key, now: now)
        case .helpNow: return handleHelpNowKey(key, now: now)
        case .screening: return handleScreeningKey(key, now: now)
        case .journal: return handleJournalKey(key, now: now)
        case .drafts: return handleDraftsKey(key, now: now)
        case .movingOn: return handleMovingOnKey(key, now: now)
        }
    }

    /// Text that came as a whole (see `Event.paste`): into the note while writing;
    /// elsewhere an unmarked one is the keys it was typed as, and a marked one is
    /// typed into a field that takes text (its first line), or else explained.
    private mutating func paste(_ text: String, bracketed: Bool, now: Date) -> [Effect] {
        guard !isTooSmall else { return [] }
        guard !(quitRequested && hasUnsavedChanges && !discardConfirmed) else { return [] }
        if screen == .step && pane == .notes && isWriting { return insertPasted(text, now: now) }
        if screen == .drafts, case .writing = drafts.mode {
            drafts.editor.insert(text)
            drafts.editor.keepCursorVisible(width: draftBox.width, height: draftBox.height)
            changed(now: now)
            return []
        }
        // A field of one line (a search, a name, the check-in's word, an urge) takes the
        // first line of a paste, marked or not; the rest is never run as keys.
        if takesText {
            let line = text.prefix { $0 != "\n" && $0 != "\t" && $0 != "\r" }
            let effects = line.flatMap { character in handle(.character(character), now: now) }
            if line.count < text.count { status = Status(text: L("paste.firstLine"), isError: false) }
            return effects
        }
        guard bracketed else {
            return text.flatMap { character in handle(Self.key(typing: character), now: now) }
        }
        status = Status(text: L("paste.howTo"), isError: false)
        return []
    }

    /// The key a character of typed text is.
    static func key(typing character: Character) -> Key {
        switch character {
        case "\t": .tab
        case "\n": .enter
        default: .character(character)
        }
    }

    /// While the screen is too small to show anything, only quitting and help work.
    private mutating func handleKeyWhileTooSmall(_ key: Key, now: Date) -> [Effect] {
        switch key {
        case KeyMap.quit: return requestQuit(now: now)
        case KeyMap.help, KeyMap.helpAnywhere: openHelp()
        default: break
        }
        return []
    }

    // MARK: - Quitting

    mutating func requestQuit(now: Date) -> [Effect] {
        quitRequested = true
        return prepareSave(now: now) + [.quit]
    }

    private mutating func answerQuitQuestion(_ key: Key) -> [Effect] {
        switch key {
        case let key where key.isYes:
            discardConfirmed = true
            return [.quit]
        case .character("n"), .character("N"), .escape:
            quitRequested = false
            return []
        default:
            return []
        }
    }

    /// The question shown while quitting is blocked by a failed save.
    public var quitQuestion: String? {
        guard quitRequested && hasUnsavedChanges && !discardConfirmed else { return nil }
        return L("quit.unsaved")
    }

    // MARK: - Opening overlays

    mutating func open(_ overlay: Screen) -> [Effect] {
        if screen != overlay && [.step, .welcome].contains(screen) { returnScreen = screen }
        screen = overlay
        pageScroll = 0
        switch overlay {
        case .review: review = ReviewState(showAll: review.showAll)
        case .picker:
            picker.naming = nil
            return [.listSessions]
        case .search:
            search = SearchState()
        case .welcome, .step, .end, .helpNow, .screening, .journal, .drafts, .movingOn, .help: break
        }
        return []
    }

    /// Opens the list of keys; leaving it returns to the screen it came from.
    mutating func openHelp() {
        guard screen != .help else { return }
        helpReturn = screen
        helpScroll = ListCursor()
        screen = .help
    }

    mutating func closeOverlay() {
        screen = returnScreen
    }
}
