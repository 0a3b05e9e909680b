import RekindleCore
import RekindleCrypto
import RekindleTUI

/// Opens the full-screen coach on a session: used by `rekindle` and `rekindle review --tui`.
enum CoachLauncher {
    /// `existingOnly`: refuse a session that does not exist yet (a review of nothing
    /// would otherwise start one) rather than open it new. `plain`, or no terminal that
    /// can take the full screen: the coach walks line by line instead (`rekindle walk`).
    static func launch(options: CommonOptions.Values, look: LookOptions.Values, sessionName: String, screen: AppState.Screen,
                       encrypt: Bool = false, existingOnly: Bool = false, plain: Bool = false) throws {
        if let reason = Walk.Reason(askedForPlain: plain) {
            return try Walk.walk(options: options, sessionName: sessionName, encrypt: encrypt, existingOnly: existingOnly, because: reason)
        }
        let (coach, store) = try coach(options: options, look: look, sessionName: sessionName, screen: screen, encrypt: encrypt,
                                       existingOnly: existingOnly)
        let state = coach.run()
        // One line on the normal screen, so the person knows their words are kept, and where.
        let path = store.path(of: state.session.name)
        if !state.isSaved {
            Console.say(L("launch.notSaved", path))
        } else if state.wroteSession {
            let again = state.session.name == "default" ? "rekindle" : "rekindle --session \(ShellWord.quoted(state.session.name))"
            Console.say(L("launch.saved", state.session.name, path, again))
        } else {
            Console.say(L("launch.nothing"))
        }
    }

    /// The coach, ready to run. A function of its own so that the session as loaded
    /// is let go of before the coach runs: the coach keeps its own copy, and a note of
    /// megabytes would otherwise stay in memory twice once the coach changes it.
    private static func coach(options: CommonOptions.Values, look: LookOptions.Values, sessionName: String, screen: AppState.Screen, encrypt: Bool,
                              existingOnly: Bool) throws -> (Coach, SessionStore) {
        let environment = Environment.read()
        // Said before anything else, terminal or not: one line, and nothing made.
        var checkedStore: SessionStore?
        if existingOnly {
            let store = try options.openStore()
            try SessionStore.validate(sessionName)
            guard store.exists(sessionName) else { throw StoreError.notFound(name: sessionName) }
            checkedStore = store
        }
        // Left on the shell's screen, seen again once the coach gives it back.
        if let note = try NcursesTerminal.checkAvailable().note { Console.error("rekindle: " + note) }
        let choice = try options.guideChoice()
        let store = try checkedStore ?? options.openStore()
        let opened = try store.open(sessionName, guide: choice, now: Date()) { name in try Passphrase.seal(of: name, in: store) }
        if existingOnly && !opened.existed { throw StoreError.notFound(name: sessionName) }
        var seal = opened.seal
        if encrypt && seal == nil {
            seal = try Passphrase.choose(for: sessionName)
            // A session on disk is sealed at once, its plaintext replaced; a new one is
            // written (sealed) only once something is checked or written in it.
            if opened.existed { try store.save(opened.session, seal: seal) }
        }
        let terminal = try NcursesTerminal(colorAllowed: (environment["NO_COLOR"] ?? "").isEmpty, theme: look.theme)
        let state = AppState(guide: opened.guide, session: opened.session, size: terminal.size, isReturning: opened.existed,
                             dataPath: store.sessionsPath, screen: screen, isEncrypted: seal != nil, isDiscreet: look.discreet)
        return (Coach(terminal: terminal, store: store, lock: opened.lock, guideChoice: choice, state: state, environment: environment, seal: seal), store)
    }
}
