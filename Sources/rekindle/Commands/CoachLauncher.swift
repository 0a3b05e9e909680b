import RekindleCore
import RekindleCrypto
import RekindleTUI

/// Opens the full-screen coach on a session: used by `rekindle` and `rekindle review --tui`.
enum CoachLauncher {
    static func launch(options: CommonOptions.Values, sessionName: String, screen: AppState.Screen, encrypt: Bool = false) throws {
        let environment = ProcessInfo.processInfo.environment
        try NcursesTerminal.checkAvailable()
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
        Coach(terminal: terminal, store: store, lock: lock, state: state, environment: environment, seal: seal).run()
    }
}
