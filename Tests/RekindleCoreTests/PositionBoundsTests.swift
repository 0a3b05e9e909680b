import Foundation
import Testing
import TestSupport
@testable import RekindleCore

/// Issue 23: a session file with `"scroll": -1` or a cursor at Int.max crashed the
/// coach at every start. No session leaves the core's reading with such a position:
/// the codec, the store (plain and streamed reading) and `adopt` bound it, and
/// `import` refuses it.
@Suite struct PositionBoundsTests {
    let dir = TemporaryDirectory()

    /// A session on part "one" of the sample guide with a note of `note`, its position
    /// written into the file as given (any Int, as a hand could write it).
    func file(checklistCursor: Int, noteCursor: Int, scroll: Int, note: String = "héllo 😀 x", on partID: String = "one") -> [UInt8] {
        var session = Session(name: "s", guide: sampleGuide, now: noon)
        session.setNote(note, for: sampleGuide.part(id: "one")!, at: noon)
        session.position = Position(partID: partID, pane: .notes, checklistCursor: 1, noteCursor: 2, scroll: 3)
        let text = String(decoding: SessionCodec.encode(session), as: UTF8.self)
            .replacingOccurrences(of: "\"checklistCursor\" : 1", with: "\"checklistCursor\" : \(checklistCursor)")
            .replacingOccurrences(of: "\"noteCursor\" : 2", with: "\"noteCursor\" : \(noteCursor)")
            .replacingOccurrences(of: "\"scroll\" : 3", with: "\"scroll\" : \(scroll)")
        return Array(text.utf8)
    }

    static let hostile: [(checklist: Int, note: Int, scroll: Int)] = [
        (0, 0, -1), (Int.max, 0, 0), (Int.min, 0, 0), (0, Int.max, 0), (0, Int.min, 0), (0, 0, Int.max), (0, 0, Int.min),
        (Int.max, Int.min, Int.max), (-1, -1, -1), (Position.limit + 1, Position.limit + 1, Position.limit + 1),
    ]

    func expectWithinBounds(_ position: Position, note: String = "héllo 😀 x", sourceLocation: SourceLocation = #_sourceLocation) {
        #expect((0...Position.limit).contains(position.checklistCursor), sourceLocation: sourceLocation)
        #expect((0...Position.limit).contains(position.scroll), sourceLocation: sourceLocation)
        #expect((0...note.count).contains(position.noteCursor), sourceLocation: sourceLocation)
        #expect(position.impossibleField == nil, sourceLocation: sourceLocation)
    }

    @Test(arguments: hostile)
    func decodingBringsEveryPositionWithinBounds(_ values: (checklist: Int, note: Int, scroll: Int)) throws {
        let session = try SessionCodec.decode(file(checklistCursor: values.checklist, noteCursor: values.note, scroll: values.scroll))
        expectWithinBounds(session.position)
        // Bounded once, it stays as it is: a save and a reading give it back.
        #expect(try SessionCodec.decode(SessionCodec.encode(session)) == session)
    }

    @Test func eachFieldIsBoundedToWhereItCanBe() throws {
        let note = "héllo 😀 x"
        var position = try SessionCodec.decode(file(checklistCursor: -5, noteCursor: Int.max, scroll: -1)).position
        #expect((position.checklistCursor, position.noteCursor, position.scroll) == (0, note.count, 0))
        position = try SessionCodec.decode(file(checklistCursor: Int.max, noteCursor: Int.min, scroll: Int.max)).position
        #expect((position.checklistCursor, position.noteCursor, position.scroll) == (Position.limit, 0, Position.limit))
        // Beyond the note by one: its end, counted in characters as the coach counts them.
        position = try SessionCodec.decode(file(checklistCursor: 0, noteCursor: note.count + 1, scroll: 0)).position
        #expect(position.noteCursor == note.count)
        // A possible position is kept exactly.
        position = try SessionCodec.decode(file(checklistCursor: 1, noteCursor: 7, scroll: 12)).position
        #expect((position.checklistCursor, position.noteCursor, position.scroll) == (1, 7, 12))
        // Without a note, the note cursor is at its start.
        #expect(try SessionCodec.decode(file(checklistCursor: 0, noteCursor: 5, scroll: 0, on: "two")).position.noteCursor == 0)
    }

    @Test(arguments: hostile)
    func theStoreNeverHandsOutAnImpossiblePosition(_ values: (checklist: Int, note: Int, scroll: Int)) throws {
        let store = try SessionStore(dataDirectory: dir.file("data"))
        dir.write("data/sessions/s.json", file(checklistCursor: values.checklist, noteCursor: values.note, scroll: values.scroll))
        expectWithinBounds(try #require(try store.load("s")).position)
        let opened = try store.open("s", guide: .given(sampleGuide), now: noon).session
        expectWithinBounds(opened.position)
        // Part "one" has two items: the cursor is on one of them.
        #expect((0...1).contains(opened.position.checklistCursor))
    }

    /// A long note bounds the cursor by its own length.
    @Test func aLongNoteBoundsItsCursorByTheNote() throws {
        let note = String(repeating: "a long note, é 中 😀\n", count: 2_000)
        let read = try SessionCodec.decode(file(checklistCursor: Int.max, noteCursor: Int.max, scroll: -1, note: note))
        #expect(read.position.noteCursor == note.count)
        let kept = try SessionCodec.decode(file(checklistCursor: 0, noteCursor: 30_000, scroll: 0, note: note))
        #expect(kept.position.noteCursor == 30_000)
    }

    @Test func adoptingTheGuideKeepsTheChecklistCursorOnAnItem() {
        var session = Session(name: "s", guide: sampleGuide, now: noon)
        for (cursor, expected) in [(Position.limit, 1), (1, 1), (0, 0), (-3, 0)] {
            session.position = Position(partID: "one", pane: .checklist, checklistCursor: cursor)
            session.adopt(sampleGuide)
            #expect(session.position.checklistCursor == expected)
        }
        // The end has no checklist: the cursor is at 0.
        session.position = Position(partID: "end", pane: .checklist, checklistCursor: 4)
        session.adopt(sampleGuide)
        #expect(session.position.checklistCursor == 0)
    }

    /// `import` refuses what reading a session of one's own would bound, and says which field.
    @Test func importingRefusesAnImpossiblePosition() throws {
        for values in Self.hostile {
            let bytes = file(checklistCursor: values.checklist, noteCursor: values.note, scroll: values.scroll)
            #expect {
                _ = try SessionCodec.decode(bytes, impossiblePositions: .refused)
            } throws: { error in
                (error as? SessionCodec.Failure)?.description.hasPrefix("has an impossible value at 'session.position.") == true
            }
        }
        let refused = Result { () throws(SessionCodec.Failure) in
            try SessionCodec.decode(file(checklistCursor: 0, noteCursor: 0, scroll: -1), impossiblePositions: .refused)
        }
        #expect(throws: SessionCodec.Failure(description: "has an impossible value at 'session.position.scroll' (-1); positions run from 0 to \(Position.limit)")) {
            try refused.get()
        }
        // A cursor past a note's end is possible (the note was shortened by hand): bounded, not refused.
        let position = try SessionCodec.decode(file(checklistCursor: 1, noteCursor: 500, scroll: 40), impossiblePositions: .refused).position
        #expect((position.checklistCursor, position.noteCursor, position.scroll) == (1, "héllo 😀 x".count, 40))
    }
}
