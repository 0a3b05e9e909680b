/// Dates as people read them, in the local time zone, without loading ICU: the C
/// library's `strftime` is enough for fixed numeric formats.
public enum DateText {
    /// "2026-11-26".
    public static func day(_ date: Date) -> String { format(date, "%Y-%m-%d") }

    /// "2026-11-26 21:04".
    public static func minute(_ date: Date) -> String { format(date, "%Y-%m-%d %H:%M") }

    /// "2026-11-26 21:04 +0100": a moment in full, with its zone, for files read
    /// anywhere and at any later time (exports).
    public static func full(_ date: Date) -> String { format(date, "%Y-%m-%d %H:%M %z") }

    /// "21:04".
    public static func time(_ date: Date) -> String { format(date, "%H:%M") }

    /// Seconds east of UTC of the local time zone at `date` (summer time included).
    public static func localOffset(at date: Date) -> Int { Int(localTime(date).tm_gmtoff) }

    private static func format(_ date: Date, _ pattern: String) -> String {
        var parts = localTime(date)
        var buffer = [CChar](repeating: 0, count: 64)
        let count = strftime(&buffer, buffer.count, pattern, &parts)
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func localTime(_ date: Date) -> tm {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        localtime_r(&seconds, &parts)
        return parts
    }
}
