import Foundation
import Testing
@testable import RekindleCore

/// Issue 27: the trend of the check-ins, one point a day on each figure's own scale,
/// its chart in blocks or ASCII, and the check-ins as CSV. Times are injected.
@Suite struct TrendTests {
    let hour: TimeInterval = 3600, day: TimeInterval = 86_400
    /// 2026-11-18 00:00 UTC, a Wednesday.
    let midnight = Date(timeIntervalSince1970: 1_794_960_000)

    @Test func aDayIsTheMeanOfItsCheckInsAndADayWithoutOneIsAGap() throws {
        let checkIns = [
            CheckIn(at: midnight.addingTimeInterval(9 * hour), mood: 2, urge: 9),
            CheckIn(at: midnight.addingTimeInterval(21 * hour), mood: 3, urge: nil),
            CheckIn(at: midnight.addingTimeInterval(2 * day + hour), mood: nil, urge: 4),
            CheckIn(at: midnight.addingTimeInterval(3 * day), mood: nil, urge: nil, word: "tired"),
        ]
        let trend = try #require(Trend(checkIns: checkIns, now: midnight.addingTimeInterval(4 * day), zone: .fixed(0)))
        #expect(trend.firstDay == TimeZoneOffset.fixed(0).dayNumber(of: midnight))
        #expect(trend.mood == [2.5, nil, nil, nil, nil])
        #expect(trend.urge == [9, nil, 4, nil, nil])
        #expect(trend.suffix(2).mood == [nil, nil] && trend.suffix(2).firstDay == trend.firstDay + 3)
        #expect(trend.suffix(10) == trend)
    }

    @Test func daysAreCalendarDaysInTheZoneGiven() throws {
        // 23:30 and 00:30 UTC: two days in UTC, one day an hour east.
        let checkIns = [CheckIn(at: midnight.addingTimeInterval(-hour / 2), mood: 1, urge: 0),
                        CheckIn(at: midnight.addingTimeInterval(hour / 2), mood: 5, urge: 10)]
        let now = midnight.addingTimeInterval(hour)
        #expect(try #require(Trend(checkIns: checkIns, now: now, zone: .fixed(0))).mood == [1, 5])
        #expect(try #require(Trend(checkIns: checkIns, now: now, zone: .fixed(3600))).mood == [3])
    }

    @Test func noFiguresNoTrendAndAClockSetBackKeepsItsDay() throws {
        #expect(Trend(checkIns: [], now: midnight, zone: .fixed(0)) == nil)
        #expect(Trend(checkIns: [CheckIn(at: midnight, mood: nil, urge: nil, word: "x")], now: midnight, zone: .fixed(0)) == nil)
        let ahead = try #require(Trend(checkIns: [CheckIn(at: midnight.addingTimeInterval(day), mood: 4, urge: 1)], now: midnight, zone: .fixed(0)))
        #expect(ahead.mood == [4])
    }

    /// The scale is the figure's own (mood 1–5, urge 0–10), never the data's range.
    @Test func barsAreScaledToTheFiguresFixedRange() {
        #expect(Sparkline.row([1, 2, 3, 4, 5, nil], scale: CheckIn.moods, glyphs: .blocks) == "▁▃▅▆█·")
        #expect(Sparkline.row([0, 5, 10, nil], scale: CheckIn.urges, glyphs: .blocks) == "▁▅█·")
        #expect(Sparkline.row([0, 1.43, 2.86, 4.29, 5.71, 7.14, 8.57, 10], scale: CheckIn.urges, glyphs: .blocks) == "▁▂▃▄▅▆▇█")
        // A calm week stays low: three days at 2 are not drawn as full bars.
        #expect(Sparkline.row([2, 2, 2], scale: CheckIn.urges, glyphs: .blocks) == "▂▂▂")
        #expect(Sparkline.row([0, 1.43, 2.86, 4.29, 5.71, 7.14, 8.57, 10, nil], scale: CheckIn.urges, glyphs: .ascii) == "_.-=+*#@ ")
        // Out of range (a hand-edited file) is held at the ends.
        #expect(Sparkline.row([-3, 40], scale: CheckIn.urges, glyphs: .blocks) == "▁█")
    }

    @Test func blocksOnlyWhereTheLocaleIsUTF8() {
        #expect(Sparkline.Glyphs.forLocale(["LANG": "en_US.UTF-8"]) == .blocks)
        #expect(Sparkline.Glyphs.forLocale(["LANG": "C.utf8"]) == .blocks)
        #expect(Sparkline.Glyphs.forLocale(["LC_ALL": "C", "LANG": "en_US.UTF-8"]) == .ascii)
        #expect(Sparkline.Glyphs.forLocale(["LC_ALL": "", "LC_CTYPE": "de_DE.UTF-8", "LANG": "C"]) == .blocks)
        #expect(Sparkline.Glyphs.forLocale(["LANG": "POSIX"]) == .ascii)
        #expect(Sparkline.Glyphs.forLocale([:]) == .ascii)
    }

