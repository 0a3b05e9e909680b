import RekindleCore
import RekindleCrypto

/// Asks for a passphrase: on a terminal without echoing it, otherwise as the first
/// line of standard input (for scripts). Never printed, never logged.
enum Passphrase {
    static func ask(_ prompt: String) throws -> String {
        guard isatty(STDIN_FILENO) == 1 else {
            guard let line = readLine(strippingNewline: true), !line.isEmpty else {
                throw CommandFailure(message: "a passphrase is needed: type it, or give it as the first line of standard input")
            }
            return line
        }
        Console.error(prompt, terminator: "")
        let line = try QuietTerminal.whileReading { readLine(strippingNewline: true) }
        Console.error("")
        guard let line, !line.isEmpty else {
            throw CommandFailure(message: "no passphrase given; nothing was changed")
        }
        return line
    }

    /// A new passphrase, typed twice.
    static func choose(for name: String) throws -> PassphraseSeal {
        let first = try ask("New passphrase for session '\(name)': ")
        if isatty(STDIN_FILENO) == 1, try ask("The same passphrase again: ") != first {
            throw CommandFailure(message: "the two passphrases differ; nothing was changed")
        }
        guard first.count >= 8 else { throw CommandFailure(message: "a passphrase needs at least 8 characters; nothing was changed") }
        return try PassphraseSeal.new(passphrase: first)
    }

    /// The seal of a session if it is encrypted (asking for its passphrase), else nil.
    static func seal(of name: String, in store: SessionStore) throws -> PassphraseSeal? {
        guard let bytes = try store.rawBytes(of: name), SealedFile.isSealed(bytes) else { return nil }
        return try PassphraseSeal.forFile(bytes, passphrase: ask("Passphrase for session '\(name)': "))
    }
}
