import ArgumentParser
import RekindleCore

struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the full-screen coach (the default).")

    @OptionGroup var options: CommonOptions
    @OptionGroup var look: LookOptions

    @Option(help: ArgumentHelp("The session to open or start (one that starts with '-' as --session=-x).", valueName: "NAME"), completion: Completions.sessions)
    var session = "default"

    @Flag(help: "Protect the session with a passphrase (asked before the coach opens).")
    var encrypt = false

    @Flag(help: "Walk the coach line by line instead of the full screen (as 'rekindle walk' does).")
    var plain = false

    func run() throws {
        try Console.run {
            try CoachLauncher.launch(options: options.values, look: look.values, sessionName: session, screen: .welcome, encrypt: encrypt,
                                     plain: plain)
        }
    }
}
