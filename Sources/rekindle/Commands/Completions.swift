import ArgumentParser
import RekindleCore
import RekindleTUI

/// What the shells' completions offer (`rekindle --generate-completion-script`): the
/// scripts ask the binary itself for session names, so they follow the same data
/// folder as the commands.
enum Completions {
    /// Whether the arguments ask for a completion script, for completions (what the
    /// scripts ask the binary), or for the description the man page is made from.
    static func isRequest(_ arguments: [String]) -> Bool {
        guard let first = arguments.first else { return false }
        return ["---completion", "--generate-completion-script", "--experimental-dump-help"].contains(first)
            || first.hasPrefix("--generate-completion-script=")
    }

    /// The sessions in the data folder: the one the command line names with
    /// `--data-dir`, else the one the environment chooses.
    static let sessions = CompletionKind.custom { words, _, prefix in
        sessionNames(words: words, environment: Environment.read()).filter { $0.hasPrefix(prefix) }
    }

    /// Guide files: Markdown.
    static let guides = CompletionKind.file(extensions: ["md"])

    /// Files `export --format json` wrote.
    static let exports = CompletionKind.file(extensions: ["json"])

    static let themes = CompletionKind.list(Theme.allCases.map(\.rawValue))

    /// The session names in the data folder, sorted, read without creating or changing
    /// anything (a completion must not make the folder a session would).
    static func sessionNames(words: [String], environment: [String: String]) -> [String] {
        guard let folder = try? DataDirectory.resolve(explicit: dataDirectory(in: words, environment: environment),
                                                      environment: environment),
              let entries = try? FileManager.default.contentsOfDirectory(atPath: folder + "/sessions") else { return [] }
        return entries.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// The folder `--data-dir DIR` or `--data-dir=DIR` names on the command line, as the
    /// shell would expand a leading `~/` or simple quotes.
    static func dataDirectory(in words: [String], environment: [String: String]) -> String? {
        var named: String?
        for (index, word) in words.enumerated() {
            if word == "--data-dir", index + 1 < words.count {
                named = words[index + 1]
            } else if word.hasPrefix("--data-dir=") {
                named = String(word.dropFirst("--data-dir=".count))
            }
        }
        guard var folder = named else { return nil }
        if folder.count >= 2, let first = folder.first, first == "'" || first == "\"", folder.last == first {
            folder = String(folder.dropFirst().dropLast())
        }
        if folder.hasPrefix("~/"), let home = environment["HOME"] { folder = home + folder.dropFirst() }
        return folder
    }
}

/// The command line as the shells' completions and the man page see it: `rekindle`'s
/// commands, and at the top the options of the default command (`rekindle --session
/// NAME`), which the program takes there. Only described, never run: `Rekindle` parses.
struct TopLevel: ParsableCommand {
    static var configuration: CommandConfiguration {
        let rekindle = Rekindle.configuration
        return CommandConfiguration(commandName: rekindle.commandName, abstract: rekindle.abstract, discussion: rekindle.discussion,
                                    version: rekindle.version, subcommands: rekindle.subcommands)
    }

    @OptionGroup var open: Open
}
