import ArgumentParser
import RekindleCore

/// The `rekindle` command: opens the coach, or runs one of the shell-friendly
/// subcommands. Wiring only; the work is done in RekindleCore and RekindleTUI.
@main
struct Rekindle: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rekindle",
        abstract: "A calm, private terminal coach through 'How to Get Back Together with Your Ex'.",
        discussion: "Run with no command to open the full-screen coach. Notes are saved as you go, only on this computer.",
        version: "0.1.0",
        subcommands: [Open.self, List.self, Review.self, Export.self, Import.self, Reset.self, Encrypt.self, Decrypt.self,
                      GuideCommand.self],
        defaultSubcommand: Open.self
    )

    /// Plain `rekindle`, by far the most common call, opens the coach directly:
    /// the argument parser's reflection costs about 4 ms of start-up in a static binary.
    static func main() {
        guard CommandLine.arguments.count == 1 else { return main(nil) }
        do {
            try Console.run {
                try CoachLauncher.launch(options: CommonOptions.Values(), sessionName: "default", screen: .welcome)
            }
        } catch {
            exit(withError: error)
        }
    }
}
