import Foundation
import Testing
import TestSupport
@testable import RekindleCore

/// Issue 27 in the real binary at 80x24: a check-in on opening, a timed action started
/// today, and an entry edited then restored from its history.
@Suite(.serialized) struct TimeEndToEndTests {
    let dir = TemporaryDirectory()
    var rekindle: Rekindle { Rekindle(dataDirectory: dir.file("data")) }
    var store: SessionStore { get throws { try SessionStore(dataDirectory: dir.file("data")) } }

    /// Saves a returning session, positioned by `change`, and opens the coach on it.
    func resume(_ change: (inout Session) -> Void) throws -> TmuxSession {
        var session = Session(name: "default", guide: .builtIn, now: Date().addingTimeInterval(-3 * 86_400))
        for question in Screening.Question.allCases { session.answer(question, .skipped, at: session.startedAt) }
        change(&session)
        try store.save(session)
        let tmux = try TmuxSession(command: Repository.binary, environment: rekindle.terminalEnvironment)
        try tmux.waitFor("Welcome back.")
        return tmux
    }

    func quit(_ tmux: TmuxSession) throws -> Session {
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        return try #require(try store.load("default"))
    }

    @Test func aCheckInOnOpeningIsKeptWithItsWord() throws {
        let tmux = try resume { _ in }
        try tmux.waitFor("How are you feeling right now?")
        try tmux.send("4")
        try tmux.waitFor("How strong is the urge to contact them?")
        try tmux.send("+")
        try tmux.waitFor("A word for today")
        try tmux.typeLine("calmer, é")
        try tmux.waitFor("Checked in: feeling 4 (good), urge 10 of 10, “calmer, é”. Thank you.")
        try tmux.send("Enter")
        try tmux.waitFor("Opening")
        let checkIns = try quit(tmux).checkIns
        #expect(checkIns.map(\.mood) == [4] && checkIns.map(\.urge) == [10] && checkIns.map(\.word) == ["calmer, é"])
    }

    @Test func aTimedActionStartedTodayIsOnItsFirstDay() throws {
        let tmux = try resume { session in
            session.position = Position(partID: "space", pane: .checklist, checklistCursor: 3)
        }
        try tmux.send("Enter")
        try tmux.waitFor("7 days · b starts the count today")
        try tmux.send("b")
        let lastDay = RelativeTime.day(TimedStart(startedAt: Date(), days: 7).lastDay(zone: .local), now: Date(), zone: .local)
        try tmux.waitFor("day 1 of 7 · ends \(lastDay)")
        try tmux.send("Space")
        try tmux.waitFor("Check it now? y yes")
        try tmux.send("n")
        let session = try quit(tmux)
        #expect(session.timers["space.no-checking"]?.days == 7 && !session.isChecked("space.no-checking"))
    }

    @Test func anEarlierEntryIsEditedAndThenRestoredFromItsHistory() throws {
        let twoDaysAgo = Date().addingTimeInterval(-2 * 86_400)
        let tmux = try resume { session in
            session.setNote("What went wrong: we stopped talking.", for: Guide.builtIn.steps[0], at: twoDaysAgo)
            session.position = Position(partID: "reflect", pane: .notes)
        }
        try tmux.send("Enter")
        try tmux.waitFor("What went wrong: we stopped talking.")
        try tmux.send("e")
        try tmux.waitFor("an earlier entry")
        try tmux.type("A new day.")
        try tmux.send("Escape")
        try tmux.send("v")
        try tmux.waitFor("Your entries for Step 1")
        try tmux.send("Up")
        try tmux.send("Enter")
        try tmux.waitFor("Writing")
        try tmux.send("End")
        try tmux.type(" And I stopped asking.")
        try tmux.send("Escape")
        try tmux.waitFor("v history")
        try tmux.send("v")
        try tmux.waitFor("1 earlier version")
        try tmux.send("Up")
        try tmux.send("Right")
        try tmux.waitFor("Earlier versions of the entry")
        try tmux.send("Enter")
        try tmux.waitFor("Restored the words saved")
        let entries = try quit(tmux).entries(for: "reflect")
        #expect(entries.map(\.text) == ["What went wrong: we stopped talking.", "A new day."])
        #expect(entries[0].versions.map(\.text) == ["What went wrong: we stopped talking.",
                                                    "What went wrong: we stopped talking. And I stopped asking."])
    }
}
