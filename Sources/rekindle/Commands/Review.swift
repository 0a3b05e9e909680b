import ArgumentParser
import RekindleCore

struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print what you completed, when, your notes and how you have been.",
        discussion: "Works without a terminal: pipe it or redirect it to a file. The trend of your check-ins is drawn in ASCII where the locale is not UTF-8.")

    @OptionGroup var options: CommonOptions
    @OptionGroup var session: SessionName
    @OptionGroup var look: LookOptions

    @Flag(help: "Open the review in the full-screen coach instead of printing it.")
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
