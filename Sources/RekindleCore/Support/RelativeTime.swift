/// When something happened, as a person says it: "today 04:56", "yesterday 23:10",
/// "3 days ago", then the date, "2 Dec" within the year and "2 Dec 2025" before it.
/// Days are calendar days in `zone`, so 23:59 then 00:01 is "yesterday", not "today".
/// Pure: the moment and the zone are given, so every boundary can be tested.
public enum RelativeTime {
    /// `date` said relative to `now`. A date after `now` (a clock set back) is given as a date.
    public static func text(_ date: Date, now: Date, zone: TimeZoneOffset) -> String {
        let then = CivilTime(date, zone: zone), today = CivilTime(now, zone: zone)
        let days = today.dayNumber - then.dayNumber
        switch days {
        case 0: return L("time.today", then.clock)
        case 1: return L("time.yesterday", then.clock)
        case 2...6: return L("time.daysAgo", days)
        default:
            let (year, month, day) = then.date
            let monthName = monthNames[month - 1]
            return year == today.date.year ? L("time.date", day, monthName) : L("time.dateYear", day, monthName, year)
        }
    }

    /// A day given by its number in a zone (see `TimeZoneOffset.dayNumber(of:)`): "Mon 14 Dec",
    /// with the year when it is not `now`'s.
    public static func day(_ dayNumber: Int, now: Date, zone: TimeZoneOffset) -> String {
        let civil = CivilTime(dayNumber: dayNumber)
        let (year, month, day) = civil.date
        let text = L("time.day", weekdayNames[civil.weekday], day, monthNames[month - 1])
        return year == CivilTime(now, zone: zone).date.year ? text : "\(text) \(year)"
    }

    /// A moment still to come, said from `now`: "today at 21:40", "tomorrow at 21:40",
    /// then "Mon 14 Dec at 21:40". A moment already past is said as `text` says it.
    public static func ahead(_ date: Date, now: Date, zone: TimeZoneOffset) -> String {
        let then = CivilTime(date, zone: zone), today = CivilTime(now, zone: zone)
        switch then.dayNumber - today.dayNumber {
        case ..<0: return text(date, now: now, zone: zone)
        case 0: return L("time.todayAt", then.clock)
        case 1: return L("time.tomorrowAt", then.clock)
        default: return L("time.dayAt", day(then.dayNumber, now: now, zone: zone), then.clock)
        }
    }

    /// "Mon" to "Sun", in the interface's language.
    private static var weekdayNames: [String] { L("time.weekdays").split(separator: " ").map(String.init) }
    /// "Jan" to "Dec", in the interface's language.
    private static var monthNames: [String] { L("time.months").split(separator: " ").map(String.init) }
}

/// A time zone as `RelativeTime` needs it: how many seconds east of UTC the clocks
/// are at a given moment. FoundationEssentials' `TimeZone` knows only UTC without
/// ICU, so the local zone is asked of the C library.
public struct TimeZoneOffset: Sendable {
    /// Seconds east of UTC at a moment.
    public let secondsEast: @Sendable (Date) -> Int

    /// A zone from its offset at each moment (one with summer time changes it).
    public init(secondsEast: @escaping @Sendable (Date) -> Int) {
        self.secondsEast = secondsEast
    }

    /// The computer's zone (`TZ`, else /etc/localtime).
    public static let local = TimeZoneOffset { DateText.localOffset(at: $0) }

    /// A zone always `seconds` east of UTC.
    public static func fixed(_ seconds: Int) -> TimeZoneOffset { TimeZoneOffset { _ in seconds } }

    /// The calendar day `date` falls on in this zone, as days since 1970-01-01: what
    /// "a new day" and "day 3 of 7" are counted in.
    public func dayNumber(of date: Date) -> Int { CivilTime(date, zone: self).dayNumber }
}

/// A moment on the wall clock of a zone: the day number and the time of day.
private struct CivilTime {
    /// Days since 1970-01-01 in the zone.
    let dayNumber: Int
    /// Seconds since the zone's midnight.
    let second: Int

    init(_ date: Date, zone: TimeZoneOffset) {
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + zone.secondsEast(date)
        dayNumber = local.floorDivided(by: 86_400)
        second = local - dayNumber * 86_400
    }

    /// The start of a day.
    init(dayNumber: Int) {
        self.dayNumber = dayNumber
        second = 0
    }

    /// 0 for Monday to 6 for Sunday (1970-01-01 was a Thursday).
    var weekday: Int { (dayNumber + 3).floorModulo(7) }

    /// "04:56".
    var clock: String {
        let hours = second / 3600, minutes = second / 60 % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes)"
    }

    /// The Gregorian year, month (1–12) and day of the month (Howard Hinnant's
    /// `civil_from_days`).
    var date: (year: Int, month: Int, day: Int) {
        let shifted = dayNumber + 719_468
        let era = shifted.floorDivided(by: 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let dayOfMonth = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfMonth)
    }
}

extension Int {
    fileprivate func floorModulo(_ divisor: Int) -> Int { self - floorDivided(by: divisor) * divisor }

    /// Division rounding towards minus infinity, so days before 1970 count down.
    fileprivate func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return self % divisor != 0 && (self < 0) != (divisor < 0) ? quotient - 1 : quotient
    }
}
