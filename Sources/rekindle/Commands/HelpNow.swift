import ArgumentParser
import RekindleCore

/// `rekindle help-now`: the guide's "Need help now" section as plain text, for a
/// person who cannot use the full screen, in a pipe or with no terminal at all.
struct HelpNow: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "help-now", abstract: L("cli.helpNow.abstract"), discussion: L("cli.helpNow.discussion"))
    }

    @OptionGroup var options: CommonOptions

    func run() throws {
        try Console.run {
            // Someone asking for help gets numbers whatever is wrong with their guide:
            // a problem is named, never a reason to print nothing.
            let builtIn = Guide.builtIn(for: Catalog.language)
            guard let file = options.guide else { return printHelp(of: builtIn) }
            do {
                let guide = try Guide.load(path: file)
                if guide.help != nil { return printHelp(of: guide) }
                Console.say(L("helpNow.noSection", file))
            } catch {
                Console.error("rekindle: " + L("helpNow.unreadable", file))
            }
            Console.say("")
            printHelp(of: builtIn)
        }
    }

    private func printHelp(of guide: Guide) {
        guard let help = guide.help else { return }
        Console.output(HelpReport.render(help))
    }
}
