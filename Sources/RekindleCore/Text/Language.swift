/// A language the interface speaks, with a catalogue of its own (`en.catalog`, `fr.catalog`).
public enum Language: String, CaseIterable, Sendable {
    case english = "en"
    case french = "fr"

    /// The language a locale asks for, as the C library reads it: the first of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` that is set and not empty ("fr_CA.UTF-8" is French).
    /// Anything without a catalogue, "C" and "POSIX" included, is English.
    public init(locale environment: [String: String]) {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let code = locale.prefix { $0.isLetter }.lowercased()
        self = Language(rawValue: code) ?? .english
    }
}
