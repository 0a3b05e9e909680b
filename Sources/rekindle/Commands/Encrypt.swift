import ArgumentParser
import RekindleCore
import RekindleCrypto

struct Encrypt: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Protect a session with a passphrase (scrypt and ChaChaPoly).",
        discussion: "From then on the session file holds no readable text, and opening it asks for the passphrase. A forgotten passphrase cannot be recovered.")

    @OptionGroup var options: CommonOptions
    @OptionGroup var session: SessionName

    func run() throws {
        try Console.run {
            let store = try options.openStore()
            try store.whileLocked(session.name) {
                guard !store.isSealed(session.name) else {
                    throw CommandFailure(message: L("encrypt.already", session.name))
                }
                let current = try store.existing(session.name)
                try store.save(current, seal: Passphrase.choose(for: session.name))
                Console.say(L("encrypt.done", session.name))
            }
        }
    }
}

struct Decrypt: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Remove a session's passphrase, storing it as plain JSON again.")

    @OptionGroup var options: CommonOptions
    @OptionGroup var session: SessionName

    func run() throws {
        try Console.run {
            let store = try options.openStore()
            try store.whileLocked(session.name) {
                guard let seal = try Passphrase.seal(of: session.name, in: store) else {
                    throw CommandFailure(message: L("decrypt.notEncrypted", session.name))
                }
                try store.save(store.existing(session.name, seal: seal))
                Console.say(L("decrypt.done", session.name))
            }
        }
    }
}
