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
    /// The typed characters shown ahead of their frames (`Frame.Echo`), each with how
    /// many frames were drawn before it.
    public private(set) var echoes: [(character: Character, afterFrames: Int)] = []
    private var echo: Frame.Echo?
    /// The prepared frames shown as their keys were read (`prepare`), each with how
    /// many frames were drawn before it.
    public private(set) var answers: [(frame: Frame, afterFrames: Int)] = []
    private var prepared: [(frame: Frame, keys: [Key])] = []
    /// Ends the script (drops the events left) once a frame drawn satisfies it.
    public var stopWhen: ((Frame) -> Bool)?

    public init(size: Size, events: [Event] = []) {
        self.size = size
        pendingEvents = events
    }

    public func draw(_ frame: Frame) {
        frames.append(frame)
        prepared.removeAll()
        echo = frame.echo
        if stopWhen?(frame) == true { pendingEvents.removeAll() }
    }

    public func prepare(for keys: [Key], frame: () -> Frame) {
        prepared.append((frame(), keys))
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
        // As the ncurses terminal does: the first key after a frame that allows it.
        if case .key(let key) = event, let answer = prepared.first(where: { $0.keys.contains(key) }) {
            answers.append((answer.frame, frames.count))
        } else if let echo, case .key(.character(let character)) = event, let byte = character.asciiValue, echo.answers(byte) {
            echoes.append((character, frames.count))
        }
        echo = nil
        prepared.removeAll()
        return event
    }

    public func withTerminalReleased<T>(_ body: () throws -> T) rethrows -> T {
        releasedCount += 1
        return try body()
    }

    public func suspend() { releasedCount += 1 }

    public func close() { isClosed = true }
}
