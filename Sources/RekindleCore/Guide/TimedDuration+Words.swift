/// How a length of time is said, shared by the full screen and the walk.
extension TimedDuration {
    /// "1 day", "7 days".
    public static func wording(days count: Int) -> String { count == 1 ? L("days.one") : L("days.count", count) }

    /// The length the guide suggests: "7 days", or "30 days, or as long as you choose".
    public var wording: String { isChosenByPerson ? L("timer.daysOrAsLong", days) : Self.wording(days: days) }
}
