/// A timed action the person started: "day 3 of 7", and when it ends.
public struct TimedStart: Sendable, Equatable, Codable {
    public var startedAt: Date
    /// How long it runs, in calendar days counting the day it started.
    public var days: Int

    public init(startedAt: Date, days: Int) {
        self.startedAt = startedAt.wholeSeconds
        self.days = days
    }

    /// Which day of the period `now` falls on, 1 on the day it started; beyond `days`
    /// once the period is over.
    public func day(at now: Date, zone: TimeZoneOffset) -> Int {
        max(1, zone.dayNumber(of: now) - zone.dayNumber(of: startedAt) + 1)
    }

    /// The last day of the period, as a day number in `zone`.
    public func lastDay(zone: TimeZoneOffset) -> Int { zone.dayNumber(of: startedAt) + days - 1 }

    /// Whether the period is still running on `now`.
    public func isRunning(at now: Date, zone: TimeZoneOffset) -> Bool { day(at: now, zone: zone) <= days }
}

/// The person's answer to the guide's decision: is reconciling healthy for both of us?
public struct Decision: Sendable, Equatable, Codable {
    public enum Answer: String, Sendable, Equatable, Codable, CaseIterable {
        case yes, notNow, no
    }

    public var answer: Answer
    public var decidedAt: Date
    /// The guide item that asked it.
    public var itemID: String

    public init(answer: Answer, decidedAt: Date, itemID: String) {
        self.answer = answer
        self.decidedAt = decidedAt.wholeSeconds
        self.itemID = itemID
    }
}

extension Session {
    /// Starts a timed action today, running `days` days (the guide's, or the person's choice).
    public mutating func start(_ item: ChecklistItem, days: Int, at now: Date) {
        timers[item.id] = TimedStart(startedAt: now, days: max(1, days))
        touch(now)
    }

    /// Changes how long a started timed action runs, keeping the day it started (a
    /// no-contact period chosen too long or too short).
    public mutating func changeLength(of item: ChecklistItem, to days: Int, at now: Date) {
        timers[item.id]?.days = max(1, days)
        touch(now)
    }

    /// Forgets that a timed action was started (the person started it by mistake).
    public mutating func stopTimer(of item: ChecklistItem, at now: Date) {
        timers[item.id] = nil
        touch(now)
    }

    /// Whether the person set the item aside as not for them.
    public func isNotForMe(_ itemID: String) -> Bool { notForMe[itemID] != nil }

    /// Marks an item "not for me" (with the date) or takes the mark back. The mark
    /// replaces a check: it says the action was considered and declined.
    public mutating func setNotForMe(_ notForMe: Bool, item: ChecklistItem, in part: Part, at now: Date) {
        self.notForMe[item.id] = notForMe ? CheckRecord(checkedAt: now, text: item.text, partID: part.id) : nil
        if notForMe { checks[item.id] = nil }
        touch(now)
    }

    /// Records the answer to the decision item, which also checks it: it has been decided.
    public mutating func decide(_ answer: Decision.Answer, item: ChecklistItem, in part: Part, at now: Date) {
        decision = Decision(answer: answer, decidedAt: now, itemID: item.id)
        setChecked(true, item: item, in: part, at: now)
    }

    /// Whether the person decided against reconciling, and so walks the moving-on path.
    public var isMovingOn: Bool { decision?.answer == .no }
}
