import ArgumentParser
import RekindleCore

struct Reset: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(abstract: L("cli.reset.abstract")) }

    @OptionGroup var options: CommonOptions
    @OptionGroup var session: SessionName

    @Option(help: ArgumentHelp(L("cli.reset.step"), valueName: "N"))
    var step: String?

    @Flag(help: ArgumentHelp(L("cli.reset.yes")))
    var yes = false

    func run() throws {
        try Console.run {
            let choice = try options.guideChoice()
            let store = try options.openStore()
            try store.whileLocked(session.name) {
                let seal = try Passphrase.seal(of: session.name, in: store)
                var current = try store.existing(session.name, seal: seal)
                let guide = choice.guide(forSessionGuideID: current.guideID)
                let part = try step.map(findPart)
                let what = part.map { L("reset.part", guide.label(of: $0), $0.title) } ?? L("reset.all")
                guard yes || Confirmation.ask(L("reset.confirm", what, current.name) + " ") else {
                    throw CommandFailure(message: L("command.nothingChanged"))
                }
                current.reset(partID: part?.id, in: guide, at: Date())
                try store.save(current, seal: seal)
                Console.say(L("reset.done", what, current.name))

                func findPart(_ key: String) throws -> Part {
                    if let number = Int(key), guide.steps.indices.contains(number - 1) { return guide.steps[number - 1] }
                    if let part = guide.part(id: key) { return part }
                    throw ValidationError(L("reset.noStep", key, guide.steps.count))
                }
            }
        }
    }
}
