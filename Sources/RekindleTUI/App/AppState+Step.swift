import RekindleCore

extension AppState {
    mutating func handleStepKey(_ key: Key, now: Date) -> [Effect] {
        let layout = self.layout
        switch key {
        case KeyMap.nextPane: focus(offset: 1, layout: layout)
        case KeyMap.previousPane: focus(offset: -1, layout: layout)
        case KeyMap.steps: setPane(pane == .sidebar ? paneBeforeList : .sidebar)
        case KeyMap.nextPart:
            guard let next = nextPartIndex else { return open(.end) }
            goToPart(next, now: now)
        case KeyMap.previousPart: goToPart(previousPartIndex, now: now)
        case KeyMap.up: move(by: -1, layout: layout, now: now)
        case KeyMap.down: move(by: 1, layout: layout, now: now)
        case KeyMap.pageUp: move(by: -page(layout), layout: layout, now: now)
        case KeyMap.pageDown: move(by: page(layout), layout: layout, now: now)
        case KeyMap.top: move(by: .min, layout: layout, now: now)
        case KeyMap.bottom: move(by: .max, layout: layout, now: now)
        case KeyMap.check:
            switch pane {
            case .checklist: return checkHighlighted(now: now)
            case .sidebar:
                goToPart(stepsCursor, now: now)
                setPane(.guidance)
            case .guidance: focus(offset: 1, layout: layout)
            case .notes where key == .enter: startWriting(now: now)
            case .notes: status = Status(text: L("notes.howToWrite"), isError: false)
            }
        case KeyMap.write: startWriting(now: now)
        case KeyMap.history: return openJournal(now: now)
        case KeyMap.openDrafts: return openDrafts(now: now)
        case KeyMap.startTimer: return startTimedAction(now: now)
        case KeyMap.notForMe: return toggleNotForMe(now: now)
        case KeyMap.externalEditor:
            guard !isEncrypted else {
                status = Status(text: L("editor.offEncrypted"), isError: true)
                return []
            }
            return prepareSave(now: now) + [.openEditor]
        case KeyMap.undo: return undo(now: now)
        case KeyMap.redo: return redo(now: now)
        case KeyMap.review: return open(.review)
        case KeyMap.search: return open(.search)
        case KeyMap.sessions: return open(.picker)
        case KeyMap.quit: return requestQuit(now: now)
        case KeyMap.back where pane == .sidebar: setPane(paneBeforeList)
        default: break
        }
        changed(now: now)
        return []
    }

    /// Tab and Shift-Tab: through the regions the part has, then the steps list where
    /// it stands beside the page (elsewhere `t` opens it).
    private mutating func focus(offset: Int, layout: StepLayout) {
        let order = Self.focusOrder(part, layout)
        let index = order.firstIndex(of: pane) ?? 0
        setPane(order[(index + offset + order.count) % order.count])
    }

    /// The regions Tab goes through, in order.
    static func focusOrder(_ part: Part, _ layout: StepLayout) -> [Position.Pane] {
        StepLayout.order(for: part) + (layout.sidebar != nil && !layout.isRail ? [.sidebar] : [])
    }

    mutating func setPane(_ newPane: Position.Pane) {
        stopWriting()
        // The list's highlight starts on the part open; it opens only with Enter, and
        // Esc goes back to where the focus was.
        if newPane == .sidebar && pane != .sidebar {
            stepsCursor = partIndex
            paneBeforeList = pane
        }
        session.position.pane = newPane
        keepEditorCursorVisible()
    }

    private func page(_ layout: StepLayout) -> Int {
        switch pane {
        case .guidance, .sidebar: max(1, layout.guidanceRows - 1)
        case .checklist: max(1, layout.checklistWindow - 1)
        // On the page, a page of the note is the rows its preview has.
        case .notes: max(1, (isWriting ? layout.editorBox.height : (layout.body(.notes)?.height ?? 2) - 1) - 1)
        }
    }

    /// Up and down mean: scroll the guidance, move in the checklist, or pick a step.
    mutating func move(by delta: Int, layout: StepLayout, now: Date) {
        switch pane {
        case .guidance:
            session.position.scroll = clamp(adding(session.position.scroll, delta), 0, layout.maxGuidanceScroll)
        case .checklist:
            session.position.checklistCursor = clamp(adding(session.position.checklistCursor, delta), 0, part.checklist.count - 1)
        case .sidebar:
            stepsCursor = clamp(adding(stepsCursor, delta), 0, guide.parts.count - 1)
        case .notes where isWriting:
            editor.moveVertically(by: delta, width: layout.editorBox.width)
            keepEditorCursorVisible()
        case .notes:
            // On the page the note is read, a line at a time.
            notePreviewLine = clamp(adding(notePreviewLine, delta), 0, journalLines.count - 1)
        }
    }

