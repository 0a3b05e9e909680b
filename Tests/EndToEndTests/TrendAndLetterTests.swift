import Foundation
import Testing
import TestSupport
@testable import RekindleCore

/// Issue 27 through the binary: `rekindle trend` (blocks or ASCII by the locale, and
/// CSV), the trend in `rekindle review`, and the HTML and letter exports.
@Suite struct TrendAndLetterTests {
    let dir = TemporaryDirectory()
    var rekindle: Rekindle { Rekindle(dataDirectory: dir.file("data")) }

    /// Check-ins two days ago, yesterday (twice) and today, and a letter's worth of notes.
    func seed() throws {
        let store = try SessionStore(dataDirectory: dir.file("data"))
        let guide = Guide.builtIn, now = Date()
        var session = Session(name: "default", guide: guide, now: now.addingTimeInterval(-3 * 86_400))
        for (days, mood, urge, word) in [(2.0, 1, 10, "awful, \"really\""), (1, 2, 6, nil), (1, 4, 4, "better"), (0, 5, 0, nil)] {
            session.record(CheckIn(at: now.addingTimeInterval(-days * 86_400), mood: mood, urge: urge, word: word))
        }
        let first = guide.steps[0]
        session.setNote("<script>alert(1)</script>\n# not a heading", for: first, at: now.addingTimeInterval(-86_400))
        session.decide(.notNow, item: first.checklist[3], in: first, at: now.addingTimeInterval(-86_400))
        try store.save(session)
    }

    /// The binary's environment with only these locale variables set.
    func run(_ arguments: [String], locale: [String: String]) throws -> Command.Result {
        var environment = rekindle.environment.filter { !["LANG", "LC_ALL", "LC_CTYPE"].contains($0.key) }
        environment.merge(locale) { $1 }
        return try Command(Repository.binary, arguments, environment: environment).run()
    }

    @Test func trendDrawsBlocksInAUTF8LocaleAndASCIIOtherwise() throws {
        try seed()
        let utf8 = try run(["trend"], locale: ["LANG": "C.UTF-8"])
        #expect(utf8.status == 0, "\(utf8.stderr)")
        let lines = utf8.stdout.split(separator: "\n")
        #expect(lines.count == 3, "\(utf8.stdout)")
        // The last three days are always these, whenever the test runs.
        #expect(lines[0].hasSuffix("▁▅█  (1–5)") && lines[1].hasSuffix("█▅▁  (0–10)"), "\(utf8.stdout)")
        for locale in [["LANG": "C"], [:], ["LC_ALL": "POSIX", "LANG": "en_US.UTF-8"]] {
            let ascii = try run(["trend"], locale: locale)
            #expect(ascii.stdout.contains("_+@  (1-5)\nUrge  @+_  (0-10)\n"), "\(locale): \(ascii.stdout)")
            #expect(ascii.stdout.unicodeScalars.allSatisfy { $0.isASCII }, "\(locale)")
        }
        let review = try run(["review"], locale: ["LC_ALL": "C"])
        #expect(review.stdout.contains("\nHow you have been:\n  Mood  "), "\(review.stdout)")
        #expect(review.stdout.contains("_+@  (1-5)\n"))
        #expect(review.stdout.contains("Your answer to \"Decide, for now, whether reconciling would be healthy for both of you\": not now (yesterday "))
    }

    @Test func trendCSVListsEveryCheckInWithItsTimeAndZone() throws {
        try seed()
        let csv = try rekindle.run(["trend", "--csv"])
        #expect(csv.status == 0)
        let rows = csv.stdout.components(separatedBy: "\r\n")
        #expect(rows.count == 6 && rows[0] == "date,mood,urge,word" && rows[5].isEmpty, "\(csv.stdout)")
        #expect(rows[1].hasSuffix("+00:00,1,10,\"awful, \"\"really\"\"\""), "\(rows[1])")
        #expect(rows[3].hasSuffix(",4,4,better") && rows[4].hasSuffix(",5,0,"))
        #expect(rows[1].range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00,"#, options: .regularExpression) != nil)
    }

    @Test func withNoCheckInsTrendSaysSoGently() throws {
        let store = try SessionStore(dataDirectory: dir.file("data"))
        try store.save(Session(name: "quiet", guide: .builtIn, now: Date()))
        let result = try rekindle.run(["trend", "quiet"])
        #expect(result.status == 0)
        #expect(result.stdout == TrendChart.noCheckIns + "\n")
        #expect(try rekindle.run(["trend", "nobody"]).status == 1)
    }

    @Test func htmlAndLetterExportsGoToStdoutOrAPrivateFile() throws {
        try seed()
        let html = try rekindle.run(["export", "--format", "html"])
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>\n"))
        #expect(html.stdout.contains("<blockquote>&lt;script&gt;alert(1)&lt;/script&gt;\n# not a heading</blockquote>"))
        #expect(!html.stdout.contains("<script"))
        let letter = try rekindle.run(["export", "--format", "letter"])
        #expect(letter.stdout.contains("\n# Looking back: How to Get Back Together with Your Ex\n"))
        #expect(letter.stdout.contains("\n> &lt;script>alert(1)&lt;/script>\\\n> \\# not a heading\n"))
        #expect(letter.stdout.contains("you answered: not now, on "))
        let file = dir.file("letter.html")
        #expect(try rekindle.run(["export", "--format", "letter-html", "--output", file]).status == 0)
        let page = try String(contentsOfFile: file, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>\n") && page.contains("<h1>Looking back: How to Get Back Together with Your Ex</h1>"))
        #expect(POSIX.mode(of: file) == 0o600)
    }
}
