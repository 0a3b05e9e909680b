import Foundation
import Testing
import TestSupport
@testable import RekindleCore

@Suite struct SessionCodecTests {
    func filled() -> Session {
        var session = Session(name: "s", guide: sampleGuide, now: noon)
        let one = sampleGuide.part(id: "one")!
        session.setChecked(true, item: one.checklist[1], in: one, at: noon.addingTimeInterval(60))
        session.setNote("line one\né 中文 😀 \"quoted\" \\ slash", for: one, at: noon.addingTimeInterval(120))
        session.position = Position(partID: "one", pane: .notes, checklistCursor: 1, noteCursor: 7, scroll: 2)
        return session
    }

    @Test func roundTripsExactly() throws {
        let session = filled()
        let bytes = SessionCodec.encode(session)
        #expect(try SessionCodec.decode(bytes) == session)
        #expect(SessionCodec.encode(try SessionCodec.decode(bytes)) == bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"version\" : 3"))
        #expect(text.contains("\"checkedAt\" : \"2026-11-18T11:07:40Z\""))
    }

    /// The file format people read and diff: pretty, sorted JSON with unescaped slashes
    /// and a final new line, whatever the notes hold (controls, line separators, 300 KB).
    @Test func theDocumentIsPrettySortedJSONWithAFinalNewLine() throws {
        struct Document: Encodable { var version: Int; var session: Session }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let alphabet = (0..<0x80).map { Character(Unicode.Scalar(UInt8($0))) } + ["é", "中", "😀", "\u{2028}", "\u{85}", "\u{FFFF}", "\r\n"]
        var generator = SeededGenerator.forTest("theDocumentIsPrettySortedJSONWithAFinalNewLine")
        for round in 0..<200 {
            var session = filled()
            for part in sampleGuide.parts where Bool.random(using: &generator) {
                let length = round == 0 ? 300_000 : Int.random(in: 0...300, using: &generator)
                session.setNote(String((0..<length).map { _ in alphabet.randomElement(using: &generator)! }), for: part, at: noon)
            }
            let expected = Array(try encoder.encode(Document(version: SessionCodec.currentVersion, session: session))) + [0x0A]
            #expect(SessionCodec.encode(session) == expected)
        }
    }

    /// Issue 23: saving was quadratic in the number of notes (10,000 notes: 8 s; 100,000:
    /// minutes), each note's marker being searched for from the start of the document.
    /// The markers are gone (JSONEncoder writes the whole file), so this holds the shape
    /// rather than a time: 100,000 notes save and load whole, in the bytes JSONEncoder
    /// writes. Speed is `make bench`'s to measure, never a timed test's; a time limit here
    /// failed CI once on a busy machine (2.11 s of CPU against a 2.04 s bound).
    @Test func aHundredThousandNotesSaveAndLoadWhole() throws {
        let dir = TemporaryDirectory()
        let store = try SessionStore(dataDirectory: dir.file("data"))
        var large = Session(name: "many", guide: sampleGuide, now: noon)
        for index in 0..<100_000 {
            large.notes["part-\(index)"] = Note(text: "note \(index): \"quoted\" é 中\nsecond line", editedAt: noon,
                                                partTitle: "Part \(index)")
        }
        try store.save(large)
        #expect(try store.load(large.name) == large)
        #expect(try POSIX.readFile(store.path(of: large.name)) == encodedByJSONEncoder(large))
    }

    func encodedByJSONEncoder(_ session: Session) throws -> [UInt8] {
        struct Document: Encodable { var version: Int; var session: Session }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return Array(try encoder.encode(Document(version: SessionCodec.currentVersion, session: session))) + [0x0A]
    }

    /// A note or check whose text looks like the markers a save puts in place of notes
    /// is written as it is.
    @Test func textLikeTheSaveMarkersIsWrittenAsItIs() throws {
        var session = filled()
        let one = sampleGuide.part(id: "one")!, two = sampleGuide.part(id: "two")!
        session.setNote("\"rekindle-note-1-0\" rekindle-note-", for: two, at: noon)
        session.setChecked(true, item: one.checklist[0], in: one, at: noon)
        session.checks[one.checklist[0].id]?.text = "rekindle-note-0-0"
        #expect(SessionCodec.encode(session) == (try encodedByJSONEncoder(session)))
        #expect(try SessionCodec.decode(SessionCodec.encode(session)) == session)
    }

    /// Found by the session fuzzer: fractional seconds in a hand-edited file decoded,
    /// then did not survive a save and a reload.
    @Test func handEditedFractionalSecondsStillRoundTrip() throws {
        let text = String(decoding: SessionCodec.encode(filled()), as: UTF8.self)
            .replacingOccurrences(of: "T11:07:40Z", with: "T11:07:4.1Z")
        let session = try SessionCodec.decode(Array(text.utf8))
        #expect(session.checks["one.second"]?.checkedAt == Date(timeIntervalSince1970: 1_795_000_024))
        #expect(try SessionCodec.decode(SessionCodec.encode(session)) == session)
    }

    @Test func migratesVersionOne() throws {
        let v1 = """
            {"version": 1, "session": {"name": "old", "guide": "sample", "started": "2026-11-18T11:06:40Z",
             "checked": {"one.first": "2026-11-19T08:00:00Z"}, "notes": {"one": "from long ago", "two": ""}}}
            """
        let session = try SessionCodec.decode(Array(v1.utf8))
        #expect(session.name == "old")
        #expect(session.guideID == "sample")
        #expect(session.startedAt == noon)
        #expect(session.checks["one.first"]?.partID == "one")
        #expect(session.checks["one.first"]?.checkedAt == Date(timeIntervalSince1970: 1_795_075_200))
        #expect(session.lastUsedAt == Date(timeIntervalSince1970: 1_795_075_200))
        #expect(session.notes.mapValues(\.text) == ["one": "from long ago"])
        #expect(session.position.partID == "")
    }

    @Test(arguments: [
        ("", "is empty"),
        ("   \n", "is empty"),
        ("{\"version\": 2, \"session\": ", "is not valid JSON"),
        ("[1, 2]", "is not a JSON object with a 'version' field"),
        ("{\"session\": {}}", "is missing the field 'version'"),
        ("{\"version\": \"two\"}", "has a value of the wrong type at 'version'"),
        ("{\"version\": 4, \"session\": {}}", "was written by a newer rekindle (format version 4; this one reads up to 3). Update rekindle to open it"),
        ("{\"version\": 0}", "has an unknown format version 0"),
        ("{\"version\": 2, \"session\": {\"name\": 5}}", "has a value of the wrong type at 'session.name'"),
        ("{\"version\": 2, \"session\": {\"name\": \"x\"}}", "is missing the field 'session.guideID'"),
    ])
    func explainsWhatIsWrong(json: String, expected: String) {
        #expect(throws: SessionCodec.Failure.self) { try SessionCodec.decode(Array(json.utf8)) }
        do {
            _ = try SessionCodec.decode(Array(json.utf8))
        } catch {
            #expect(error.description.hasPrefix(expected), "\(error.description)")
        }
    }

    @Test func binaryGarbageIsRefusedNotTrapped() {
        for length in [1, 7, 64, 4096] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255) }
            #expect(throws: SessionCodec.Failure.self) { try SessionCodec.decode(bytes) }
        }
    }
}
