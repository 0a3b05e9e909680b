import Testing
import RekindleCore
@testable import RekindleTUI

/// Help one key away from every screen, and the safety check at the opening.
@Suite struct SafetyScreenTests {
    /// Every screen and mode the coach has, each reached by keys from a new session.
    static let places: [(String, [Key])] = [
        ("welcome", []),
        ("guidance", [.enter]),
        ("actions", [.enter, .character("n"), .tab]),
        ("notes", [.enter, .character("n"), .tab, .tab]),
        ("steps list", [.enter, .character("t")]),
        ("review", [.enter, .character("r")]),
        ("help", [.enter, .character("?")]),
        ("sessions", [.enter, .character("s")]),
        ("search results", [.enter, .character("/"), .character("a"), .enter]),
        ("the end", [.enter] + Array(repeating: .character("n"), count: 12)),
        ("screening", []),
    ]

    /// A new session.
    func fresh(size: Size = Size(width: 80, height: 24)) -> AppState { makeState(size: size) }

    /// The safety check, as a new session opens on it.
    func screening() -> AppState {
        var state = makeState(session: Session(name: "default", guide: .builtIn, now: noon))
        state.press(.enter)
        return state
    }

    @Test func bangOpensTheHelpFromEveryScreenAndLeavesItAsItWas() {
        for (place, keys) in Self.places {
            var state = place == "screening" ? screening() : fresh()
            for key in keys { state.press(key) }
            let screen = state.screen, position = state.session.position
            state.press(.character("!"))
            #expect(state.screen == .helpNow, "\(place)")
            #expect(AppView.render(state).lines.joined().contains("If you are in danger now"), "\(place)")
            state.press(.escape)
            #expect(state.screen == screen && state.session.position == position, "\(place)")
            state.press(.function(9))
            #expect(state.screen == .helpNow, "F9 on \(place)")
        }
    }

    @Test func f9WhileWritingKeepsTheNoteTheCursorAndWriting() {
        var state = fresh()
        state.press(.enter, .character("e"))
        state.type("before ! after")
        #expect(state.editor.text == "before ! after")
        state.press(.left, .left)
        let cursor = state.editor.cursorOffset
        state.press(.function(9))
        #expect(state.screen == .helpNow)
        state.press(.down, .escape)
        #expect(state.screen == .step && state.isWriting && state.editor.cursorOffset == cursor)
        state.type("x")
        #expect(state.editor.text == "before ! aftxer")
    }

    @Test func theHelpShowsEvenOnAScreenTooSmallForAnythingElse() {
        var state = fresh(size: Size(width: 30, height: 8))
        state.press(.character("!"))
        let screen = AppView.render(state).lines.joined(separator: "\n")
        #expect(screen.contains("Need help now"))
    }

    @Test func theCheckCanBeOpenedAgainFromTheHelp() {
        var state = fresh()
        state.press(.enter, .character("!"), .character("c"))
        #expect(state.screen == .screening && state.screeningQuestion == 0)
    }

    @Test func answeringNoToEveryQuestionOpensTheGuide() {
        var state = screening()
        #expect(state.screen == .screening)
        #expect(AppView.render(state).lines.joined().contains("Were you ever afraid of them?"))
        for _ in Screening.Question.allCases { state.press(.character("n")) }
        #expect(state.screen == .step)
        #expect(Screening.Question.allCases.allSatisfy { state.session.screening?[$0]?.choice == .no })
        #expect(!state.session.needsSafetyFirst)
    }

    @Test func aYesLeadsToThePageThatPutsHelpFirst() {
        var state = screening()
        state.press(.character("n"), .character("y"))
        #expect(state.screen == .screening)
        state.press(.escape)
        #expect(state.session.screening?.controlledOrHurt?.choice == .yes)
        #expect(state.session.screening?.thinkingOfSelfHarm?.choice == .skipped)
        let screen = AppView.render(state).lines.joined(separator: "\n")
        #expect(screen.contains("Thank you for answering. This guide may not be the right tool for you"))
        #expect(ScreeningView.outcome(state, width: 80).contains("If you are in danger now"))
        state.press(.enter)
        #expect(state.screen == .step)
    }

