import RekindleCore

/// The run loop: reads events, lets `AppState.apply` decide, performs the effects
/// (saving, the external editor, suspending, switching sessions) and draws.
public final class Coach {
    private let terminal: any Terminal
    private let store: SessionStore
    private var lock: SessionLock
    private var model: Model
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
    /// How long a save waits after the key that asked for it. The key's frame reaches
    /// the terminal first, without the save's encoding, writes and fsyncs competing
    /// for the machine while the terminal reads it (side by side with dialog, 3 x 200
    /// checks: p95 1.26-1.78 ms starting at once, 0.96-1.38 ms starting 8 ms later,
    /// dialog 1.06-1.69 ms).
    /// Keys typed meanwhile join the same save; quitting or a signal starts it at once.
    static let saveDelayMilliseconds = 8

    public init(terminal: any Terminal, store: SessionStore, lock: SessionLock, state: AppState,
                environment: [String: String], seal: (any SessionSeal)? = nil, clock: @escaping () -> Date = Date.init) {
        self.seal = seal
        self.terminal = terminal
        self.store = store
        self.lock = lock
        self.model = Model(state: state)
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
        _ = model.state.apply(.resize(terminal.size), now: clock())
        terminal.draw(model.frame())
        while true {
            // A long paste's list is let go rather than kept for the rest of the session.
            events.removeAll(keepingCapacity: events.capacity <= 64)
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
                let effects = model.state.apply(event, now: clock())
                changed = changed || !effects.isEmpty
                if perform(effects) { return model.state }
            }
            // An idle tick that did nothing leaves the screen as it is: no work while waiting.
            if changed { terminal.draw(model.frame()) }
            // Saving starts after drawing, in the background: a key's answer never
            // waits for encoding or an fsync.
            if let saveDue, MonotonicClock.nanoseconds() >= saveDue { startSave() }
        }
    }

    /// How long to wait for the next event: until a save is due to start, else
    /// briefly while one is under way, else a tick while time alone may change the
    /// state (`AppState.waitsOnTime`), else until something happens (-1). Idle, the
    /// coach then sleeps in the terminal's read instead of waking five times a
    /// second, and a key wakes it straight out of that read (in a poll, waking took
    /// the rest of ncurses' timed wait and then a read).
    private func nextWait() -> Int {
        if saveDue == nil, !saves.isBusy, !model.state.waitsOnTime { return -1 }
        let wait = saves.isBusy ? Self.saveWatchMilliseconds : Self.tickMilliseconds
        guard let saveDue else { return wait }
        let untilDue = (saveDue - MonotonicClock.nanoseconds() + 999_999) / 1_000_000
        // At least 1: a wait of 0 only takes keys already typed.
        return min(wait, max(1, Int(untilDue)))
    }

    /// Tests of the promise that a crash leaves the terminal sane need a real crash:
    /// with REKINDLE_TEST_CRASH_KEY set, that key stops the program as a bug would.
    private func crashIfAskedTo(by event: Event) {
        guard let crashKey, event == .key(.character(crashKey)) else { return }
        fatalError("crash requested by REKINDLE_TEST_CRASH_KEY")
    }

    /// REKINDLE_TEST_CRASH_KEY's key, looked up once rather than at every event.
    private lazy var crashKey: Character? = environment["REKINDLE_TEST_CRASH_KEY"]?.first

    /// The events of one turn of the loop, kept between turns: allocating the list
    /// anew cost a key about 10 µs (the allocator's code and data are cold by then).
    private var events: [Event] = []

    /// When the save asked for by the last events starts (`saveDelayMilliseconds`), in
    /// `MonotonicClock` nanoseconds.
    private var saveDue: Int64?
    private let saves = SaveQueue()

    /// Performs effects in order; returns true when the app should exit. Saves wait
    /// until after drawing, unless what follows needs them done first.
    private func perform(_ effects: [Effect]) -> Bool {
        for effect in effects {
            if effect != .save { finishSaves() }
            switch effect {
            case .save:
                if saveDue == nil { saveDue = MonotonicClock.nanoseconds() + Int64(Self.saveDelayMilliseconds) * 1_000_000 }
            case .quit:
                if model.state.mayQuit { return true }
            case .suspend:
                terminal.suspend()
            case .openEditor:
                let result = terminal.withTerminalReleased { ExternalEditor.edit(model.state.editor.text, environment: environment) }
                _ = perform(model.state.apply(.editorFinished(result.text, message: result.problem), now: clock()))
            case .listSessions:
                _ = model.state.apply(.sessions(summaries()), now: clock())
            case .switchSession(let name):
                switchSession(to: name)
            }
        }
        return false
    }

    private func startSave() {
        saveDue = nil
        saves.save(model.state.saveRequest(), to: store, seal: seal)
    }

    /// Starts the save asked for, if any, and waits until everything is on disk (or failed).
    private func finishSaves() {
        if saveDue != nil { startSave() }
        saves.wait()
        _ = applySaveOutcomes()
    }

    /// Tells the state how the finished saves went; true if there was news. While a
    /// later save is still queued, only a failure is news: a success says nothing yet
    /// about the changes that save carries.
    private func applySaveOutcomes() -> Bool {
        let (outcomes, stillQueued) = saves.collect()
        for case .success(let note) in outcomes { _ = model.state.apply(.noteSaved(note), now: clock()) }
        let failure = outcomes.last { if case .failure = $0 { true } else { false } }
        guard let news = stillQueued ? failure : outcomes.last else { return false }
        switch news {
        case .success:
            _ = model.state.apply(.saved, now: clock())
        case .failure(let error):
            // The reason first ("No space left on device"): it must fit on one status line.
            let reason = if case let .io(_, _, reason) = error { reason } else { "\(error)" }
            _ = model.state.apply(.saveFailed(reason), now: clock())
        }
        return true
    }

    private func summaries() -> [SessionSummary] {
        var names = (try? store.names()) ?? []
        if !names.contains(model.state.session.name) { names = (names + [model.state.session.name]).sorted() }
        return names.map { name in
            if store.isSealed(name) { return SessionSummary(name: name, detail: "encrypted") }
            if name == model.state.session.name && !store.exists(name) {
                return SessionSummary(name: name, detail: "new; saved once you check or write something")
            }
            do {
                let session = try store.existing(name)
                let progress = Progress(session: session, guide: model.state.guide)
                return SessionSummary(name: name, detail: "\(progress.checkedItems)/\(progress.totalItems) actions, last used \(DateText.minute(session.lastUsedAt))")
            } catch {
                return SessionSummary(name: name, detail: "cannot be read; left untouched")
            }
        }
    }

    private func switchSession(to name: String) {
        guard !model.state.hasUnsavedChanges else {
            _ = model.state.apply(.sessionFailed("Cannot switch sessions until this one is saved."), now: clock())
            return
        }
        guard !store.isSealed(name) else {
            _ = model.state.apply(.sessionFailed("Session '\(name)' is encrypted: quit and run 'rekindle --session \(name)' to give its passphrase."), now: clock())
            return
        }
        do {
            let newLock = try store.lock(name)
            let existing = try store.load(name)
            var session = existing ?? Session(name: name, guide: model.state.guide, now: clock())
            session.adopt(model.state.guide)
            lock = newLock
            seal = nil
            model.state = AppState(guide: model.state.guide, session: session, size: model.state.size,
                                   isReturning: existing != nil, dataPath: model.state.dataPath)
        } catch {
            _ = model.state.apply(.sessionFailed("\(error)"), now: clock())
        }
    }
}

/// The state and the memo its frames are drawn with, in one value. As two properties
/// of the coach, reading the one while the other was being updated made Swift copy
/// the whole state before every frame: about 40 retains, each on its own object.
private struct Model {
    var state: AppState
    /// What the last frame drew, so the next copies what did not change.
    var renderMemo = RenderMemo()

    mutating func frame() -> Frame {
        AppView.render(state, memo: &renderMemo)
    }
}
