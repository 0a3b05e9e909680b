/// A yes-or-no question on stderr, answered on standard input as `reset` asks: only
/// "y" or "yes" agrees, and no answer at all (end of input, as in a script) declines.
enum Confirmation {
    static func ask(_ question: String) -> Bool {
        Console.error(question, terminator: "")
        guard let answer = readLine() else { return false }
        return ["y", "yes"].contains(answer.lowercased())
    }
}
