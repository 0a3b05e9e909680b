import Foundation
import Testing
@testable import RekindleCore

/// Recent times as people say them, counted in calendar days of the given zone.
struct RelativeTimeTests {
    /// A moment given as UTC wall-clock numbers.
    func at(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int = 0) -> Date {
        var components = DateComponents()
        (components.year, components.month, components.day) = (year, month, day)
        (components.hour, components.minute, components.second) = (hour, minute, second)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        return calendar.date(from: components)!
    }

    func text(_ date: Date, now: Date, zone: TimeZoneOffset = .fixed(0)) -> String {
        RelativeTime.text(date, now: now, zone: zone)
    }

    @Test func midnightSeparatesTodayFromYesterday() {
        let now = at(2026, 12, 7, 0, 1)
        #expect(text(at(2026, 12, 7, 0, 0), now: now) == "today 00:00")
        #expect(text(at(2026, 12, 6, 23, 59, 59), now: now) == "yesterday 23:59")
        #expect(text(at(2026, 12, 6, 0, 0), now: now) == "yesterday 00:00")
        #expect(text(at(2026, 12, 5, 23, 59), now: now) == "2 days ago")
    }

    @Test func twentyFourHoursAgoIsYesterdayAtTheSameTime() {
        let now = at(2026, 12, 7, 4, 56)
        #expect(text(now, now: now) == "today 04:56")
        #expect(text(now.addingTimeInterval(-86_400), now: now) == "yesterday 04:56")
        #expect(text(now.addingTimeInterval(-86_400 - 4 * 3600 - 57 * 60), now: now) == "2 days ago")
    }

    @Test func sixDaysAgoIsCountedAndTheSeventhIsADate() {
        let now = at(2026, 12, 9, 10, 0)
        #expect(text(at(2026, 12, 3, 0, 0), now: now) == "6 days ago")
        #expect(text(at(2026, 12, 2, 23, 59), now: now) == "2 Dec")
        #expect(text(at(2026, 1, 1, 0, 0), now: now) == "1 Jan")
    }

    @Test func anotherYearIsNamed() {
        let now = at(2027, 1, 2, 9, 0)
        #expect(text(at(2026, 12, 31, 23, 0), now: now) == "2 days ago")
        #expect(text(at(2026, 12, 26, 8, 0), now: now) == "26 Dec 2026")
        #expect(text(at(2027, 1, 1, 8, 0), now: at(2027, 1, 1, 8, 30)) == "today 08:00")
        #expect(text(at(2026, 12, 31, 23, 59), now: at(2027, 1, 1, 0, 0)) == "yesterday 23:59")
        #expect(text(at(2024, 2, 29, 12, 0), now: now) == "29 Feb 2024")
    }

    @Test func daysAreTheZonesDays() {
        // 23:30 UTC is 00:30 the next day one hour east: today there, yesterday in UTC.
        let now = at(2026, 12, 7, 8, 0)
        let late = at(2026, 12, 6, 23, 30)
        #expect(text(late, now: now) == "yesterday 23:30")
        #expect(text(late, now: now, zone: .fixed(3600)) == "today 00:30")
        #expect(text(late, now: now, zone: .fixed(-5 * 3600)) == "yesterday 18:30")
        // A zone whose offset changes (summer time) is asked at each moment.
        let changing = TimeZoneOffset { $0 < now ? 7200 : 3600 }
        #expect(text(late, now: now, zone: changing) == "today 01:30")
    }

    @Test func aTimeAfterNowIsADate() {
        let now = at(2026, 12, 7, 8, 0)
        #expect(text(at(2026, 12, 20, 8, 0), now: now) == "20 Dec")
        #expect(text(at(2027, 3, 1, 8, 0), now: now) == "1 Mar 2027")
    }

    @Test func theLocalZoneIsTheCLibrarys() {
        useUTC()
        #expect(TimeZoneOffset.local.secondsEast(noon) == 0)
        #expect(DateText.full(noon) == "2026-11-18 11:06 +0000")
    }
}
