/// How the person was when they opened the coach: a mood, the urge to contact them and
/// an optional word. Either figure may be skipped.
public struct CheckIn: Sendable, Equatable, Codable {
    public var at: Date
    /// 1 (very low) to 5 (very good).
    public var mood: Int?
    /// 0 (none) to 10 (overwhelming).
    public var urge: Int?
    public var word: String?

    /// The coach offers a check-in at most once in this long.
    public static let interval: TimeInterval = 4 * 3600
    public static let moods = 1...5
    public static let urges = 0...10

    public init(at: Date, mood: Int?, urge: Int?, word: String? = nil) {
        self.at = at.wholeSeconds
        self.mood = mood.flatMap { Self.moods.contains($0) ? $0 : nil }
        self.urge = urge.flatMap { Self.urges.contains($0) ? $0 : nil }
        self.word = word.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether anything was answered.
    public var isEmpty: Bool { mood == nil && urge == nil && word == nil }
}

extension Session {
    /// Whether to offer the check-in now: never offered, or not within `CheckIn.interval`
    /// (a clock set back counts as a new moment too).
    public func shouldOfferCheckIn(at now: Date) -> Bool {
        guard let offered = checkInOfferedAt else { return true }
        let since = now.timeIntervalSince(offered)
        return since >= CheckIn.interval || since < 0
    }

    /// Records a check-in (nothing when every question was skipped) and that it was offered.
    public mutating func record(_ checkIn: CheckIn) {
        checkInOfferedAt = checkIn.at
        if !checkIn.isEmpty { checkIns.append(checkIn) }
        touch(checkIn.at)
    }
}
