import ArgumentParser
import RekindleCore

/// The interface's language for this run: `--lang`, else the locale's. Chosen from the
/// raw arguments before the parser runs, so its own errors are in that language too;
/// an unknown `--lang` is left to the parser, which refuses it.
enum InterfaceLanguage {
    static func chosen(arguments: [String], environment: [String: String]) -> Language {
        var index = 0
        while index < arguments.count, arguments[index] != "--" {
            let argument = arguments[index]
            if argument == "--lang", index + 1 < arguments.count, let language = Language(rawValue: arguments[index + 1]) {
                return language
            }
            if argument.hasPrefix("--lang="), let language = Language(rawValue: String(argument.dropFirst(7))) { return language }
            index += 1
        }
        return Language(locale: environment)
    }
}

extension Language: ExpressibleByArgument {}
