extension TmuxSession {
    /// Runs `command` (the coach) and starts writing in the opening's note; a resumed
    /// session never starts writing, `e` does.
    public static func writingInTheOpening(_ command: String, width: Int = 80, environment: [String: String]) throws -> TmuxSession {
        let tmux = try TmuxSession(width: width, command: command, environment: environment)
        try tmux.waitFor("Welcome")
        try tmux.send("Enter")
        try tmux.waitFor("Opening")
        try tmux.send("e")
        try tmux.waitFor("Esc done")
        return tmux
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
