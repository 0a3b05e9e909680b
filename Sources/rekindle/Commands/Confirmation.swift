import RekindleCore

/// A yes-or-no question on stderr, answered on standard input: only "y" or "yes" agrees
/// (or the interface language's own: "o", "oui"), and no answer at all (end of input,
/// as in a script) declines.
enum Confirmation {
    static func ask(_ question: String) -> Bool {
        Console.error(question, terminator: "")
        guard let answer = readLine() else { return false }
        return ["y", "yes", L("confirm.yesShort"), L("confirm.yes")].contains(answer.lowercased())
    }
}
