import Foundation
import Testing
import TestSupport
@testable import RekindleCore

/// Issue 26: the answers to the opening safety check, kept privately in the session.
@Suite struct ScreeningTests {
    init() { useUTC() }

    @Test func anyYesPutsSafetyFirstAndOnlyNoContactTurnsContactOff() {
        var session = Session(name: "s", guide: sampleGuide, now: noon)
        #expect(session.screening == nil && !session.needsSafetyFirst && !session.contactIsOff)
        for question in Screening.Question.allCases {
            session.answer(question, .no, at: noon)
        }
        session.answer(.thinkingOfSelfHarm, .skipped, at: noon)
        #expect(!session.needsSafetyFirst && !session.contactIsOff)
        for question in Screening.Question.allCases {
            var answered = session
            answered.answer(question, .yes, at: noon.addingTimeInterval(60.5))
            #expect(answered.needsSafetyFirst, "\(question)")
            #expect(answered.contactIsOff == (question == .askedForNoContact), "\(question)")
            #expect(answered.screening?[question] == ScreeningAnswer(.yes, at: noon.addingTimeInterval(60)))
            #expect(answered.lastUsedAt == noon.addingTimeInterval(60))
        }
    }

    @Test func anAnswerCanBeChangedLater() {
        var session = Session(name: "s", guide: sampleGuide, now: noon)
        session.answer(.askedForNoContact, .yes, at: noon)
        session.answer(.askedForNoContact, .no, at: noon.addingTimeInterval(3600))
        #expect(session.screening?.askedForNoContact == ScreeningAnswer(.no, at: noon.addingTimeInterval(3600)))
        #expect(!session.contactIsOff)
    }

    @Test func answersRoundTripThroughTheCodecToTheSecond() throws {
        var session = Session(name: "s", guide: sampleGuide, now: noon)
        session.answer(.afraid, .no, at: noon)
        session.answer(.askedForNoContact, .yes, at: noon.addingTimeInterval(10))
        session.answer(.controlledOrHurt, .skipped, at: noon.addingTimeInterval(20))
        let bytes = SessionCodec.encode(session)
        #expect(try SessionCodec.decode(bytes) == session)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"askedForNoContact\" : {\n        \"answeredAt\" : \"2026-11-18T11:06:50Z\",\n        \"choice\" : \"yes\"\n      }"))
        #expect(!text.contains("thinkingOfSelfHarm"))
        // A hand-edited fraction of a second is dropped, as for every other date.
        let edited = Array(text.replacingOccurrences(of: "11:06:50Z", with: "11:06:50.7Z").utf8)
        #expect(try SessionCodec.decode(edited) == session)
    }

    /// A session that never answered is written without the field, as before the check
    /// existed; SessionSampleTests holds that every earlier file still opens.
    @Test func noAnswersNoField() {
        let text = String(decoding: SessionCodec.encode(Session(name: "s", guide: sampleGuide, now: noon)), as: UTF8.self)
        #expect(!text.contains("screening"))
    }

    @Test func anUnknownChoiceIsRefusedWithItsPlace() {
        var session = Session(name: "s", guide: sampleGuide, now: noon)
        session.answer(.afraid, .yes, at: noon)
        let bytes = Array(String(decoding: SessionCodec.encode(session), as: UTF8.self)
            .replacingOccurrences(of: "\"yes\"", with: "\"maybe\"").utf8)
        #expect(throws: SessionCodec.Failure.self) { try SessionCodec.decode(bytes) }
    }

    /// The answers are private: the review and the Markdown export read the same with
    /// or without them.
    @Test func theReviewAndTheMarkdownExportLeaveThemOut() {
        var session = Session(name: "s", guide: sampleGuide, now: noon)
        let one = sampleGuide.part(id: "one")!
        session.setChecked(true, item: one.checklist[0], in: one, at: noon)
        var answered = session
        for question in Screening.Question.allCases { answered.answer(question, .yes, at: noon) }
        #expect(ReviewReport.render(session: answered, guide: sampleGuide, now: noon, zone: .fixed(0), glyphs: .blocks)
            == ReviewReport.render(session: session, guide: sampleGuide, now: noon, zone: .fixed(0), glyphs: .blocks))
        let markdown = { (session: Session) in
            MarkdownWriter.write(ReviewDocument.build(session: session, guide: sampleGuide, now: noon, zone: .fixed(0)))
        }
        #expect(markdown(answered) == markdown(session))
    }
}
