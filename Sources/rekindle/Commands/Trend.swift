import ArgumentParser
import RekindleCore

/// `rekindle trend`: named so as not to hide the core's `Trend`, which it draws.
struct TrendCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "trend", abstract: L("cli.trend.abstract"), discussion: L("cli.trend.discussion"))
    }

    @OptionGroup var options: CommonOptions
    @OptionGroup var session: SessionName

    @Flag(help: ArgumentHelp(L("cli.trend.csv")))
    var csv = false

    @Option(help: ArgumentHelp(L("cli.trend.days"), valueName: "N"))
    var days = TrendChart.defaultDays

    func validate() throws {
        guard days > 0 else { throw ValidationError(L("trend.days")) }
    }

    func run() throws {
        try Console.run {
            let store = try options.openStore()
            let session = try store.existing(session.name, seal: Passphrase.seal(of: session.name, in: store))
            let (now, zone) = (Date(), TimeZoneOffset.local)
            if csv { return Console.output(CheckInCSV.render(session.checkIns, zone: zone)) }
            let trend = Trend(checkIns: session.checkIns, now: now, zone: zone)
            let lines = TrendChart.lines(trend, days: days, glyphs: .forThisLocale) { RelativeTime.day($0, now: now, zone: zone) }
            Console.output(lines.joined(separator: "\n") + "\n")
        }
    }
}

extension Sparkline.Glyphs {
    /// Blocks where this process's locale is UTF-8, else ASCII (`forLocale`).
    static var forThisLocale: Sparkline.Glyphs {
        forLocale(Dictionary(uniqueKeysWithValues: ["LC_ALL", "LC_CTYPE", "LANG"].compactMap { name in
            getenv(name).map { (name, String(cString: $0)) }
        }))
    }
}
