import ArgumentParser
import RekindleCore

struct GuideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guide", abstract: "Show the built-in guide or check a guide file.",
        subcommands: [Show.self, Check.self])

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the built-in guide's Markdown.")

        func run() {
            Console.output(String(decoding: Guide.builtInSource(for: Catalog.language), as: UTF8.self))
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate a guide file; prints each problem as FILE:LINE:COLUMN: message.")

        @Argument(help: ArgumentHelp("The guide file.", valueName: "FILE"), completion: Completions.guides)
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
