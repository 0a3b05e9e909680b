/// Dates as people read them, in the local time zone, without loading ICU: the C
/// library's `strftime` is enough for fixed numeric formats.
public enum DateText {
    /// "2026-11-26".
    public static func day(_ date: Date) -> String { format(date, "%Y-%m-%d") }

    /// "2026-11-26 21:04".
    public static func minute(_ date: Date) -> String { format(date, "%Y-%m-%d %H:%M") }

    /// "21:04".
    public static func time(_ date: Date) -> String { format(date, "%H:%M") }

    private static func format(_ date: Date, _ pattern: String) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        localtime_r(&seconds, &parts)
        var buffer = [CChar](repeating: 0, count: 64)
        let count = strftime(&buffer, buffer.count, pattern, &parts)
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
