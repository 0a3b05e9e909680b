/// The options every command takes (`--data-dir`, `--guide`), given before the
/// command's name as the README shows (`rekindle --guide g.md list`): the argument
/// parser knows them only after the name, so they are moved there before parsing.
/// Only a run of these options at the very start is moved, each with its value;
/// anything else (`rekindle --session x`, or a guide file named `list`) is left as
/// it was, for the default command.
enum LeadingOptions {
    static let names = ["--data-dir", "--guide", "--lang"]

    /// The arguments (without the program's name) with leading common options moved
    /// after the command's name (after `guide show` for a two-word command).
    static func moved(_ arguments: [String], commands: [String: [String]]) -> [String] {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if names.contains(argument) && index + 1 < arguments.count {
                index += 2
            } else if names.contains(where: { argument.hasPrefix($0 + "=") }) {
                index += 1
            } else {
                break
            }
        }
        guard index > 0, index < arguments.count, let subcommands = commands[arguments[index]] else { return arguments }
        var nameEnd = index + 1
        if nameEnd < arguments.count, subcommands.contains(arguments[nameEnd]) { nameEnd += 1 }
        return Array(arguments[index..<nameEnd] + arguments[..<index] + arguments[nameEnd...])
    }
}
