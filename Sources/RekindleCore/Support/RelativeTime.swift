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
        case 0: return "today \(then.clock)"
        case 1: return "yesterday \(then.clock)"
        case 2...6: return "\(days) days ago"
        default:
            let (year, month, day) = then.date
            let monthName = months[month - 1]
            return year == today.date.year ? "\(day) \(monthName)" : "\(day) \(monthName) \(year)"
        }
    }

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
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
    /// Division rounding towards minus infinity, so days before 1970 count down.
    fileprivate func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return self % divisor != 0 && (self < 0) != (divisor < 0) ? quotient - 1 : quotient
    }
}
