import RekindleCore
import RekindleCrypto
import RekindleTUI

/// Opens the full-screen coach on a session: used by `rekindle` and `rekindle review --tui`.
enum CoachLauncher {
    static func launch(options: CommonOptions.Values, sessionName: String, screen: AppState.Screen, encrypt: Bool = false) throws {
        try coach(options: options, sessionName: sessionName, screen: screen, encrypt: encrypt).run()
    }

    /// The coach, ready to run. A function of its own so that the session as loaded
    /// is let go of before the coach runs: the coach keeps its own copy, and a note of
    /// megabytes would otherwise stay in memory twice once the coach changes it.
    private static func coach(options: CommonOptions.Values, sessionName: String, screen: AppState.Screen, encrypt: Bool) throws -> Coach {
        let environment = Environment.read()
        try NcursesTerminal.checkAvailable()
        // Plaintext an earlier coach's editor was left with when that coach was killed.
        ExternalEditor.removeLeftovers(environment: environment)
        let guide = try options.loadGuide()
        let store = try options.openStore()
        let lock = try store.lock(sessionName)
        var seal: PassphraseSeal? = try Passphrase.seal(of: sessionName, in: store)
        let existing = try store.load(sessionName, seal: seal)
        var session = existing ?? Session(name: sessionName, guide: guide, now: Date())
        session.adopt(guide)
        if encrypt && seal == nil {
            seal = try Passphrase.choose(for: sessionName)
            try store.save(session, seal: seal)
        }
        let terminal = try NcursesTerminal(colorAllowed: (environment["NO_COLOR"] ?? "").isEmpty)
        let state = AppState(guide: guide, session: session, size: terminal.size, isReturning: existing != nil,
                             dataPath: store.sessionsPath, screen: screen, isEncrypted: seal != nil)
        return Coach(terminal: terminal, store: store, lock: lock, state: state, environment: environment, seal: seal)
    }
}
