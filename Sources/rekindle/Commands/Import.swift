import ArgumentParser
import RekindleCore

struct Import: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(abstract: L("cli.import.abstract")) }

    @OptionGroup var options: CommonOptions

    @Argument(help: ArgumentHelp(L("cli.import.file"), valueName: "FILE"), completion: Completions.exports)
    var file: String

    @Option(name: .customLong("as"), help: ArgumentHelp(L("cli.import.as"), valueName: "NAME"),
            completion: Completions.sessions)
    var name: String?

    @Flag(help: ArgumentHelp(L("cli.import.force")))
    var force = false

    @Flag(help: ArgumentHelp(L("cli.import.yes")))
    var yes = false

    func run() throws {
        try Console.run {
            var session = try imported()
            session.name = name ?? session.name
            let store = try options.openStore()
            try store.whileLocked(session.name) {
                // Read first: a file that cannot be read is never written over.
                switch try store.occupant(of: session.name) {
                case .nothing: break
                case .session: guard force else { throw StoreError.alreadyExists(name: session.name) }
                case .sealedSession:
                    guard force else { throw StoreError.alreadyExists(name: session.name) }
                    guard yes || Confirmation.ask(L("import.replaceSealed", session.name, file) + " ") else {
                        throw CommandFailure(message: L("command.nothingChanged"))
                    }
                }
                try store.save(session)
                Console.output(L("import.done", session.name) + "\n")
            }
        }
    }

    /// The session in the file: a plain file of at most `BoundedFile.limit` bytes,
    /// refused (in one line naming it) if its position is one no session can have.
    private func imported() throws -> Session {
        do {
            return try SessionCodec.decode(BoundedFile.read(file), impossiblePositions: .refused)
        } catch let error as BoundedFile.Failure {
            throw CommandFailure(message: L("import.cannot", file, error.reason))
        } catch let error as SessionCodec.Failure {
            throw CommandFailure(message: L("import.cannot", file, error.description))
        }
    }
}
