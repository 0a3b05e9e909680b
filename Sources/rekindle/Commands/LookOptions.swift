import RekindleCore

import ArgumentParser
import RekindleTUI

/// How the coach looks: its colour theme, and discreet mode. Each comes from its
/// option, else from the environment (REKINDLE_THEME, REKINDLE_DISCREET).
struct LookOptions: ParsableArguments {
    @Option(help: ArgumentHelp(L("cli.theme"), valueName: "THEME"),
            completion: Completions.themes)
    var theme: String?

    @Flag(help: ArgumentHelp(L("cli.discreet")))
    var discreet = false

    var values: Values { get throws { try Values(theme: theme, discreet: discreet) } }

    /// The chosen look, as plain values the coach can also get without a parser.
    struct Values {
        var theme = Theme.dark
        var discreet = false

        /// Fails with a usage error for a theme that does not exist.
        init(theme: String? = nil, discreet: Bool = false, environment: [String: String] = Environment.read()) throws {
            let name = theme ?? environment["REKINDLE_THEME"].flatMap { $0.isEmpty ? nil : $0 }
            if let name {
                guard let chosen = Theme(rawValue: name) else {
                    let names = Theme.allCases.map(\.rawValue).joined(separator: ", ")
                    throw ValidationError(L("look.unknownTheme", name, names))
                }
                self.theme = chosen
            }
            self.discreet = discreet || ["1", "yes", "true"].contains(environment["REKINDLE_DISCREET"]?.lowercased() ?? "")
        }
    }
}
