import Foundation
import Testing
import TestSupport
@testable import RekindleCore

/// A session file with a long note is read with the note unescaped as it streams in
/// (`LongStrings`); it must give exactly what decoding the whole file gives, or step
/// aside so that the whole file is decoded.
@Suite struct LongStringsTests {
    let dir = TemporaryDirectory()

    /// A session file whose note is `contents` (JSON string contents, escapes as written).
    func file(note contents: String, check: String = "First thing") -> [UInt8] {
        let filler = String(repeating: "Plenty of words for a long note. ", count: LongStrings.threshold / 30)
        return Array("""
            {"version": 2, "session": {"name": "long", "guideID": "sample", "guideHash": "h",
              "startedAt": "2026-11-18T11:06:40Z", "lastUsedAt": "2026-11-18T11:06:40Z",
              "position": {"partID": "one", "pane": "notes", "scroll": 0, "checklistCursor": 0, "noteCursor": 0},
              "checks": {"first": {"checkedAt": "2026-11-18T11:06:40Z", "text": "\(check)", "partID": "one"}},
              "notes": {"one": {"text": "\(filler)\(contents)\(filler)", "editedAt": "2026-11-18T11:06:40Z", "partTitle": "One"}}}}
            """.utf8)
    }

    /// Loads `bytes` through the store and compares with decoding them whole; returns
    /// whether the streaming reading took them.
    @discardableResult
    func loadsAsWhole(_ bytes: [UInt8]) throws -> Bool {
        let path = dir.file("data/sessions/long.json")
        let store = try SessionStore(dataDirectory: dir.file("data"))
        dir.write("data/sessions/long.json", bytes)
        let streamed = try LongStrings.read(path).flatMap(SessionCodec.decode)
        switch (Result { () throws(SessionCodec.Failure) in try SessionCodec.decode(bytes) }, Result { try store.load("long") }) {
        case let (.success(whole), .success(loaded)):
            var named = whole
            named.name = "long"
            #expect(loaded == named)
            if let streamed { #expect(streamed == whole) }
        case let (.failure(whole), .failure(loaded)):
            #expect("\(loaded)".contains(whole.description))
            #expect(streamed == nil)
        case let (whole, loaded):
            Issue.record("decoding whole gave \(whole), the store gave \(loaded)")
        }
        return streamed != nil
    }

    @Test func everyEscapeReadsAsWhole() throws {
        let escapes = #"quote \" backslash \\ slash \/ \b\f\n\r\t CRLF\r\n nul \u0000 e \u00e9 É \u00C9 中文 \u4e2d emoji 😀 \ud83d\ude00 \uD83D\uDE00 end"#
        #expect(try loadsAsWhole(file(note: escapes)))
        // Escapes cut by every piece boundary: shifting the note shifts where pieces end.
        for shift in 0..<20 {
            #expect(try loadsAsWhole(file(note: String(repeating: "x", count: shift) + String(repeating: #"\ud83d\ude00\u00e9\n"#, count: 9_000))))
        }
    }

    @Test func aSavedLongNoteIsReadByStreaming() throws {
        let store = try SessionStore(dataDirectory: dir.file("data"))
        var session = Session(name: "long", guide: sampleGuide, now: noon)
        let text = (0..<3_000).map { "line \($0): \"quoted\" \\ tab\t ctrl\u{1} é 中文 😀 \r\n" }.joined()
        session.setNote(text, for: sampleGuide.parts[1], at: noon)
        try store.save(session)
        let long = try #require(try LongStrings.read(store.path(of: "long")))
        #expect(SessionCodec.decode(long) == session)
        #expect(long.skeleton.count < 2_000)
    }

    @Test func whatJSONDoesNotAllowIsLeftToTheWholeReading() throws {
        for contents in [#"lone \ud83d high"#, #"lone \ude00 low"#, #"high then letter \ud83dx"#, #"bad \x escape"#,
                         "raw \u{1} control", #"short \u12 hex"#, "trailing backslash \\"] {
            #expect(try !loadsAsWhole(file(note: contents)), "\(contents)")
        }
        var invalidUTF8 = file(note: "é")
        let accent = try #require(invalidUTF8.firstIndex(of: 0xC3))
        invalidUTF8[accent] = 0xFF
        #expect(try !loadsAsWhole(invalidUTF8))
    }

    @Test func aLongStringOutsideANoteIsReadWhole() throws {
        let longCheck = String(repeating: "a checklist text far longer than any guide has ", count: 400)
        #expect(try !loadsAsWhole(file(note: "fine", check: longCheck)))
    }

    @Test func shortSessionsAndSealedOnesAreReadWhole() throws {
        let store = try SessionStore(dataDirectory: dir.file("data"))
        try store.save(Session(name: "short", guide: sampleGuide, now: noon))
        #expect(try LongStrings.read(store.path(of: "short")) == nil)
        dir.write("data/sessions/sealed.json", SealedFile.magic + Array(repeating: 0x41, count: 40_000))
        #expect(try LongStrings.read(store.path(of: "sealed")) == nil)
    }
}
