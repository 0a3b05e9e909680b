extension TmuxSession {
    /// Runs `command` (the coach) and starts writing in the opening's note; a resumed
    /// session never starts writing, `e` does.
    public static func writingInTheOpening(_ command: String, width: Int = 80, environment: [String: String]) throws -> TmuxSession {
        let tmux = try TmuxSession(width: width, command: command, environment: environment)
        try tmux.waitFor("Welcome")
        try tmux.begin()
        try tmux.send("e")
        try tmux.waitFor("Esc done")
        return tmux
    }

    /// On the welcome: Enter, then, for a new session, Esc passes over the safety check;
    /// returns on the step the session was on.
    public func begin() throws {
        try send("Enter")
        let screen = try waitUntil("the welcome to go") { !$0.contains("Welcome") }
        guard screen.contains("Before you begin: ") else { return }
        try send("Escape")
        try waitUntil("the safety check to go") { !$0.contains("Before you begin") }
    }

    /// Answers `rekindle --encrypt`'s two prompts for a new passphrase, then waits for the welcome.
    public func chooseNewPassphrase(_ passphrase: String, for session: String) throws {
        try waitFor("New passphrase for session '\(session)':")
        try type(passphrase)
        try send("Enter")
        try waitFor("The same passphrase again:")
        try type(passphrase)
        try send("Enter")
        try waitFor("Welcome.")
    }
}
