import ArgumentParser
import RekindleCore

/// The `rekindle` command: opens the coach, or runs one of the shell-friendly
/// subcommands. Wiring only; the work is done in RekindleCore and RekindleTUI.
@main
struct Rekindle: ParsableCommand {
    // Computed, as every command's, so that its words are in the run's language.
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "rekindle",
            abstract: L("cli.rekindle.abstract"),
            discussion: L("cli.rekindle.discussion"),
            version: Version.current,
            subcommands: [Open.self, List.self, Review.self, TrendCommand.self, Export.self, Import.self, Reset.self, Encrypt.self, Decrypt.self,
                          Walk.self,
                          GuideCommand.self, HelpNow.self],
            defaultSubcommand: Open.self
        )
    }

    /// Plain `rekindle`, by far the most common call, opens the coach directly, without
    /// the argument parser, whose reflection took about 4 ms of the 30 ms start budget
    /// (PERFORMANCE.md).
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let language = InterfaceLanguage.chosen(arguments: arguments, environment: Environment.read())
        Catalog.$language.withValue(language) { run(arguments) }
    }

    private static func run(_ arguments: [String]) {
        do {
            guard !arguments.isEmpty else {
                return try Console.run {
                    try CoachLauncher.launch(options: CommonOptions.Values(), look: LookOptions.Values(), sessionName: "default",
                                             screen: .welcome)
                }
            }
            // The shells' completions and the man page see the default command's options at the top.
            if Completions.isRequest(arguments) { TopLevel.main(arguments) }
            let commands = Dictionary(uniqueKeysWithValues: configuration.subcommands.map { command in
                (command._commandName, command.configuration.subcommands.map { $0._commandName })
            })
            var command = try parseAsRoot(LeadingOptions.moved(arguments, commands: commands))
            try command.run()
        } catch {
            end(with: error)
        }
    }

    /// Ends the program for an error: a usage error as one line on stderr and exit 64
    /// (the argument parser's own report adds the usage and a pointer to --help, three
    /// or four lines); help, the version and everything else as the parser ends them.
    private static func end(with error: any Error) -> Never {
        guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
        let message = message(for: error)
        // A command that said what was wrong itself ends with the code alone.
        guard !message.isEmpty else { exit(withError: error) }
        Console.error("rekindle: " + UsageLine.wording(message, fromParser: !(error is ValidationError)))
        exit(withError: ExitCode.validationFailure)
    }
}
