import RekindleCore

/// The run loop: reads events, lets `AppState.apply` decide, performs the effects
/// (saving, the external editor, suspending, switching sessions) and draws.
public final class Coach {
    private let terminal: any Terminal
    private let store: SessionStore
    private var lock: SessionLock
    /// The guide a session switched to follows.
    private let guideChoice: GuideChoice
    private var state: AppState
    private let environment: [String: String]
    private let clock: () -> Date
    /// The encryption of the open session, if it has a passphrase.
    private var seal: (any SessionSeal)?

    /// How long the loop waits for a key before letting time pass, while it has to
    /// (debounced saves, retries).
    static let tickMilliseconds = 200
    /// How often the loop looks for the outcome of a save under way. A failure shows
    /// within a few milliseconds, and the next key does not start by taking it in.
    static let saveWatchMilliseconds = 5
    /// `guideChoice`: the guide of a session switched to; by default, the state's guide.
    public init(terminal: any Terminal, store: SessionStore, lock: SessionLock, guideChoice: GuideChoice? = nil, state: AppState,
                environment: [String: String], seal: (any SessionSeal)? = nil, clock: @escaping () -> Date = Date.init) {
        self.guideChoice = guideChoice ?? .given(state.guide)
        self.seal = seal
        self.terminal = terminal
        self.store = store
        self.lock = lock
        self.state = state
        self.environment = environment
        self.clock = clock
    }

    /// Runs until the person quits or a signal ends it; the terminal is restored either way.
    /// Returns the final state (for tests).
    @discardableResult
    public func run() -> AppState {
        defer {
            saves.wait()
            terminal.close()
        }
        // Plaintext an earlier coach's editor was left with when that coach was killed.
        // Listing the temporary folder takes a millisecond or more where it holds
        // thousands of names, so it is done beside the first screen (start budget,
        // PERFORMANCE.md), and finished before this coach exits.
        saves.inBackground { [environment] in ExternalEditor.removeLeftovers(environment: environment) }
        _ = state.apply(.resize(terminal.size), now: clock())
        terminal.draw(AppView.render(state))
        while true {
            var events: [Event] = []
            if let first = terminal.nextEvent(timeoutMilliseconds: nextWait()) {
                events.append(first)
                // Take everything already typed (a paste) before drawing again.
                while events.count < 4096, let more = terminal.nextEvent(timeoutMilliseconds: 0) { events.append(more) }
            }
            events.append(.tick)
            let saveNews = applySaveOutcomes()
            var changed = events.count > 1 || saveNews
            for event in events {
                crashIfAskedTo(by: event)
                let effects = state.apply(event, now: clock())
                changed = changed || !effects.isEmpty
                if perform(effects) { return state }
            }
            // An idle tick that did nothing leaves the screen as it is: no work while waiting.
            if changed { terminal.draw(AppView.render(state)) }
            // Saving starts after drawing, in the background: a key's answer never
            // waits for encoding or an fsync.
            if saveWanted { startSave() }
        }
    }

    /// How long to wait for the next event: briefly while a save is under way, a
    /// tick while time alone may change the state (`AppState.waitsOnTime`), else
    /// until something happens (-1), so an idle coach does no work.
    private func nextWait() -> Int {
        if saves.isBusy { return Self.saveWatchMilliseconds }
        return state.waitsOnTime ? Self.tickMilliseconds : -1
    }

    /// Tests of the promise that a crash leaves the terminal sane need a real crash:
    /// with REKINDLE_TEST_CRASH_KEY set, that key stops the program as a bug would.
    private func crashIfAskedTo(by event: Event) {
        guard let crashKey, event == .key(.character(crashKey)) else { return }
        fatalError("crash requested by REKINDLE_TEST_CRASH_KEY")
    }

    /// REKINDLE_TEST_CRASH_KEY's key, looked up once rather than at every event.
    private lazy var crashKey: Character? = environment["REKINDLE_TEST_CRASH_KEY"]?.first

    /// Whether the last events asked for a save, which starts once they are drawn.
    private var saveWanted = false
    private let saves = SaveQueue()