    @Test func theChartNamesItsScalesAndItsDays() throws {
        let checkIns = [CheckIn(at: midnight.addingTimeInterval(20 * hour), mood: 2, urge: 8),
                        CheckIn(at: midnight.addingTimeInterval(2 * day + 20 * hour), mood: 4, urge: 3)]
        let now = midnight.addingTimeInterval(3 * day + hour)
        let trend = Trend(checkIns: checkIns, now: now, zone: .fixed(0))
        let day = { (number: Int) in RelativeTime.day(number, now: now, zone: .fixed(0)) }
        #expect(TrendChart.lines(trend, days: 30, glyphs: .blocks, day: day) == [
            "Mood  ▃·▆·  (1–5)",
            "Urge  ▇·▃·  (0–10)",
            "      Wed 18 Nov – Sat 21 Nov (4 days; · is a day without a check-in)",
        ])
        #expect(TrendChart.lines(trend, days: 30, glyphs: .ascii, day: day) == [
            "Mood  - *   (1-5)",
            "Urge  # -   (0-10)",
            "      Wed 18 Nov - Sat 21 Nov (4 days; a blank is a day without a check-in)",
        ])
        // The last days only, and a figure nobody gave is left out.
        let urges = Trend(checkIns: [CheckIn(at: midnight, mood: nil, urge: 5)], now: midnight.addingTimeInterval(hour), zone: .fixed(0))
        #expect(TrendChart.lines(urges, days: 30, glyphs: .blocks, day: day) == ["Urge  ▅  (0–10)", "      Wed 18 Nov"])
        #expect(TrendChart.lines(trend, days: 1, glyphs: .blocks, day: day) == ["No check-ins in the last day."])
        #expect(TrendChart.lines(trend.map { $0.suffix(1) }, days: 30, glyphs: .blocks, day: day) == ["No check-ins in the last day."])
        #expect(TrendChart.lines(trend, days: 2, glyphs: .blocks, day: day)
            == ["Mood  ▆·  (1–5)", "Urge  ▃·  (0–10)", "      Fri 20 Nov – Sat 21 Nov (2 days; · is a day without a check-in)"])
        #expect(TrendChart.lines(nil, days: 30, glyphs: .blocks, day: day) == [TrendChart.noCheckIns])
    }

    @Test func csvQuotesWhatNeedsItAndGivesEachTimeItsZone() {
        let checkIns = [
            CheckIn(at: midnight.addingTimeInterval(21 * hour + 4 * 60 + 5), mood: 2, urge: 8, word: "raw"),
            CheckIn(at: midnight.addingTimeInterval(day), mood: nil, urge: 3, word: "tired, \"fine\""),
            CheckIn(at: midnight.addingTimeInterval(2 * day), mood: 4, urge: nil, word: "two\nlines"),
            CheckIn(at: midnight.addingTimeInterval(3 * day), mood: 5, urge: 0, word: "esc\u{1B}[2J"),
        ]
        #expect(CheckInCSV.render(checkIns, zone: .fixed(-5 * 3600 - 1800)) == "date,mood,urge,word\r\n"
            + "2026-11-18T15:34:05-05:30,2,8,raw\r\n"
            + "2026-11-18T18:30:00-05:30,,3,\"tired, \"\"fine\"\"\"\r\n"
            + "2026-11-19T18:30:00-05:30,4,,\"two\nlines\"\r\n"
            + "2026-11-20T18:30:00-05:30,5,0,esc␛[2J\r\n")
        #expect(CheckInCSV.render([], zone: .fixed(0)) == "date,mood,urge,word\r\n")
        #expect(CheckInCSV.render([checkIns[0]], zone: .fixed(0)).hasSuffix("2026-11-18T21:04:05+00:00,2,8,raw\r\n"))
    }

    @Test func zonedTextWritesTheWallClockOfTheZoneGiven() {
        let date = midnight.addingTimeInterval(23 * hour + 59 * 60 + 59)
        #expect(ZonedText.full(date, zone: .fixed(0)) == "2026-11-18 23:59 +0000")
        #expect(ZonedText.full(date, zone: .fixed(3600)) == "2026-11-19 00:59 +0100")
        #expect(ZonedText.iso8601(date, zone: .fixed(-9 * 3600)) == "2026-11-18T14:59:59-09:00")
        #expect(ZonedText.iso8601(Date(timeIntervalSince1970: 951_782_400), zone: .fixed(0)) == "2000-02-29T00:00:00+00:00")
    }
}
