import Foundation
import RekindleCore
import Testing
import TestSupport
@testable import RekindleTUI

/// Issue 27: timed actions, the no-contact counter and gate, "not for me", the decision
/// and its moving-on path, notes carried forward and the draft box; time injected.
@Suite struct PacingTests {
    let day: TimeInterval = 86_400
    let guide = Guide.builtIn

    /// The actions of a part, focused, on the item with this id, at 120x40.
    func on(_ partID: String, item itemID: String? = nil, session: Session = .checked) -> AppState {
        var session = session
        let part = guide.part(id: partID)!
        let cursor = itemID.flatMap { id in part.checklist.firstIndex { $0.id == id } } ?? 0
        session.position = Position(partID: partID, pane: itemID == nil ? .notes : .checklist, checklistCursor: cursor)
        var state = makeState(size: Size(width: 120, height: 40), session: session)
        state.press(.enter)
        return state
    }

    func picture(_ state: AppState) -> String { AppView.render(state).lines.joined(separator: "\n") }

    @Test func aTimedActionStartedTodayCountsItsDaysAndAsksBeforeAnEarlyCheck() {
        var state = on("space", item: "space.no-checking")
        #expect(picture(state).contains("7 days · b starts the count today"))
        state.press(.character("b"))
        #expect(picture(state).contains("day 1 of 7 · ends Tue 24 Nov"))
        let later = noon.addingTimeInterval(2 * day)
        _ = state.apply(.resize(state.size), now: later)
        #expect(picture(state).contains("day 3 of 7 · ends Tue 24 Nov"))
        state.press(.character(" "), now: later)
        #expect(picture(state).contains("Runs until Tue 24 Nov. Check it now? y yes"))
        state.press(.character("n"), now: later)
        #expect(!state.session.isChecked("space.no-checking"))
        state.press(.character(" "), .character("y"), now: later)
        #expect(state.session.isChecked("space.no-checking"))
        let over = noon.addingTimeInterval(8 * day)
        _ = state.apply(.resize(state.size), now: over)
        #expect(picture(state).contains("the 7 days ended Tue 24 Nov"))
    }

    @Test func theNoContactPeriodHasTheChosenLengthCountsOnTheWelcomeAndGatesTheContactSteps() {
        var state = on("space", item: "space.no-contact-period")
        state.press(.character("b"))
        #expect(picture(state).contains("How many days without contact (1 to 365)? 30"))
        state.press(.backspace, .backspace)
        state.type("14")
        state.press(.enter)
        #expect(state.session.timers["space.no-contact-period"]?.days == 14)
        // A length chosen wrongly is changed, counted from the day it started; u takes it back.
        state.press(.character("b"))
        #expect(picture(state).contains("c change its length"))
        state.press(.character("c"), .backspace, .backspace)
        state.type("21")
        state.press(.enter)
        #expect(state.session.timers["space.no-contact-period"] == TimedStart(startedAt: noon, days: 21))
        state.press(.character("u"))
        #expect(state.session.timers["space.no-contact-period"]?.days == 14)
        let later = noon.addingTimeInterval(4 * day)
        var back = makeState(size: Size(width: 120, height: 40), returning: true, session: state.session)
        _ = back.apply(.resize(back.size), now: later)
        #expect(picture(back).contains("Day 5 of the 14 days without contact you chose; the period ends Tue 1"))
        var contact = on("communication", session: state.session)
        _ = contact.apply(.resize(contact.size), now: later)
        #expect(picture(contact).contains("Your no-contact period runs until Tue 1 Dec (day 5 of 14)."))
        _ = contact.apply(.resize(contact.size), now: noon.addingTimeInterval(14 * day))
        #expect(!picture(contact).contains("no-contact period runs"), "the gate lifts when the period ends")
    }

    @Test func notForMeCountsAsAddressedAndUndoTakesItBack() {
        var state = on("reflect", item: "reflect.first-drew")
        state.press(.character("x"))
        #expect(state.session.isNotForMe("reflect.first-drew"))
        #expect(picture(state).contains("[-] Write down three things"))
        #expect(picture(state).contains("Actions · 0 done, 1 not for me, of 4"))
        state.press(.character("u"))
        #expect(!state.session.isNotForMe("reflect.first-drew"))
    }

