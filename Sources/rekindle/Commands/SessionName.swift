import ArgumentParser
import RekindleCore

/// The optional session-name argument shared by the commands that act on one session.
struct SessionName: ParsableArguments {
    @Argument(help: ArgumentHelp(L("cli.sessionName"),
                                 valueName: "name"), completion: Completions.sessions)
    var given: String?

    /// The session named, else the default one.
    var name: String { given ?? "default" }

    /// Whether a name was given rather than taken by default.
    var isGiven: Bool { given != nil }
}
