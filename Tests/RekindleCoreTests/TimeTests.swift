import Foundation
import Testing
@testable import RekindleCore

/// Issue 27: time in the session, always injected: entries by day, versions after a
/// pause, timed actions across days, the check-in's throttle, the cooling-off day.
@Suite struct TimeTests {
    let one = sampleGuide.part(id: "one")!
    let utc = TimeZoneOffset.fixed(0)
    let minute: TimeInterval = 60, hour: TimeInterval = 3600, day: TimeInterval = 86_400

    // MARK: Journal

    @Test func writingOnANewDayBeginsANewEntryAndKeepsTheOldOne() {
        var session = Session(name: "t", guide: sampleGuide, now: noon)
        #expect(session.entryForWriting(in: "one", now: noon, zone: utc) == 0)
        session.setEntry("monday", at: 0, for: one, at: noon)
        #expect(session.entryForWriting(in: "one", now: noon.addingTimeInterval(5 * hour), zone: utc) == 0)
        // 11:06 UTC + 13 h is the next day in UTC, but the same day 10 hours west.
        let later = noon.addingTimeInterval(13 * hour)
        #expect(session.entryForWriting(in: "one", now: later, zone: utc) == 1)
        #expect(session.entryForWriting(in: "one", now: later, zone: .fixed(-10 * 3600)) == 0)
        session.setEntry("tuesday", at: 1, for: one, at: later)
        #expect(session.entries(for: "one").map(\.text) == ["monday", "tuesday"])
        #expect(session.noteText(for: "one") == "tuesday" && session.notes["one"]?.text == "monday\n\ntuesday")
    }

    @Test func anEmptyNewEntryIsNotKept() {
        var session = Session(name: "t", guide: sampleGuide, now: noon)
        session.setEntry("kept", at: 0, for: one, at: noon)
        session.setEntry("", at: 1, for: one, at: noon.addingTimeInterval(day))
        #expect(session.entries(for: "one").count == 1)
    }

    @Test func anEditAfterAPauseKeepsTheTextBeforeIt() {
        var session = Session(name: "t", guide: sampleGuide, now: noon)
        session.setNote("a", for: one, at: noon)
        session.setNote("ab", for: one, at: noon.addingTimeInterval(NoteEntry.pause - 1))
        #expect(session.entries(for: "one")[0].versions.isEmpty, "typing on is one version")
        let afterPause = noon.addingTimeInterval(2 * NoteEntry.pause)
        session.setNote("abc", for: one, at: afterPause)
        #expect(session.entries(for: "one")[0].versions == [NoteVersion(text: "ab", savedAt: noon.addingTimeInterval(NoteEntry.pause - 1))])
    }

    @Test func versionsAreBoundedOldestFirstOut() {
        var session = Session(name: "t", guide: sampleGuide, now: noon)
        for index in 0...(NoteEntry.versionLimit + 5) {
            session.setNote("text \(index)", for: one, at: noon.addingTimeInterval(Double(index) * hour))
        }
        let versions = session.entries(for: "one")[0].versions
        #expect(versions.count == NoteEntry.versionLimit)
        #expect(versions.first?.text == "text 5" && versions.last?.text == "text \(NoteEntry.versionLimit + 4)")
    }

    @Test func restoringKeepsTheReplacedTextAsAVersion() {
        var session = Session(name: "t", guide: sampleGuide, now: noon)
        session.setNote("first", for: one, at: noon)
        session.setNote("second", for: one, at: noon.addingTimeInterval(hour))
        session.restore(version: 0, ofEntry: 0, for: one, at: noon.addingTimeInterval(2 * hour))
        let entry = session.entries(for: "one")[0]
        #expect(entry.text == "first")
        #expect(entry.versions.map(\.text) == ["first", "second"])
    }