    /// Performs effects in order; returns true when the app should exit. Saves wait
    /// until after drawing, unless what follows needs them done first.
    private func perform(_ effects: [Effect]) -> Bool {
        for effect in effects {
            if effect != .save { finishSaves() }
            switch effect {
            case .save:
                saveWanted = true
            case .quit:
                if state.mayQuit { return true }
            case .suspend:
                terminal.suspend()
            case .openEditor:
                let result = terminal.withTerminalReleased { ExternalEditor.edit(state.editor.text, environment: environment) }
                _ = perform(state.apply(.editorFinished(result.text, message: result.problem), now: clock()))
            case .listSessions:
                _ = state.apply(.sessions(summaries()), now: clock())
            case .switchSession(let name):
                switchSession(to: name)
            case .writeDraft(let text):
                writeDraft(text)
            case .redraw:
                terminal.forgetScreen()
            }
        }
        return false
    }

    private func startSave() {
        saveWanted = false
        saves.save(state.session, to: store, seal: seal)
    }

    /// Starts the save asked for, if any, and waits until everything is on disk (or failed).
    private func finishSaves() {
        if saveWanted { startSave() }
        saves.wait()
        _ = applySaveOutcomes()
    }

    /// Tells the state how the finished saves went; true if there was news. While a
    /// later save is still queued, only a failure is news: a success says nothing yet
    /// about the changes that save carries.
    private func applySaveOutcomes() -> Bool {
        let (outcomes, stillQueued) = saves.collect()
        let failure = outcomes.last { if case .failure = $0 { true } else { false } }
        guard let news = stillQueued ? failure : outcomes.last else { return false }
        switch news {
        case .success:
            _ = state.apply(.saved, now: clock())
        case .failure(let error):
            // The reason first ("No space left on device"): it must fit on one status line.
            let reason = if case let .io(_, _, reason) = error { reason } else { "\(error)" }
            _ = state.apply(.saveFailed(reason), now: clock())
        }
        return true
    }

    private func summaries() -> [SessionSummary] {
        var names = (try? store.names()) ?? []
        if !names.contains(state.session.name) { names = (names + [state.session.name]).sorted() }
        return names.map { name in
            if store.isSealed(name) { return SessionSummary(name: name, detail: L("sessions.encrypted")) }
            if name == state.session.name && !store.exists(name) {
                return SessionSummary(name: name, detail: L("sessions.new"))
            }
            do {
                let session = try store.existing(name)
                let progress = Progress(session: session, guide: guideChoice.guide(forSessionGuideID: session.guideID))
                return SessionSummary(name: name, detail: L("sessions.detail", progress.checkedItems, progress.totalItems, RelativeTime.text(session.lastUsedAt, now: clock(), zone: .local)))
            } catch {
                return SessionSummary(name: name, detail: L("sessions.unreadable"))
            }
        }
    }

    private func switchSession(to name: String) {
        guard !state.hasUnsavedChanges else {
            _ = state.apply(.sessionFailed(L("sessions.unsaved")), now: clock())
            return
        }
        guard !store.isSealed(name) else {
            _ = state.apply(.sessionFailed(L("sessions.sealed", name)), now: clock())
            return
        }
        do {
            let opened = try store.open(name, guide: guideChoice, now: clock())
            lock = opened.lock
            seal = nil
            state = AppState(guide: opened.guide, session: opened.session, size: state.size, isReturning: opened.existed,
                             dataPath: state.dataPath)
        } catch {
            _ = state.apply(.sessionFailed("\(error)"), now: clock())
        }
    }

    /// Writes a draft copied out to a private file in the sessions folder (0600, atomic):
    /// "NAME-draft-2026-12-07-2140.txt".
    private func writeDraft(_ text: String) {
        let stamp = String(DateText.minute(clock()).filter { $0 != ":" }.map { $0 == " " ? "-" : $0 })
        let path = "\(store.sessionsPath)/\(state.session.name)-draft-\(stamp).txt"
        do {
            try OutputFile.write(Array(text.utf8) + (text.hasSuffix("\n") ? [] : [0x0A]), to: path)
            _ = state.apply(.draftWritten(path: path), now: clock())
        } catch {
            _ = state.apply(.sessionFailed(L("drafts.notWritten", "\(error)")), now: clock())
        }
    }
}