    @Test func noContactMarksTheStepsAboutGettingInTouchAndAnswersCanChange() {
        var state = screening()
        state.press(.character("n"), .character("n"), .character("y"), .character("n"))
        #expect(state.session.contactIsOff && state.screen == .screening)
        state.press(.enter)
        let contact = Guide.builtIn.parts.firstIndex { $0.involvesContact }!
        state.goToPart(contact, now: noon)
        #expect(AppView.render(state).lines.joined(separator: " ").contains("They asked for no contact: honor it;"))
        state.press(.character("!"), .character("c"))
        #expect(state.screen == .screening)
        for _ in Screening.Question.allCases { state.press(.character("n")) }
        #expect(!state.session.contactIsOff && state.screen == .step)
        #expect(!AppView.render(state).lines.joined(separator: " ").contains("no contact: honor it"))
    }

    @Test func aYesToFearOrSelfHarmIsCarriedIntoTheSteps() {
        var state = screening()
        state.press(.character("y"), .character("n"), .character("n"), .character("y"), .enter)
        let contact = Guide.builtIn.parts.firstIndex { $0.involvesContact }!
        state.goToPart(contact, now: noon)
        let screen = AppView.render(state).lines.joined(separator: " ")
        #expect(screen.contains("You said you were afraid of them: getting in touch may not be safe."))
        // Two notices still leave room at 80x24 for the whole page (guidance shrinks first).
        #expect(state.layout.tabs == nil)
        #expect(screen.contains("You said you are thinking of harming yourself: ! shows who can help."))
        state.goToPart(1, now: noon)
        let first = AppView.render(state).lines.joined(separator: " ")
        #expect(first.contains("harming yourself") && !first.contains("afraid of them"))
        // At 80x24 the page still holds every region with the notices.
        #expect(state.layout.tabs == nil)
    }

    @Test func atTheSmallestSizeTheCheckAndWritingStaySeen() {
        var state = makeState(size: Size(width: 40, height: 12), session: Session(name: "default", guide: .builtIn, now: noon))
        state.press(.enter)
        let check = AppView.render(state).lines.joined(separator: " ")
        #expect(check.contains("Were you ever afraid of them?") && check.contains("y yes"))
        state.press(.character("n"), .character("n"), .character("y"), .character("n"))
        state.press(.enter)
        state.goToPart(Guide.builtIn.parts.firstIndex { $0.involvesContact }!, now: noon)
        state.press(.character("e"))
        state.type("hello")
        #expect(AppView.render(state).lines.contains { $0.contains("hello") })
    }

    @Test func noticesLeaveRoomForThePageAt40x12() {
        var state = makeState(size: Size(width: 40, height: 12), session: Session(name: "default", guide: .builtIn, now: noon))
        state.press(.enter, .character("y"), .character("y"), .character("y"), .character("y"), .enter)
        state.goToPart(Guide.builtIn.parts.firstIndex { $0.involvesContact }!, now: noon)
        state.press(.tab)
        let lines = AppView.render(state).lines
        #expect(lines.contains { $0.contains("[ ]") }, "\(lines.joined(separator: "\n"))")
        #expect(lines[10].trimmingCharacters(in: .whitespaces).isEmpty)
        state.press(.tab)
        #expect(!AppView.render(state).lines.joined().contains("YoNothing"))
    }
}

/// On a short screen the help shows who to call first, its introduction after.
@Suite struct ShortHelpTests {
    @Test func at40x12TheFirstNumbersAreOnTheFirstScreen() {
        var state = makeState(size: Size(width: 40, height: 12))
        state.press(.character("!"))
        let screen = AppView.render(state).lines.joined(separator: "\n")
        #expect(screen.contains("If you are in danger now"), "\(screen)")
        #expect(!screen.contains("You do not have to be sure"))
        var tall = makeState(size: Size(width: 80, height: 24))
        tall.press(.character("!"))
        #expect(AppView.render(tall).lines.joined().contains("You do not have to be sure"))
    }
}
