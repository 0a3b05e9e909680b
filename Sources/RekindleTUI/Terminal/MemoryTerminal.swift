#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A terminal that lives in memory: tests queue events and read the frames drawn.
public final class MemoryTerminal: Terminal {
    public var size: Size
    public private(set) var frames: [Frame] = []
    public var pendingEvents: [Event] = []
    public private(set) var releasedCount = 0
    public private(set) var isClosed = false
    /// How long the coach asked to wait for each event, in milliseconds.
    public private(set) var waits: [Int] = []
    /// Ends the script (drops the events left) once a frame drawn satisfies it.
    public var stopWhen: ((Frame) -> Bool)?

    public init(size: Size, events: [Event] = []) {
        self.size = size
        pendingEvents = events
    }

    public func draw(_ frame: Frame) {
        frames.append(frame)
        if stopWhen?(frame) == true { pendingEvents.removeAll() }
    }

    /// The queued events in order, one per wait, so each gets its own frame (as keys
    /// typed one by one do); a queued `.tick` is a wait in which nothing is typed, as
    /// long as the coach asked for (no time when it asked to wait until something
    /// happens). When they run out, the terminal goes away as if closed
    /// (`.terminate`), so a test's script always ends.
    public func nextEvent(timeoutMilliseconds: Int) -> Event? {
        guard timeoutMilliseconds != 0 else { return nil }
        waits.append(timeoutMilliseconds)
        guard !pendingEvents.isEmpty else { return .terminate }
        let event = pendingEvents.removeFirst()
        if case .resize(let newSize) = event { size = newSize }
        guard event != .tick else {
            if timeoutMilliseconds > 0 { usleep(UInt32(timeoutMilliseconds) * 1000) }
            return nil
        }
        return event
    }

    public func withTerminalReleased<T>(_ body: () throws -> T) rethrows -> T {
        releasedCount += 1
        return try body()
    }

    public func suspend() { releasedCount += 1 }

    /// How many times the screen was to be drawn whole again (`forgetScreen`).
    public private(set) var forgottenCount = 0

    public func forgetScreen() { forgottenCount += 1 }

    public func close() { isClosed = true }
}
