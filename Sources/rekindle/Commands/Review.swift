import ArgumentParser
import RekindleCore

struct Review: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: L("cli.review.abstract"), discussion: L("cli.review.discussion"))
    }

    @OptionGroup var options: CommonOptions
    @OptionGroup var session: SessionName
    @OptionGroup var look: LookOptions

    @Flag(help: ArgumentHelp(L("cli.review.tui")))
    var tui = false

    func run() throws {
        try Console.run {
            // A session named is reviewed only if it exists (the coach would start it);
            // with no name, the coach's own review of the default session, new or not.
            if tui {
                return try CoachLauncher.launch(options: options.values, look: look.values, sessionName: session.name, screen: .review,
                                                existingOnly: session.isGiven)
            }
            let choice = try options.guideChoice()
            let store = try options.openStore()
            let session = try store.existing(session.name, seal: Passphrase.seal(of: session.name, in: store))
            Console.output(ReviewReport.render(session: session, guide: choice.guide(forSessionGuideID: session.guideID), now: Date(), zone: .local, glyphs: .forThisLocale))
        }
    }
}