    /// Opens another part of the guide, keeping the focused pane where it makes sense.
    public mutating func goToPart(_ index: Int, now: Date) {
        guard guide.parts.indices.contains(index), index != partIndex else { return }
        closeNoteChange()
        syncNote(now: now)
        let pane = pane
        let target = guide.parts[index]
        session.position = Position(partID: target.id, pane: pane == .checklist && target.checklist.isEmpty ? .guidance : pane)
        searchTarget = nil
        openNote(cursorOffset: nil, now: now)
        keepEditorCursorVisible()
        changed(now: now)
    }

    /// Checks or unchecks an item; saved at once, since a check is a decision.
    mutating func toggleItem(_ index: Int, now: Date) -> [Effect] {
        guard part.checklist.indices.contains(index) else { return [] }
        let item = part.checklist[index]
        let before = marks(of: item.id)
        session.setChecked(!session.isChecked(item.id), item: item, in: part, at: now)
        recordMarks(itemID: item.id, before: before)
        if before.check == nil && part.checklist.allSatisfy({ session.isChecked($0.id) || session.isNotForMe($0.id) }) {
            let next = partIndex + 1 < guide.parts.count ? " " + L("step.allDoneNext") : ""
            status = Status(text: L("step.allDone", guide.label(of: part)) + next, isError: false)
        }
        return prepareSave(now: now)
    }

    // MARK: - Mouse

    mutating func handleStepMouse(_ mouse: MouseEvent, now: Date) -> [Effect] {
        let layout = self.layout
        let popupShown = pane == .sidebar && (layout.sidebar == nil || layout.isRail)
        if let list = popupShown ? layout.stepsPopup : layout.sidebar, list.contains(mouse.at) {
            switch mouse.action {
            case .press:
                let highlighted = pane == .sidebar ? stepsCursor : partIndex
                let (first, shown) = SidebarView.window(highlighted: highlighted, rows: list.height - 1, count: guide.parts.count)
                guard mouse.at.y - list.y - 1 < shown else { return [] }
                goToPart(first + mouse.at.y - list.y - 1, now: now)
                if popupShown { setPane(.guidance) }
            case .wheelUp: goToPart(partIndex - 1, now: now)
            case .wheelDown: goToPart(partIndex + 1, now: now)
            }
            return []
        }
        guard let (pane, _) = layout.regions.all.first(where: { $0.value.contains(mouse.at) }) else { return [] }
        switch mouse.action {
        case .wheelUp, .wheelDown:
            let saved = session.position.pane
            session.position.pane = pane
            move(by: mouse.action == .wheelUp ? -3 : 3, layout: layout, now: now)
            if pane != .notes { session.position.pane = saved }
            return []
        case .press:
            if pane == .notes { startWriting(now: now) } else { setPane(pane) }
            guard pane == .checklist, let item = layout.checklistItem(atY: mouse.at.y, cursor: session.position.checklistCursor) else {
                return []
            }
            session.position.checklistCursor = item
            return toggleItem(item, now: now)
        }
    }

    // MARK: - Welcome

    mutating func handleWelcomeKey(_ key: Key, now: Date) -> [Effect] {
        if offersCheckIn, let effects = handleCheckInKey(key, now: now) { return effects }
        switch key {
        case KeyMap.begin where !isReturning && session.screening == nil:
            startScreening()
        case KeyMap.begin:
            screen = .step
            keepEditorCursorVisible()
            return finishCheckIn(now: now)
        case KeyMap.sessions: return open(.picker)
        case KeyMap.review: return open(.review)
        case KeyMap.search: return open(.search)
        case KeyMap.quit, KeyMap.back: return requestQuit(now: now)
        default: break
        }
        return []
    }
}

extension AppState {
    /// The end screen: back to the closing, or on to the review.
    mutating func handleEndKey(_ key: Key, now: Date) -> [Effect] {
        switch key {
        case KeyMap.back, KeyMap.previousPart, .enter: closeOverlay()
        case KeyMap.review: return open(.review)
        case KeyMap.quit: return requestQuit(now: now)
        default: break
        }
        return []
    }
}

func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int {
    max(low, min(high, value))
}

/// `a + b`, held at the largest or smallest Int rather than trapping.
func adding(_ a: Int, _ b: Int) -> Int {
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow ? (b > 0 ? .max : .min) : sum
}
