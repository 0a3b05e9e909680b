/// How the person has been, day by day: one point a calendar day for the mood and one
/// for the urge, from the day of the first check-in through today. A day's point is
/// the mean of its check-ins, so a hard evening and a calmer morning both count; a
/// day without a check-in is a gap. Pure: the moment and the zone are given.
public struct Trend: Sendable, Equatable {
    /// The first day, as a day number in the zone (`TimeZoneOffset.dayNumber(of:)`).
    public var firstDay: Int
    /// Each day's mean mood (1–5), oldest first; nil on a day without one.
    public var mood: [Double?]
    /// Each day's mean urge (0–10), oldest first; nil on a day without one.
    public var urge: [Double?]

    /// The trend of `checkIns` through the day of `now`; nil when none has a figure.
    public init?(checkIns: [CheckIn], now: Date, zone: TimeZoneOffset) {
        let answered = checkIns.filter { $0.mood != nil || $0.urge != nil }
        let days = answered.map { zone.dayNumber(of: $0.at) }
        guard let first = days.min(), let last = days.max() else { return nil }
        // A check-in dated after today (a clock set back) still has its day.
        let count = max(last, zone.dayNumber(of: now)) - first + 1
        var moods = Array(repeating: [Int](), count: count), urges = moods
        for (checkIn, day) in zip(answered, days) {
            if let mood = checkIn.mood { moods[day - first].append(mood) }
            if let urge = checkIn.urge { urges[day - first].append(urge) }
        }
        firstDay = first
        mood = moods.map(Self.mean)
        urge = urges.map(Self.mean)
    }

    /// The last day, as a day number.
    public var lastDay: Int { firstDay + mood.count - 1 }

    /// The same trend, keeping only its last `days` days.
    public func suffix(_ days: Int) -> Trend {
        let dropped = max(0, mood.count - max(1, days))
        var trend = self
        trend.firstDay += dropped
        trend.mood.removeFirst(dropped)
        trend.urge.removeFirst(dropped)
        return trend
    }

    private static func mean(_ values: [Int]) -> Double? {
        values.isEmpty ? nil : Double(values.reduce(0, +)) / Double(values.count)
    }
}
