import Foundation
import Testing
import TestSupport
@testable import RekindleCore

/// Every shape of session file rekindle has written (SessionSamples/: format 1;
/// format 2 as the encoder of issue 23's time wrote it, with escapes, a 1.3 MB note,
/// 500 notes, fractional seconds, issue 26's safety-check answers; format 3 with dated
/// entries and time) still opens, and comes back the same when written again.
@Suite struct SessionSampleTests {
    static let folder = Repository.root + "/Tests/RekindleCoreTests/SessionSamples"
    static let samples = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()

    @Test func thereAreSamplesOfEachFormat() {
        #expect(Self.samples.contains { $0.hasPrefix("v1") } && Self.samples.filter { $0.hasPrefix("v2") }.count >= 5
                && Self.samples.contains { $0.hasPrefix("v3") })
    }

    @Test(arguments: samples)
    func aSampleOpensAndRoundTrips(_ name: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: "\(Self.folder)/\(name)")).map { $0 }
        let session = try SessionCodec.decode(bytes)
        let written = SessionCodec.encode(session)
        #expect(try SessionCodec.decode(written) == session)
        // What format 3 wrote is written again byte for byte.
        if name.hasPrefix("v3") { #expect(written == bytes, "\(name) is written differently") }
    }

    /// Issue 27: format 2's single note per part becomes the first entry, dated by its
    /// last edit, with nothing else changed.
    @Test(arguments: samples.filter { $0.hasPrefix("v2") })
    func aVersionTwoNoteBecomesTheFirstEntry(_ name: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: "\(Self.folder)/\(name)")).map { $0 }
        struct OldNote: Decodable { var text: String; var editedAt: Date }
        struct Old: Decodable { struct Inner: Decodable { var notes: [String: OldNote] }; var session: Inner }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let old = try decoder.decode(Old.self, from: Data(bytes)).session.notes
        let session = try SessionCodec.decode(bytes)
        #expect(Set(session.notes.keys) == Set(old.keys))
        for (partID, note) in old {
            let entries = session.entries(for: partID)
            #expect(entries.count == 1)
            #expect(entries.first?.text == note.text)
            #expect(entries.first?.startedAt == note.editedAt.wholeSeconds && entries.first?.editedAt == note.editedAt.wholeSeconds)
            #expect(entries.first?.versions == [])
        }
        let written = String(decoding: SessionCodec.encode(session), as: UTF8.self)
        #expect(written.contains("\"version\" : 3"))
    }

    /// The format this build writes, with every field of format 3 filled in; recorded
    /// with REKINDLE_RECORD_SNAPSHOTS=1, so a change to the format shows as a diff.
    @Test func theVersionThreeSampleIsWhatThisBuildWrites() throws {
        let session = Session.everyField
        let path = "\(Self.folder)/v3-full.json"
        if ProcessInfo.processInfo.environment["REKINDLE_RECORD_SNAPSHOTS"] != nil {
            _ = FileManager.default.createFile(atPath: path, contents: Data(SessionCodec.encode(session)))
        }
        let recorded = try #require(FileManager.default.contents(atPath: path)).map { $0 }
        #expect(SessionCodec.encode(session) == recorded)
        #expect(try SessionCodec.decode(recorded) == session)
    }

    /// Issue 26: answers to the safety check, as the session keeps them.
    @Test func theScreeningSampleHoldsItsAnswers() throws {
        let bytes = try #require(FileManager.default.contents(atPath: "\(Self.folder)/v2-screening.json")).map { $0 }
        let screening = try #require(try SessionCodec.decode(bytes).screening)
        #expect(screening.afraid?.choice == .no)
        #expect(screening.controlledOrHurt?.choice == .skipped)
        #expect(screening.askedForNoContact == ScreeningAnswer(.yes, at: Date(timeIntervalSince1970: 1_795_000_030)))
        #expect(screening.thinkingOfSelfHarm == nil)
        #expect(try SessionCodec.decode(bytes).contactIsOff)
    }
}
