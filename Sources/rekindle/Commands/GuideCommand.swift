import ArgumentParser
import RekindleCore

struct GuideCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "guide", abstract: L("cli.guide.abstract"), subcommands: [Show.self, Check.self])
    }

    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L("cli.guideShow.abstract")) }

        func run() {
            Console.output(String(decoding: Guide.builtInSource(for: Catalog.language), as: UTF8.self))
        }
    }

    struct Check: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: L("cli.guideCheck.abstract")) }

        @Argument(help: ArgumentHelp(L("cli.guideCheck.file"), valueName: "FILE"), completion: Completions.guides)
        var file: String

        func run() throws {
            try Console.run {
                let guide = try Guide.load(path: file)
                let steps = guide.steps.count, actions = guide.allItems.count
                // The help section is named when found, so an author sees it was recognized.
                let help = guide.help.map { L("guideCheck.help", $0.groups.count, $0.groups.count == 1 ? L("noun.group") : L("noun.groups")) } ?? ""
                Console.say(L("guideCheck.ok", file, guide.title, steps, steps == 1 ? L("noun.step") : L("noun.steps"), actions,
                              actions == 1 ? L("noun.action") : L("noun.actions")) + help)
            }
        }
    }
}
