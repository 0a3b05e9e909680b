import ArgumentParser
import RekindleCore

struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the full-screen coach (the default).")

    @OptionGroup var options: CommonOptions

    @Option(help: ArgumentHelp("The session to open or start.", valueName: "NAME"))
    var session = "default"

    func run() throws {
        try Console.run {
            throw CommandFailure(message: "the interactive coach is not built yet; use 'rekindle review' or 'rekindle export'")
        }
    }
}
