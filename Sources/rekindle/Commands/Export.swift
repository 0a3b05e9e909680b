import ArgumentParser
import RekindleCore

struct Export: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, json }

    static let configuration = CommandConfiguration(
        abstract: "Write a session as Markdown (to read) or JSON (to import elsewhere).")

    @OptionGroup var options: CommonOptions
    @OptionGroup var session: SessionName

    @Option(help: "markdown or json.")
    var format: Format = .markdown

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of stdout: a new or plain file is written privately (0600) and atomically; a link, FIFO or device is written into as it is. '-' is stdout.", valueName: "FILE"),
            completion: .file())
    var output: String?

    func run() throws {
        try Console.run {
            let guide = try options.loadGuide()
            let store = try options.openStore()
            let seal = try Passphrase.seal(of: session.name, in: store)
            let file = output.flatMap { OutputFile.isStandardOutput($0) ? nil : $0 }
            if seal != nil, let file {
                throw CommandFailure(message: "session '\(session.name)' is encrypted; writing it to \(file) would store it unencrypted. Export to standard output, or run 'rekindle decrypt' first if that is what you want.")
            }
            let session = try store.existing(session.name, seal: seal)
            let bytes: [UInt8] = switch format {
            case .markdown: Array(MarkdownExport.render(session: session, guide: guide).utf8)
            case .json: SessionCodec.encode(session)
            }
            guard let file else { return Console.output(String(decoding: bytes, as: UTF8.self)) }
            try OutputFile.write(bytes, to: file)
        }
    }
}
