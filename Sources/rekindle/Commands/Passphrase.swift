import RekindleCore
import RekindleCrypto

/// Asks for a passphrase: on a terminal without echoing it, otherwise as the first
/// line of standard input (for scripts). Never printed, never logged.
enum Passphrase {
    static func ask(_ prompt: String) throws -> String {
        guard isatty(STDIN_FILENO) == 1 else {
            guard let line = readLine(strippingNewline: true), !line.isEmpty else {
                throw CommandFailure(message: L("passphrase.needed"))
            }
            return line
        }
        Console.error(prompt, terminator: "")
        let line = try QuietTerminal.whileReading { readLine(strippingNewline: true) }
        Console.error("")
        guard let line, !line.isEmpty else {
            throw CommandFailure(message: L("passphrase.none"))
        }
        return line
    }

    /// A new passphrase, typed twice.
    static func choose(for name: String) throws -> PassphraseSeal {
        let first = try ask(L("passphrase.new", name) + " ")
        if isatty(STDIN_FILENO) == 1, try ask(L("passphrase.again") + " ") != first {
            throw CommandFailure(message: L("passphrase.differ"))
        }
        guard first.count >= 8 else { throw CommandFailure(message: L("passphrase.short", 8)) }
        return try PassphraseSeal.new(passphrase: first)
    }

    /// The seal of a session if it is encrypted (asking for its passphrase), else nil.
    static func seal(of name: String, in store: SessionStore) throws -> PassphraseSeal? {
        guard let bytes = try store.rawBytes(of: name), SealedFile.isSealed(bytes) else { return nil }
        return try PassphraseSeal.forFile(bytes, passphrase: ask(L("passphrase.ask", name) + " "))
    }
}
