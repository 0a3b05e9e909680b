/// The on-disk form of a session: `{"version": N, "session": {...}}` as pretty,
/// sorted JSON that a person can read and diff. Older versions are migrated on read;
/// newer ones are refused rather than half-understood.
public enum SessionCodec {
    /// The version this build writes.
    public static let currentVersion = 3

    /// Why a document could not be decoded, worded to follow a file name.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// The document: pretty, sorted JSON with unescaped slashes, and a final new line.
    public static func encode(_ session: Session) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        // Encoding plain strings, numbers and dates into JSON cannot fail.
        let data = (try? encoder.encode(Document(version: currentVersion, session: session))) ?? Data()
        return [UInt8](data) + [UInt8(ascii: "\n")]
    }

    /// What reading does with a position no session can have (a cursor or scroll
    /// below 0 or above `Position.limit`).
    public enum ImpossiblePositions: Sendable {
        /// Brought within bounds: a session file of one's own still opens.
        case bounded
        /// Refused with a reason, as `import` does with a file from elsewhere.
        case refused
    }

    /// The session in a document. Whatever the file says, its position comes out within
    /// bounds (see `Session.boundPosition`), or, with `.refused`, an impossible one is refused.
    public static func decode(_ bytes: [UInt8], impossiblePositions: ImpossiblePositions = .bounded) throws(Failure) -> Session {
        var session = try decodeAsWritten(bytes)
        if impossiblePositions == .refused, let (name, value) = session.position.impossibleField {
            throw Failure(description: L("codec.impossiblePosition", name, value, Position.limit))
        }
        session.boundPosition()
        return session
    }

    /// The session exactly as the document has it, position and all.
    private static func decodeAsWritten(_ bytes: [UInt8]) throws(Failure) -> Session {
        guard !bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else {
            throw Failure(description: L("codec.empty"))
        }
        return try decode(Data(bytes))
    }

    private static func decode(_ data: Data) throws(Failure) -> Session {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let version: Int
        do {
            version = try decoder.decode(VersionProbe.self, from: data).version
        } catch {
            throw Failure(description: explain(error, fallback: L("codec.noVersion")))
        }
        do {
            switch version {
            // Format 3 added dated note entries and time (see `Note` and `Session.init(from:)`);
            // the same reader reads format 2.
            case 2, currentVersion: return try decoder.decode(Document.self, from: data).session.inWholeSeconds
            case 1: return try decoder.decode(DocumentV1.self, from: data).migrated().inWholeSeconds
            case ..<1: throw Failure(description: L("codec.unknownVersion", version))
            default:
                throw Failure(description: L("codec.newer", version, currentVersion))
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: explain(error, fallback: L("codec.notASession")))
        }
    }

    /// One readable clause for a decoding error: bad JSON, or which field is wrong.
    private static func explain(_ error: any Error, fallback: String) -> String {
        guard let error = error as? DecodingError else { return fallback }
        switch error {
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return L("codec.notJSON", detail(context)) }
            return L("codec.invalidValue", path(context.codingPath), detail(context))
        case .keyNotFound(let key, let context):
            return L("codec.missingField", path(context.codingPath + [key]))
        case .typeMismatch(_, let context) where context.codingPath.isEmpty:
            return L("codec.notAnObject")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return L("codec.wrongType", path(context.codingPath))
        @unknown default:
            return fallback
        }
    }

    /// Where the JSON parser stopped, " (line 3, column 5)", from its own English words.
    private static func detail(_ context: DecodingError.Context) -> String {
        let underlying = context.underlyingError.map { "\($0)" } ?? ""
        if let place = underlying.firstMatch(of: /line ([0-9]+), column ([0-9]+)/) {
            return " (" + L("codec.location", place.output.1, place.output.2) + ")"
        }
        guard let range = underlying.firstRange(of: "line ") else { return "" }
        let location = underlying[range.lowerBound...].prefix { $0 != "." && $0 != ")" && $0 != "\"" }
        return " (\(location))"
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}

private struct VersionProbe: Decodable { var version: Int }

extension Session {
    /// Sessions keep times to the second; a hand-edited file may hold fractions
    /// ("…T23:19:04.1Z"), which are dropped on reading so the session round-trips.
    fileprivate var inWholeSeconds: Session {
        var session = self
        session.startedAt = startedAt.wholeSeconds
        session.lastUsedAt = lastUsedAt.wholeSeconds
        session.checks = checks.mapValues { CheckRecord(checkedAt: $0.checkedAt, text: $0.text, partID: $0.partID) }
        session.notes = notes.mapValues { note in
            Note(entries: note.entries.map { entry in
                NoteEntry(text: entry.text, startedAt: entry.startedAt, editedAt: entry.editedAt,
                          versions: entry.versions.map { NoteVersion(text: $0.text, savedAt: $0.savedAt) })
            }, partTitle: note.partTitle)
        }
        session.notForMe = notForMe.mapValues { CheckRecord(checkedAt: $0.checkedAt, text: $0.text, partID: $0.partID) }
        session.timers = timers.mapValues { TimedStart(startedAt: $0.startedAt, days: $0.days) }
        session.decision = decision.map { Decision(answer: $0.answer, decidedAt: $0.decidedAt, itemID: $0.itemID) }
        session.checkIns = checkIns.map { CheckIn(at: $0.at, mood: $0.mood, urge: $0.urge, word: $0.word) }
        session.checkInOfferedAt = checkInOfferedAt?.wholeSeconds
        session.drafts = drafts.map { draft in
            var whole = Draft(text: draft.text, partID: draft.partID, at: draft.writtenAt)
            whole.editedAt = draft.editedAt.wholeSeconds
            return whole
        }
        session.urges = urges.map { Urge(text: $0.text, at: $0.at) }
        for question in Screening.Question.allCases {
            session.screening?[question] = screening?[question].map { ScreeningAnswer($0.choice, at: $0.answeredAt) }
        }
        return session
    }
}

private struct Document: Codable {
    var version: Int
    var session: Session
}

/// Format 1 kept only check dates and plain note text, and no position.
private struct DocumentV1: Decodable {
    struct SessionV1: Decodable {
        var name: String
        var guide: String
        var started: Date
        var checked: [String: Date]
        var notes: [String: String]
    }

    var session: SessionV1

    func migrated() -> Session {
        var session = Session(name: self.session.name, guide: Guide(id: self.session.guide, title: "", contentHash: "", parts: []),
                              now: self.session.started)
        for (id, date) in self.session.checked {
            let partID = id.split(separator: ".").first.map(String.init) ?? id
            session.checks[id] = CheckRecord(checkedAt: date, text: id, partID: partID)
        }
        for (partID, text) in self.session.notes where !text.isEmpty {
            session.notes[partID] = Note(text: text, editedAt: self.session.started, partTitle: partID)
        }
        session.lastUsedAt = (self.session.checked.values + [self.session.started]).max() ?? self.session.started
        return session
    }
}
