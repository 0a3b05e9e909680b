import RekindleCore

/// Runs a walk: the welcome, then a line read, its answer written, and the session
/// saved whenever it changed (through the same store as the full screen: atomic and
/// durable), until `quit` or the end of input. The session's lock is held throughout.
public struct WalkLoop {
    private var conversation: Conversation
    private let store: SessionStore
    private let lock: SessionLock
    private let seal: (any SessionSeal)?
    /// Whether the session is on disk: a new one is written once something is
    /// checked, set aside, started or written in it, as the full screen does.
    private var isOnDisk: Bool
    /// Whether the latest change could not be saved yet.
    private var isBehind = false

    /// `lock`: the session's, held until the walk ends.
    public init(conversation: Conversation, store: SessionStore, lock: SessionLock, seal: (any SessionSeal)?) {
        self.conversation = conversation
        self.store = store
        self.lock = lock
        self.seal = seal
        isOnDisk = conversation.isReturning
    }

    /// Walks until `quit` or the end of input. `prompt`: written before each line is
    /// read (for a person at a terminal; nothing in a pipe). Returns whether every
    /// change is saved.
    public mutating func run(prompt: String, read: () -> String?, write: (String) -> Void) -> Bool {
        EndingSignals.sayStoppedOnInterrupt()
        say(conversation.opening(now: Date()).lines, with: write)
        while true {
            if !conversation.isWriting { write(prompt) }
            guard let line = read() else { break }
            let now = Date(), before = conversation.session
            let reply = conversation.respond(to: line, now: now)
            say(reply.lines, with: write)
            if conversation.session != before || isBehind { save(now: now, write: write) }
            if reply.quits { break }
        }
        if isBehind { save(now: Date(), write: write) }
        write(farewell + "\n")
        return withExtendedLifetime(lock) { !isBehind }
    }

    /// A reply, and a blank line after it, so each answer stands apart.
    private func say(_ lines: [String], with write: (String) -> Void) {
        guard !lines.isEmpty else { return }
        write(lines.joined(separator: "\n") + "\n\n")
    }

    private mutating func save(now: Date, write: (String) -> Void) {
        guard isOnDisk || conversation.session.holdsWork else { return }
        conversation.session.touch(now)
        do throws(StoreError) {
            try EndingSignals.held { () throws(StoreError) in try store.save(conversation.session, seal: seal) }
            isOnDisk = true
            isBehind = false
        } catch {
            isBehind = true
            write(L("walk.notSaved", VisibleText.line(error.description)) + "\n")
        }
    }

    /// One line at the end: that the session is kept, and where.
    private var farewell: String {
        let name = conversation.session.name, path = store.path(of: name)
        guard !isBehind else { return L("launch.notSaved", path) }
        guard isOnDisk else { return L("launch.nothing") }
        let session = name == "default" ? "" : " --session \(ShellWord.quoted(name))"
        return VisibleText.line(L("walk.saved", name, path, "rekindle walk" + session, "rekindle" + session))
    }
}

extension Session {
    /// Whether the person did anything worth keeping in it.
    var holdsWork: Bool {
        !checks.isEmpty || !notes.isEmpty || !notForMe.isEmpty || !timers.isEmpty || decision != nil || screening?.hasAnswers == true
    }
}
