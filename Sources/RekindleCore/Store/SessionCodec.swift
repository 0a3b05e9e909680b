/// The on-disk form of a session: `{"version": N, "session": {...}}` as pretty,
/// sorted JSON that a person can read and diff. Older versions are migrated on read;
/// newer ones are refused rather than half-understood.
public enum SessionCodec {
    /// The version this build writes.
    public static let currentVersion = 2

    /// Why a document could not be decoded, worded to follow a file name.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// The document in memory; `noteTexts` as for `write`.
    public static func encode(_ session: Session, noteTexts: [String: any NoteText] = [:]) -> [UInt8] {
        var bytes: [UInt8] = []
        write(session, noteTexts: noteTexts, to: &bytes)
        return bytes
    }

    /// Writes the document a piece at a time. The session is encoded with a marker in
    /// place of each note's text, and the texts are escaped into the marked places as
    /// the sink takes them: with a 1 MB note, JSONEncoder would otherwise hold the text
    /// escaped and then again as `Data`, megabytes at once on every save. A part in
    /// `noteTexts` has its note's text written from there instead of from the session.
    static func write<Sink: ByteSink>(_ session: Session, noteTexts: [String: any NoteText] = [:],
                                      to sink: inout Sink) throws(Sink.Failure) {
        let tag = UInt64.random(in: 0...UInt64.max)
        var skeleton = session
        var texts: [any NoteText] = []
        texts.reserveCapacity(session.notes.count)
        for (id, note) in session.notes {
            skeleton.notes[id]?.text = "rekindle-note-\(tag)-\(texts.count)"
            texts.append(noteTexts[id] ?? note.text)
        }
        var json = encodeWholly(skeleton)
        var places = markedPlaces(Array("\"rekindle-note-\(tag)-".utf8), count: texts.count, in: json)
        // Each quoted marker is where its note's text goes: quotes inside encoded
        // strings are escaped, so only a whole string equal to a marker (random tag and
        // all) could be taken for one, and then a marker is found twice. Should any
        // marker not be found exactly once (JSONEncoder writing it some other way), the
        // whole session is encoded the plain way.
        if places == nil {
            var whole = session
            for (id, text) in noteTexts where whole.notes[id] != nil { whole.notes[id]?.text = String(joining: text) }
            json = encodeWholly(whole)
            places = []
        }
        var start = json.startIndex
        for (range, text) in places ?? [] {
            try sink.write(json[start..<range.lowerBound])
            try writeQuoted(texts[text], to: &sink)
            start = range.upperBound
        }
        try sink.write(json[start...])
        try sink.write([UInt8(ascii: "\n")])
    }

    /// Where each quoted marker (`prefix`, a number below `count`, a quote) is in the
    /// skeleton, in order, with its number; nil unless each number is there exactly
    /// once. One pass over the skeleton, whatever the number of notes: searching it
    /// from the start for each marker made saving 100,000 notes take minutes.
    private static func markedPlaces(_ prefix: [UInt8], count: Int, in json: [UInt8]) -> [(range: Range<Int>, text: Int)]? {
        var places: [(range: Range<Int>, text: Int)] = []
        places.reserveCapacity(count)
        var seen = [Bool](repeating: false, count: count)
        let found = json.withUnsafeBufferPointer { json in
            prefix.withUnsafeBufferPointer { prefix in
                var start = 0
                while let index = firstIndex(of: prefix, in: json, from: start) {
                    var end = index + prefix.count
                    var number = 0
                    // At most 18 digits: the number cannot overflow.
                    while end < json.count, end - index - prefix.count < 18, json[end] &- UInt8(ascii: "0") < 10 {
                        number = number * 10 + Int(json[end] &- UInt8(ascii: "0"))
                        end += 1
                    }
                    guard end > index + prefix.count, end < json.count, json[end] == UInt8(ascii: "\""),
                          number < count, !seen[number] else { return false }
                    seen[number] = true
                    places.append((index..<(end + 1), number))
                    start = end + 1
                }
                return true
            }
        }
        return found && places.count == count ? places : nil
    }

