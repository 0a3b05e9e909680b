import ArgumentParser
import RekindleCore

struct Open: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(abstract: L("cli.open.abstract")) }

    @OptionGroup var options: CommonOptions
    @OptionGroup var look: LookOptions

    @Option(help: ArgumentHelp(L("cli.open.session"), valueName: "NAME"), completion: Completions.sessions)
    var session = "default"

    @Flag(help: ArgumentHelp(L("cli.open.encrypt")))
    var encrypt = false

    @Flag(help: ArgumentHelp(L("cli.open.plain")))
    var plain = false

    func run() throws {
        try Console.run {
            try CoachLauncher.launch(options: options.values, look: look.values, sessionName: session, screen: .welcome, encrypt: encrypt,
                                     plain: plain)
        }
    }
}
