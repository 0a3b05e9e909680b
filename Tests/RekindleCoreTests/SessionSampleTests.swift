import Foundation
import Testing
import TestSupport
@testable import RekindleCore

/// Every shape of session file rekindle has written (SessionSamples/: format 1, and
/// format 2 as the encoder of issue 23's time wrote it, with escapes, a 1.3 MB note,
/// 500 notes, fractional seconds, issue 26's safety-check answers) still opens, and comes back the same when written
/// again by the plain JSONEncoder that writes sessions now.
@Suite struct SessionSampleTests {
    static let folder = Repository.root + "/Tests/RekindleCoreTests/SessionSamples"
    static let samples = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()

    @Test func thereAreSamplesOfEachFormat() {
        #expect(Self.samples.contains { $0.hasPrefix("v1") } && Self.samples.filter { $0.hasPrefix("v2") }.count >= 5)
    }

    @Test(arguments: samples)
    func aSampleOpensAndRoundTrips(_ name: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: "\(Self.folder)/\(name)")).map { $0 }
        let session = try SessionCodec.decode(bytes)
        let written = SessionCodec.encode(session)
        #expect(try SessionCodec.decode(written) == session)
        // What format 2 wrote is written again byte for byte (fractional seconds aside,
        // which are dropped on reading).
        if name.hasPrefix("v2") && !name.contains("fractional") { #expect(written == bytes, "\(name) is written differently") }
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
