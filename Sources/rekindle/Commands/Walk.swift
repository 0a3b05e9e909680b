import ArgumentParser
import RekindleCore
import RekindleWalk

/// `rekindle walk`: the coach line by line, for a screen reader, a pipe or a script.
/// The coach itself walks instead of taking the full screen when asked (`--plain`) or
/// when there is no terminal that can take it (see `Reason`).
struct Walk: ParsableCommand {
    // The example is an argument: a catalogue's \n is a new line, not the two characters printf takes.
    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: L("cli.walk.abstract"),
                             discussion: L("cli.walk.discussion", "printf 'next\\ncheck 1\\nquit\\n' | rekindle walk"))
    }

    @OptionGroup var options: CommonOptions

    @Option(help: ArgumentHelp(L("cli.walk.session"), valueName: "NAME"))
    var session = "default"

    @Flag(help: ArgumentHelp(L("cli.walk.encrypt")))
    var encrypt = false

    func run() throws {
        try Console.run {
            try Self.walk(options: options.values, sessionName: session, encrypt: encrypt)
        }
    }

    /// Why the coach walks instead of taking the full screen.
    enum Reason {
        /// `--plain`.
        case asked
        /// Nothing here can take the full screen; the words say why.
        case noFullScreen(String)

        /// Nil when the full screen can be used and was not declined.
        init?(askedForPlain asked: Bool) {
            if asked {
                self = .asked
            } else if isatty(STDIN_FILENO) != 1 || isatty(STDOUT_FILENO) != 1 {
                self = .noFullScreen(L("walk.notATerminal"))
            } else if getenv("TERM").map({ String(cString: $0) }) == "dumb" {
                self = .noFullScreen("TERM=dumb")
            } else {
                return nil
            }
        }
    }

    /// Walks a session: opens it as the coach does (its lock, the passphrase of an
    /// encrypted one, a new passphrase with `encrypt`), then talks until quit or the end
    /// of input. `existingOnly`: refuse a session that does not exist yet.
    static func walk(options: CommonOptions.Values, sessionName: String, encrypt: Bool, existingOnly: Bool = false,
                     because reason: Reason = .asked) throws {
        let choice = try options.guideChoice()
        let store = try options.openStore()
        if existingOnly {
            try SessionStore.validate(sessionName)
            guard store.exists(sessionName) else { throw StoreError.notFound(name: sessionName) }
        }
        let opened = try store.open(sessionName, guide: choice, now: Date()) { name in try Passphrase.seal(of: name, in: store) }
        var seal = opened.seal
        if encrypt && seal == nil {
            seal = try Passphrase.choose(for: sessionName)
            if opened.existed { try store.save(opened.session, seal: seal) }
        }
        // Said once the walk can begin: a problem opening the session stays one line.
        if case .noFullScreen(let why) = reason {
            Console.error("rekindle: " + L("walk.noFullScreen", why))
        }
        let conversation = Conversation(guide: opened.guide, session: opened.session, isReturning: opened.existed, zone: .local,
                                        width: Int(getenv("COLUMNS").map { String(cString: $0) } ?? "") ?? Conversation.readingWidth)
        var loop = WalkLoop(conversation: conversation, store: store, lock: opened.lock, seal: seal)
        let saved = loop.run(prompt: isatty(STDIN_FILENO) == 1 ? "> " : "", read: { readLine(strippingNewline: true) },
                             write: Console.output)
        if !saved { throw ExitCode.failure }
    }
}
