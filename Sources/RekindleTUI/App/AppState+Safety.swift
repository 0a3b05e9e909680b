import RekindleCore

/// The "Need help now" screen, one key away from everywhere, and the short safety
/// check at the opening of a new session.
extension AppState {
    /// The help the guide carries, else the built-in guide's: help is never missing.
    var helpResources: HelpResources? { guide.help ?? Guide.builtIn(for: Catalog.language).help }

    /// Whether keys are text here (a note, a search, a session's name): `!` is typed
    /// there, and only F9 opens the help.
    var takesText: Bool {
        (screen == .step && pane == .notes && isWriting) || (screen == .search && search.results == nil)
            || (screen == .picker && picker.naming != nil) || (screen == .welcome && offersCheckIn && checkIn.stage == .word)
            || (screen == .drafts && draftsTakeText)
    }

    /// Opens the help screen; leaving it returns exactly here, writing and all.
    mutating func openHelpNow() {
        guard screen != .helpNow else { return }
        helpNowReturn = screen
        helpNowScroll = ListCursor()
        screen = .helpNow
    }

    mutating func handleHelpNowKey(_ key: Key, now: Date) -> [Effect] {
        let page = max(1, size.height - 5)
        if helpNowScroll.move(key, last: HelpNowView.lines(self, width: size.width).count - page, page: page) { return [] }
        switch key {
        case KeyMap.changeAnswers where helpNowReturn != .screening:
            startScreening()
        case KeyMap.quit: return requestQuit(now: now)
        default: screen = helpNowReturn
        }
        return []
    }

    // MARK: - The safety check

    /// The check from its first question; each answer replaces an earlier one.
    mutating func startScreening() {
        stopWriting()
        screeningQuestion = 0
        helpNowScroll = ListCursor()
        screen = .screening
    }

    /// y, n or s answers the question shown; Esc passes over the rest. Any yes ends on
    /// a page that says why this guide is not the right tool now, with the help.
    mutating func handleScreeningKey(_ key: Key, now: Date) -> [Effect] {
        let questions = Screening.Question.allCases
        guard questions.indices.contains(screeningQuestion) else {
            let page = max(1, size.height - 5)
            if helpNowScroll.move(key, last: ScreeningView.outcome(self, width: size.width).count - page, page: page) { return [] }
            switch key {
            case KeyMap.changeAnswers: startScreening()
            case KeyMap.begin: screen = .step
            case KeyMap.quit: return requestQuit(now: now)
            default: break
            }
            return []
        }
        let choice: ScreeningAnswer.Choice
        switch key {
        case let key where key.isYes: choice = .yes
        case .character("n"), .character("N"): choice = .no
        case .character("s"), .character("S"): choice = .skipped
        case KeyMap.back:
            for question in questions[screeningQuestion...] where session.screening?[question] == nil {
                session.answer(question, .skipped, at: now)
            }
            screeningQuestion = questions.count
            return finishScreening(now: now)
        default: return []
        }
        session.answer(questions[screeningQuestion], choice, at: now)
        screeningQuestion += 1
        return screeningQuestion == questions.count ? finishScreening(now: now) : []
    }

    private mutating func finishScreening(now: Date) -> [Effect] {
        if !session.needsSafetyFirst { screen = .step }
        // The page after a yes opens at its top, whatever the help screen was scrolled to.
        helpNowScroll = ListCursor()
        changed(now: now)
        return prepareSave(now: now)
    }
}
