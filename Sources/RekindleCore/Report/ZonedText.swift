/// Moments written out in full in a given zone, for files read anywhere and long
/// after (exports, the letter, CSV). The zone is given, so tests fix it; FoundationEssentials'
/// Gregorian calendar needs no ICU for a fixed offset.
public enum ZonedText {
    /// "2026-11-18 21:04 +0100".
    public static func full(_ date: Date, zone: TimeZoneOffset) -> String {
        let (parts, offset) = civil(date, zone: zone)
        return "\(day(parts)) \(two(parts.hour)):\(two(parts.minute)) \(offsetText(offset, separator: ""))"
    }

    /// "2026-11-18T21:04:40+01:00" (ISO 8601, RFC 3339): what spreadsheets and scripts read.
    public static func iso8601(_ date: Date, zone: TimeZoneOffset) -> String {
        let (parts, offset) = civil(date, zone: zone)
        return "\(day(parts))T\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second))\(offsetText(offset, separator: ":"))"
    }

    /// The wall-clock fields of `date` in `zone`, and the zone's offset then.
    private static func civil(_ date: Date, zone: TimeZoneOffset) -> (DateComponents, Int) {
        let offset = zone.secondsEast(date)
        let shifted = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down) + Double(offset))
        return (utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: shifted), offset)
    }

    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar
    }()

    private static func day(_ parts: DateComponents) -> String {
        "\(parts.year ?? 0)-\(two(parts.month ?? 0))-\(two(parts.day ?? 0))"
    }

    /// "+0100", or "+01:00" with a separator.
    private static func offsetText(_ seconds: Int, separator: String) -> String {
        let minutes = abs(seconds) / 60
        return (seconds < 0 ? "-" : "+") + two(minutes / 60) + separator + two(minutes % 60)
    }

    private static func two(_ value: Int?) -> String {
        let value = value ?? 0
        return value < 10 ? "0\(value)" : "\(value)"
    }
}
