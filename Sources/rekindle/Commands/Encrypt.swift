import ArgumentParser
import RekindleCore
import RekindleCrypto

struct Encrypt: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: L("cli.encrypt.abstract"), discussion: L("cli.encrypt.discussion"))
    }

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
    static var configuration: CommandConfiguration { CommandConfiguration(abstract: L("cli.decrypt.abstract")) }

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
