import ArgumentParser
import RekindleCore

struct Export: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, html, letter
        case letterHTML = "letter-html"
        case json

        /// A document in this format's syntax: HTML for the pages, else Markdown.
        func write(_ document: ReportDocument) -> String {
            self == .html || self == .letterHTML ? HTMLWriter.write(document) : MarkdownWriter.write(document)
        }
    }

    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: L("cli.export.abstract"), discussion: L("cli.export.discussion"))
    }

    @OptionGroup var options: CommonOptions
    @OptionGroup var session: SessionName

    @Option(help: ArgumentHelp(L("cli.export.format")))
    var format: Format = .markdown

    @Option(name: [.short, .long], help: ArgumentHelp(L("cli.export.output"), valueName: "FILE"),
            completion: .file())
    var output: String?

    func run() throws {
        try Console.run {
            let choice = try options.guideChoice()
            let store = try options.openStore()
            let seal = try Passphrase.seal(of: session.name, in: store)
            let file = output.flatMap { OutputFile.isStandardOutput($0) ? nil : $0 }
            if seal != nil, let file {
                throw CommandFailure(message: L("export.sealedToFile", session.name, file))
            }
            let session = try store.existing(session.name, seal: seal)
            let guide = choice.guide(forSessionGuideID: session.guideID)
            let (now, zone) = (Date(), TimeZoneOffset.local)
            let bytes: [UInt8] = switch format {
            case .markdown, .html: Array(format.write(ReviewDocument.build(session: session, guide: guide, now: now, zone: zone)).utf8)
            case .letter, .letterHTML: Array(format.write(Letter.build(session: session, guide: guide, now: now, zone: zone)).utf8)
            case .json: SessionCodec.encode(session)
            }
            guard let file else { return Console.output(String(decoding: bytes, as: UTF8.self)) }
            try OutputFile.write(bytes, to: file)
        }
    }
}
