import ArgumentParser
import RekindleCore

struct List: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(abstract: L("cli.list.abstract")) }

    @OptionGroup var options: CommonOptions

    func run() throws {
        try Console.run {
            let choice = try options.guideChoice()
            let store = try options.openStore()
            let names = try store.names()
            guard !names.isEmpty else {
                return Console.output(L("list.none") + "\n")
            }
            var rows = [[L("list.session"), L("list.actions"), L("list.steps"), L("list.started"), L("list.lastUsed")]]
            var problems: [String] = []
            let now = Date()
            for name in names {
                do {
                    if store.isSealed(name) {
                        rows.append([name, L("sessions.encrypted"), "-", "-", "-"])
                        continue
                    }
                    let session = try store.existing(name)
                    let progress = Progress(session: session, guide: choice.guide(forSessionGuideID: session.guideID))
                    rows.append([name, "\(progress.checkedItems)/\(progress.totalItems)",
                                 "\(progress.completedSteps)/\(progress.totalSteps)",
                                 RelativeTime.text(session.startedAt, now: now, zone: .local),
                                 RelativeTime.text(session.lastUsedAt, now: now, zone: .local)])
                } catch {
                    rows.append([name, "-", "-", "-", L("list.unreadable")])
                    problems.append("rekindle: \(error)")
                }
            }
            Console.output(TextTable.render(rows))
            problems.forEach { Console.error($0) }
        }
    }
}