    @Test func anEmptiedEntryWithHistoryStaysRestorable() {
        var session = Session(name: "t", guide: sampleGuide, now: noon)
        session.setNote("words", for: one, at: noon)
        session.setNote("", for: one, at: noon.addingTimeInterval(hour))
        #expect(session.entries(for: "one").first?.versions.map(\.text) == ["words"])
        #expect(!session.hasNote(for: "one"))
        var fresh = Session(name: "t", guide: sampleGuide, now: noon)
        fresh.setNote("typed then deleted at once", for: one, at: noon)
        fresh.setNote("", for: one, at: noon.addingTimeInterval(1))
        #expect(fresh.entries(for: "one").first?.versions.map(\.text) == ["typed then deleted at once"],
                "emptying keeps the text, however soon")
    }

    // MARK: Timed actions

    @Test func aTimedActionCountsCalendarDays() {
        let start = Date(timeIntervalSince1970: 1_795_046_400 + 23 * 3600) // 23:00 UTC
        let timer = TimedStart(startedAt: start, days: 7)
        #expect(timer.day(at: start, zone: utc) == 1)
        #expect(timer.day(at: start.addingTimeInterval(2 * hour), zone: utc) == 2, "past midnight is day 2")
        #expect(timer.isRunning(at: start.addingTimeInterval(6 * day), zone: utc))
        #expect(!timer.isRunning(at: start.addingTimeInterval(6 * day + 2 * hour), zone: utc))
        #expect(RelativeTime.day(timer.lastDay(zone: utc), now: start, zone: utc) == "Wed 25 Nov")
    }

    @Test func notForMeReplacesACheckAndCountsAsAddressed() {
        var session = Session(name: "t", guide: sampleGuide, now: noon)
        let item = one.checklist[0]
        session.setChecked(true, item: item, in: one, at: noon)
        session.setNotForMe(true, item: item, in: one, at: noon)
        #expect(!session.isChecked(item.id) && session.isNotForMe(item.id))
        #expect(Progress(session: session, guide: sampleGuide).checkedItems == 1)
        session.setChecked(true, item: item, in: one, at: noon)
        #expect(!session.isNotForMe(item.id))
    }

    @Test func aDecisionChecksItsItemAndCanChange() {
        var session = Session(name: "t", guide: sampleGuide, now: noon)
        let item = one.checklist[1]
        session.decide(.no, item: item, in: one, at: noon)
        #expect(session.isChecked(item.id) && session.isMovingOn)
        session.decide(.yes, item: item, in: one, at: noon.addingTimeInterval(day))
        #expect(!session.isMovingOn && session.decision?.decidedAt == noon.addingTimeInterval(day))
    }

    // MARK: Check-in

    @Test func theCheckInIsOfferedAtMostOnceInItsInterval() {
        var session = Session(name: "t", guide: sampleGuide, now: noon)
        #expect(session.shouldOfferCheckIn(at: noon))
        session.record(CheckIn(at: noon, mood: nil, urge: nil))
        #expect(session.checkIns.isEmpty, "skipping every question records only that it was offered")
        #expect(!session.shouldOfferCheckIn(at: noon.addingTimeInterval(CheckIn.interval - 1)))
        #expect(session.shouldOfferCheckIn(at: noon.addingTimeInterval(CheckIn.interval)))
        #expect(session.shouldOfferCheckIn(at: noon.addingTimeInterval(-hour)), "a clock set back asks again")
    }

    @Test func checkInFiguresOutOfRangeAreDropped() {
        let checkIn = CheckIn(at: noon, mood: 9, urge: 11, word: "")
        #expect(checkIn.isEmpty)
        #expect(CheckIn(at: noon, mood: 5, urge: 0).mood == 5)
    }

    // MARK: Drafts

    @Test func aDraftIsReadyExactlyADayAfterItsLastEdit() {
        var session = Session(name: "t", guide: sampleGuide, now: noon)
        session.setDraft("hello", at: 0, partID: "two", at: noon)
        let draft = session.drafts[0]
        #expect(!draft.isReady(at: noon.addingTimeInterval(Draft.coolingOff - minute)))
        #expect(draft.isReady(at: noon.addingTimeInterval(Draft.coolingOff + minute)))
        #expect(RelativeTime.ahead(draft.readyAt, now: noon, zone: utc) == "tomorrow at 11:06")
        session.setDraft("hello again", at: 0, partID: "two", at: noon.addingTimeInterval(hour))
        #expect(!session.drafts[0].isReady(at: noon.addingTimeInterval(Draft.coolingOff + minute)), "a rewrite waits again")
        session.setDraft("", at: 0, partID: "two", at: noon)
        #expect(session.drafts.isEmpty)
    }

    @Test func resettingAPartClearsItsTimeButNotTheCheckIns() {
        var session = Session.everyField
        session.reset(partID: "one", in: sampleGuide, at: noon)
        #expect(session.timers.isEmpty && session.decision == nil && session.notes["one"] == nil)
        #expect(session.checkIns.count == 1 && session.urges.count == 1 && session.notForMe.count == 1)
    }
}