    @Test func aNoDecisionOffersTheMovingOnPathAndSetsTheContactStepsAside() {
        var state = on("reflect", item: "reflect.healthy")
        state.press(.character(" "))
        #expect(picture(state).contains("Is reconciling healthy for you both, for now?"))
        state.press(.character("n"))
        #expect(state.screen == .movingOn && state.session.decision?.answer == Decision.Answer.no)
        #expect(state.session.isChecked("reflect.healthy"))
        #expect(picture(state).contains("(Step 4, Step 5, Step 6, Step 7) are set"))
        state.press(.enter)
        #expect(state.part.id == "moving-forward")
        var visited: [String] = []
        while state.screen == .step {
            state.press(.character("n"))
            if state.screen == .step { visited.append(state.part.id) }
        }
        #expect(visited == ["self-improvement", "positive", "professional-help"])
        #expect(state.screen == .end)
        var list = on("communication", session: state.session)
        #expect(picture(list).contains("× 4. Reestablish Communication"))
        #expect(picture(list).contains("this step is set aside"))
        list.press(.tab, .tab, .tab)
        // The answer can be changed: yes brings the steps back.
        var again = on("reflect", item: "reflect.healthy", session: state.session)
        // o (oui) answers yes as y does.
        again.press(.character(" "), .character("o"))
        #expect(!again.session.isMovingOn && !picture(again).contains("×"))
    }

    @Test func theApologyShowsWhatStepOneSaid() {
        var session = Session.checked
        session.setNote("I stopped listening.\nI was never home.", for: guide.part(id: "reflect")!, at: noon)
        let state = on("apologize", session: session)
        let shown = picture(state)
        #expect(shown.contains("What you wrote when reflecting on what went wrong (Step 1):"))
        #expect(shown.contains("  I stopped listening."))
        var writing = makeState(session: {
            var pinned = session
            pinned.position = Position(partID: "apologize", pane: .notes)
            return pinned
        }())
        writing.press(.enter, .character("e"))
        #expect(picture(writing).contains("  I stopped listening."), "writing at 80x24 keeps Step 1's words in view")
        let empty = on("trust")
        #expect(picture(empty).contains("nothing written there yet."))
    }

    @Test func aDraftWaitsADayBeforeItIsCopiedOutAndUrgesAreLogged() {
        var state = on("communication")
        state.press(.character("d"))
        #expect(state.screen == .drafts && picture(state).contains("No drafts yet"))
        state.press(.character("n"))
        state.type("Hi. I hope you are well. q!")
        state.press(.escape)
        #expect(state.session.drafts.map(\.text) == ["Hi. I hope you are well. q!"])
        #expect(picture(state).contains("ready to reconsider tomorrow at 11:06"))
        let almost = noon.addingTimeInterval(Draft.coolingOff - 60)
        state.press(.character("c"), now: almost)
        #expect(picture(state).contains("Copy it out now anyway? y: yes"))
        state.press(.character("n"), now: almost)
        #expect(!picture(state).contains("Select the text"))
        let after = noon.addingTimeInterval(Draft.coolingOff + 60)
        state.press(.character("c"), now: after)
        #expect(picture(state).contains("Select the text with your terminal to copy it;"))
        #expect(AppView.render(state).lines[2].hasPrefix("Hi. I hope you are well. q!"))
        state.press(.escape, .character("l"), now: after)
        state.type("wanted to call at 2am", now: after)
        state.press(.enter, now: after)
        #expect(state.session.urges.map(\.text) == ["wanted to call at 2am"])
        #expect(picture(state).contains("Urges logged instead of sent: 1"))
    }

    @Test func aDraftCopiedOutIsWrittenToAPrivateFileBesideTheSessions() throws {
        let dir = TemporaryDirectory()
        let store = try SessionStore(dataDirectory: dir.file("data"))
        let lock = try store.lock("default")
        var session = Session.checked
        session.setDraft("Hi é 😀", at: 0, partID: "communication", at: noon.addingTimeInterval(-2 * day))
        session.position = Position(partID: "communication", pane: .notes)
        var state = makeState(session: session)
        state.press(.enter, .character("d"), .character("c"))
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24), events: [.key(.character("w")), .key(.control("c"))])
        let final = Coach(terminal: terminal, store: store, lock: lock, state: state, environment: [:], clock: { noon }).run()
        let written = try FileManager.default.contentsOfDirectory(atPath: store.sessionsPath).filter { $0.hasSuffix(".txt") }
        #expect(written == ["default-draft-2026-11-18-1106.txt"])
        let path = store.sessionsPath + "/" + (written.first ?? "")
        #expect(String(decoding: dir.read("data/sessions/" + (written.first ?? "")) ?? [], as: UTF8.self) == "Hi é 😀\n")
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        #expect(final.session.drafts.count == 1, "copying out keeps the draft")
    }
}
