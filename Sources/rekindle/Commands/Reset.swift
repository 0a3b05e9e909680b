import ArgumentParser
import RekindleCore

struct Reset: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Clear the checks and notes of a session, or of one step.")

    @OptionGroup var options: CommonOptions
    @OptionGroup var session: SessionName

    @Option(help: ArgumentHelp("Only this step: its number as 'rekindle review' shows it, or its id.", valueName: "N"))
    var step: String?

    @Flag(help: "Do not ask for confirmation.")
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
                let what = part.map { "the checks and notes of \(guide.label(of: $0)) ('\($0.title)')" } ?? "all checks and notes"
                guard yes || confirm("Erase \(what) in session '\(current.name)'? This cannot be undone. [y/N] ") else {
                    throw CommandFailure(message: "nothing was changed")
                }
                current.reset(partID: part?.id, in: guide, at: Date())
                try store.save(current, seal: seal)
                Console.say("Erased \(what) in session '\(current.name)'.")

                func findPart(_ key: String) throws -> Part {
                    if let number = Int(key), guide.steps.indices.contains(number - 1) { return guide.steps[number - 1] }
                    if let part = guide.part(id: key) { return part }
                    throw ValidationError("no step '\(key)': give a number from 1 to \(guide.steps.count) or a step id")
                }
            }
        }
    }

    private func confirm(_ question: String) -> Bool {
        Console.error(question, terminator: "")
        guard let answer = readLine() else { return false }
        return ["y", "yes"].contains(answer.lowercased())
    }
}
