import RekindleCore

/// The coach as a conversation, one line at a time: the person says something
/// (`respond(to:now:)`) and the coach answers with plain lines. Pure: it changes the
/// session it holds and returns what to say, and `WalkLoop` does the reading, writing
/// and saving. Everything from the guide or the session it says goes through
/// `VisibleText`, so no note or guide can drive the terminal.
public struct Conversation: Sendable {
    public let guide: Guide
    /// The session walked, as changed so far.
    public internal(set) var session: Session
    /// Whether the session was saved before this walk began: the welcome says "welcome back".
    public let isReturning: Bool
    /// The time zone days are counted in ("day 3 of 7", a new day's note).
    let zone: TimeZoneOffset
    /// How wide the guidance is wrapped.
    let width: Int
    var mode = Mode.commands

    /// What the next line is taken as.
    enum Mode: Sendable {
        case commands
        /// The answer to a question about an action.
        case asking(Question)
        /// A line of the note being written; a single `.` ends it.
        case writing(Writing)
    }

    /// `width`: the reading column, at most `readingWidth`.
    public init(guide: Guide, session: Session, isReturning: Bool, zone: TimeZoneOffset, width: Int = Conversation.readingWidth) {
        self.guide = guide
        self.session = session
        self.isReturning = isReturning
        self.zone = zone
        self.width = max(20, min(width, Self.readingWidth))
    }

    /// The widest the guidance is wrapped, as the full screen's reading column.
    public static let readingWidth = 72

    /// Whether the next line is a line of a note rather than something to do.
    public var isWriting: Bool {
        if case .writing = mode { return true }
        return false
    }

    /// The answer to one line the person typed (without its newline).
    public mutating func respond(to line: String, now: Date) -> Reply {
        switch mode {
        case .writing(let writing):
            return write(line, into: writing, now: now)
        case .asking(let question):
            return answer(question, with: line, now: now)
        case .commands:
            let words = line.split(whereSeparator: \.isWhitespace)
            guard !words.isEmpty else { return Reply() }
            guard let (verb, argument) = Verb.match(words.map { $0.lowercased() }) else {
                let typed = VisibleText.line(String(words.joined(separator: " ").prefix(40)))
                return Reply(L("walk.unknown", typed))
            }
            return verb.run(&self, argument, now)
        }
    }

    // MARK: - Where the person is

    /// The part the person is on.
    var part: Part { guide.parts[partIndex] }

    /// The index of that part in the guide.
    var partIndex: Int { guide.parts.firstIndex { $0.id == session.position.partID } ?? 0 }
}

/// What the coach says to one line, and whether the walk ends there.
public struct Reply: Sendable, Equatable {
    public var lines: [String]
    /// `quit`: the walk ends once this is said.
    public var quits: Bool

    public init(_ lines: [String] = [], quits: Bool = false) {
        self.lines = lines
        self.quits = quits
    }

    /// A reply of one line.
    public init(_ line: String) { self.init([line]) }
}
