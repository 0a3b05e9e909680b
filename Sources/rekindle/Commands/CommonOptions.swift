import ArgumentParser
import RekindleCore

/// Options every command takes: where data lives and which guide to follow.
struct CommonOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: ArgumentHelp(L("cli.dataDir"), valueName: "DIR"),
            completion: .directory)
    var dataDirectory: String?

    @Option(help: ArgumentHelp(L("cli.guideFile"), valueName: "FILE"), completion: Completions.guides)
    var guide: String?

    // Read before parsing, by `InterfaceLanguage`, so that usage errors are in it too;
    // declared here for --help, the completions and the error on an unknown value.
    @Option(help: ArgumentHelp(L("cli.lang"), valueName: "LANG"))
    var lang: Language?

    /// The parsed values, which the coach can also get without a parser.
    var values: Values { Values(dataDirectory: dataDirectory, guide: guide) }

    func guideChoice() throws(GuideError) -> GuideChoice { try values.guideChoice() }

    func openStore() throws -> SessionStore { try values.openStore() }

    /// The options as plain values.
    struct Values {
        var dataDirectory: String?
        var guide: String?

        /// The guide to use: the file given, else the built-in guide in the session's
        /// language (the interface's for a new one). A broken guide file is reported
        /// with all its problems.
        func guideChoice() throws(GuideError) -> GuideChoice {
            guard let guide else { return .builtIn(Catalog.language) }
            return .given(try Guide.load(path: guide))
        }

        /// The store under the chosen data folder, after telling about anything it fixed
        /// or warns of. With no folder to choose (no HOME and nothing else), one line and
        /// the usage exit code: the call needs `--data-dir` or `REKINDLE_DATA_DIR`.
        func openStore() throws -> SessionStore {
            let path: String
            do {
                path = try DataDirectory.resolve(explicit: dataDirectory, environment: Environment.read())
            } catch {
                Console.error("rekindle: \(error)")
                throw ExitCode.validationFailure
            }
            let store = try SessionStore(dataDirectory: path)
            for notice in store.notices { Console.error("rekindle: \(notice)") }
            return store
        }
    }
}