    /// Where `pattern` first is in `bytes` at or after `start`: memchr for its first
    /// byte, then memcmp (Foundation's generic `firstRange(of:)` cost half the
    /// instructions of a save).
    private static func firstIndex(of pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>,
                                   from start: Int) -> Int? {
        guard let base = bytes.baseAddress, let first = pattern.first, let patternBase = pattern.baseAddress else { return nil }
        var from = start
        while from + pattern.count <= bytes.count {
            guard let hit = memchr(base + from, Int32(first), bytes.count - pattern.count + 1 - from) else { return nil }
            let index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + index, patternBase, pattern.count) == 0 { return index }
            from = index + 1
        }
        return nil
    }

    /// The document as JSONEncoder writes it (pretty, sorted keys, unescaped slashes).
    private static func encodeWholly(_ session: Session) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        // Encoding plain strings, numbers and dates into JSON cannot fail.
        let data = (try? encoder.encode(Document(version: currentVersion, session: session))) ?? Data()
        return [UInt8](data)
    }

    /// A JSON string, escaped byte for byte as JSONEncoder escapes it, in runs. A plain
    /// loop over the bytes, each run handed to the sink as it is: iterating with
    /// `enumerated()` looked up generic metadata for every byte of a debug build.
    private static func writeQuoted<Sink: ByteSink>(_ text: any NoteText, to sink: inout Sink) throws(Sink.Failure) {
        try sink.write([UInt8(ascii: "\"")])
        try text.forEachUTF8Piece { (bytes) throws(Sink.Failure) in
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x20 || byte == 0x22 || byte == 0x5C {
                    try sink.write(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[runStart..<index])))
                    try sink.write(escapes[Int(byte)])
                    runStart = index + 1
                }
                index += 1
            }
            try sink.write(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[runStart...])))
        }
        try sink.write([UInt8(ascii: "\"")])
    }

    /// JSONEncoder's escape for each byte below 0x5D that needs one: controls (short
    /// forms where JSON has them, else \u00XX), the quote and the backslash.
    private static let escapes: [[UInt8]] = (0..<0x5D).map { byte in
        let short: [UInt8: String] = [0x22: #"\""#, 0x5C: #"\\"#, 0x08: #"\b"#, 0x09: #"\t"#, 0x0A: #"\n"#, 0x0C: #"\f"#, 0x0D: #"\r"#]
        if let escape = short[UInt8(byte)] { return Array(escape.utf8) }
        guard byte < 0x20 else { return [] }
        let hex = Array("0123456789abcdef".utf8)
        return Array(#"\u00"#.utf8) + [hex[byte >> 4], hex[byte & 0xF]]
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
            throw Failure(description: "has an impossible value at 'session.position.\(name)' (\(value)); positions run from 0 to \(Position.limit)")
        }
        session.boundPosition()
        return session
    }

    /// The session exactly as the document has it, position and all.
    private static func decodeAsWritten(_ bytes: [UInt8]) throws(Failure) -> Session {
        guard !bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else {
            throw Failure(description: "is empty")
        }
        // The decoder reads the bytes where they are: `Data(bytes)` would hold a second
        // copy of a session with a long note while it is decoded.
        return try bytes.withUnsafeBytes { raw in
            Result { () throws(Failure) in
                guard let start = raw.baseAddress else { throw Failure(description: "is empty") }
                return try decode(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: start), count: raw.count, deallocator: .none))
            }
        }.get()
    }

    /// A session read with its long strings taken out (see `LongStrings`); nil if the
    /// rest does not decode, or a long string is anywhere but in a note's text: the
    /// whole file read the plain way then says what is wrong, in terms of the file.
    /// Its position is brought within bounds once the notes are back in place.
    static func decode(_ long: LongStrings) -> Session? {
        guard var session = try? decodeAsWritten(long.skeleton) else { return nil }
        var placed = 0
        for (id, note) in session.notes {
            guard let text = long.texts[note.text] else { continue }
            session.notes[id]?.text = text
            placed += 1
        }
        guard placed == long.texts.count else { return nil }
        session.boundPosition()
        return session
    }

    private static func decode(_ data: Data) throws(Failure) -> Session {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let version: Int
        do {
            version = try decoder.decode(VersionProbe.self, from: data).version
        } catch {
            throw Failure(description: explain(error, fallback: "has no 'version' field"))
        }
        do {
            switch version {
            case currentVersion: return try decoder.decode(Document.self, from: data).session.inWholeSeconds
            case 1: return try decoder.decode(DocumentV1.self, from: data).migrated().inWholeSeconds
            case ..<1: throw Failure(description: "has an unknown format version \(version)")
            default:
                throw Failure(description: "was written by a newer rekindle (format version \(version); this one reads up to \(currentVersion)). Update rekindle to open it")
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: explain(error, fallback: "is not a valid session"))
        }
    }

    /// One readable clause for a decoding error: bad JSON, or which field is wrong.
    private static func explain(_ error: any Error, fallback: String) -> String {
        guard let error = error as? DecodingError else { return fallback }
        switch error {
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return "is not valid JSON" + detail(context) }
            return "has an invalid value at '\(path(context.codingPath))'" + detail(context)
        case .keyNotFound(let key, let context):
            return "is missing the field '\(path(context.codingPath + [key]))'"
        case .typeMismatch(_, let context) where context.codingPath.isEmpty:
            return "is not a JSON object with a 'version' field"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "has a value of the wrong type at '\(path(context.codingPath))'"
        @unknown default:
            return fallback
        }
    }

    private static func detail(_ context: DecodingError.Context) -> String {
        let underlying = context.underlyingError.map { "\($0)" } ?? ""
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
        session.notes = notes.mapValues { Note(text: $0.text, editedAt: $0.editedAt, partTitle: $0.partTitle) }
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
