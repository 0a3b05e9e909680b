import Foundation
import RekindleCore
import Testing
@testable import RekindleTUI

/// Issue 27: the check-in on the welcome back, and notes as dated entries with a history.
@Suite struct JournalTests {
    let day: TimeInterval = 86_400

    func onStepOne(_ session: Session = .checked, size: Size = Size(width: 80, height: 24)) -> AppState {
        var session = session
        session.position = Position(partID: Guide.builtIn.steps[0].id, pane: .notes)
        var state = makeState(size: size, session: session)
        state.press(.enter)
        return state
    }

    @Test func theCheckInTakesOneKeyAQuestionAndAWordThenContinues() {
        var session = Session.checked
        session.setNote("earlier", for: Guide.builtIn.steps[0], at: noon)
        var state = makeState(returning: true, session: session)
        #expect(state.offersCheckIn)
        #expect(render(state).contains("How are you feeling right now?"))
        state.press(.character("2"), .character("+"))
        #expect(render(state).contains("Checked in: feeling 2 (low), urge 10 of 10"))
        state.type("raw, q!")
        #expect(state.screen == .welcome, "q and ! are typed into the word")
        state.press(.enter)
        #expect(state.session.checkIns == [CheckIn(at: noon, mood: 2, urge: 10, word: "raw, q!")])
        #expect(render(state).contains("Thank you."))
        state.press(.enter)
        #expect(state.screen == .step)
    }

    @Test func skippingTheCheckInKeepsOnlyThatItWasOfferedAndItIsNotAskedAgainSoon() {
        var state = makeState(returning: true, session: .checked)
        state.press(.enter)
        #expect(state.screen == .step && state.session.checkIns.isEmpty && state.session.checkInOfferedAt == noon)
        var again = makeState(returning: true, session: state.session)
        _ = again.apply(.resize(again.size), now: noon.addingTimeInterval(CheckIn.interval - 60))
        #expect(!again.offersCheckIn && !render(again).contains("How are you feeling"))
        _ = again.apply(.resize(again.size), now: noon.addingTimeInterval(CheckIn.interval))
        #expect(again.offersCheckIn)
    }

    @Test func aNewDayBeginsANewEntryUnderItsDateAndTheOldOneStaysOnThePage() {
        var state = onStepOne(size: Size(width: 120, height: 40))
        state.press(.character("e"))
        state.type("first day")
        state.press(.escape)
        let tomorrow = noon.addingTimeInterval(day)
        state.press(.character("e"), now: tomorrow)
        #expect(state.editor.text.isEmpty, "a new day writes a new entry")
        state.type("second day", now: tomorrow)
        state.press(.escape, now: tomorrow)
        #expect(state.session.entries(for: state.part.id).map(\.text) == ["first day", "second day"])
        let picture = render(state)
        #expect(picture.contains("Wed 18 Nov · first day"))
        #expect(picture.contains("Thu 19 Nov · second day"))
    }

    @Test func anEarlierEntryIsEditedOnlyWhenChosenInTheHistoryAndAVersionRestores() {
        var state = onStepOne()
        state.press(.character("e"))
        state.type("what went wrong")
        state.press(.escape)
        let tomorrow = noon.addingTimeInterval(day)
        state.press(.character("e"), now: tomorrow)
        state.type("today", now: tomorrow)
        state.press(.escape, .character("v"), now: tomorrow)
        #expect(state.screen == .journal)
        #expect(render(state).contains("Wed 18 Nov · what went wrong"))
        state.press(.up, .enter, now: tomorrow)
        #expect(state.screen == .step && state.isWriting && state.editor.text == "what went wrong")
        state.type(", and why", now: tomorrow)
        state.press(.escape, now: tomorrow)
        let entries = state.session.entries(for: state.part.id)
        #expect(entries.map(\.text) == ["what went wrong, and why", "today"])
        #expect(entries[0].versions.map(\.text) == ["what went wrong"], "an edit a day later keeps the text before it")

        state.press(.character("v"), .up, .right, now: tomorrow)
        #expect(render(state).contains("Earlier versions of the entry of Wed 18 Nov"))
        state.press(.enter, now: tomorrow)
        #expect(state.screen == .step)
        let restored = state.session.entries(for: state.part.id)[0]
        #expect(restored.text == "what went wrong")
        #expect(restored.versions.map(\.text) == ["what went wrong", "what went wrong, and why"])
    }

    @Test func undoTakesBackTypingInTheEntryItWasTypedIn() {
        var state = onStepOne()
        state.press(.character("e"))
        state.type("kept")
        state.press(.escape)
        let tomorrow = noon.addingTimeInterval(day)
        state.press(.character("e"), now: tomorrow)
        state.type("new words", now: tomorrow)
        state.press(.escape, .character("u"), now: tomorrow)
        let entries = state.session.entries(for: state.part.id)
        #expect(entries.map(\.text) == ["kept", ""])
        #expect(entries[1].versions.map(\.text) == ["new words"], "what undo took back stays in the history")
    }

    private func render(_ state: AppState) -> String { AppView.render(state).lines.joined(separator: "\n") }
}
