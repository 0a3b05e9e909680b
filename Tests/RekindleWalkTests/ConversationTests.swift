import Foundation
import Testing
@testable import RekindleCore
@testable import RekindleWalk

/// The walk as a conversation, without a terminal or a disk: each line said, the
/// session it leaves and the lines it answers with. Wednesday 18 Nov 2026, noon UTC.
@Suite struct ConversationTests {
    let noon = Date(timeIntervalSince1970: 1_795_003_200)
    let day: TimeInterval = 86_400

    func conversation(on partID: String = "opening", returning: Bool = false, _ change: (inout Session) -> Void = { _ in })
        -> Conversation {
        var session = Session(name: "t", guide: .builtIn, now: noon.addingTimeInterval(-3 * day))
        session.position = Position(partID: partID)
        change(&session)
        return Conversation(guide: .builtIn, session: session, isReturning: returning, zone: .fixed(0))
    }

    /// Says each line in turn and returns everything answered, one string.
    @discardableResult
    func say(_ lines: String..., to conversation: inout Conversation, at now: Date? = nil) -> String {
        lines.map { conversation.respond(to: $0, now: now ?? noon).lines.joined(separator: "\n") }.joined(separator: "\n")
    }

    // MARK: Saying things

    @Test func verbsAreMatchedByTheirLongestNameAndTheWordsAfterThem() {
        #expect(Verb.match(["not", "for", "me", "3"]).map { [$0.verb.usage, $0.argument ?? ""] } == ["not for me N", "3"])
        #expect(Verb.match(["help", "now"])?.verb.usage == "help-now")
        #expect(Verb.match(["help"])?.verb.usage == "help")
        #expect(Verb.match(["where", "am", "i"])?.verb.usage == "where")
        #expect(Verb.match(["not", "3"]) == nil)
        #expect(Verb.match(["go", "step", "2"])?.argument == "step 2")
    }

    @Test func anythingUnknownGetsOneLineOfHelp() {
        var walk = conversation()
        let before = walk.session
        let reply = walk.respond(to: "  Dance\u{1B}[2J  wildly ", now: noon)
        #expect(reply.lines == ["“Dance␛[2J wildly” is not something I know. Type 'help' to see what you can say."])
        #expect(walk.respond(to: "", now: noon).lines.isEmpty)
        #expect(walk.session == before)
    }

    @Test func helpListsEveryVerb() {
        var walk = conversation()
        let help = say("help", to: &walk)
        for verb in Verb.all { #expect(help.contains("  " + verb.usage + " "), "\(verb.usage)") }
    }

    // MARK: Where

    @Test func aNewSessionIsWelcomedAndAReturningOneToldWhereItWas() {
        let first = conversation().welcome(now: noon).lines.joined(separator: "\n")
        #expect(first.hasPrefix("Welcome. Take your time.\n"))
        #expect(first.contains("Opening: How to Get Back Together with Your Ex\n"))
        #expect(!first.contains("You have checked"))
        let back = conversation(on: "space", returning: true) { session in
            session.setChecked(true, item: Guide.builtIn.part(id: "space")!.checklist[1], in: Guide.builtIn.part(id: "space")!, at: noon)
            session.lastUsedAt = noon.addingTimeInterval(-3 * day)
            session.timers["space.no-contact-period"] = TimedStart(startedAt: noon.addingTimeInterval(-2 * day), days: 30)
            session.timers["space.no-checking"] = TimedStart(startedAt: noon.addingTimeInterval(-2 * day), days: 7)
        }.welcome(now: noon).lines.joined(separator: "\n")
        #expect(back.hasPrefix("Welcome back. You were last here 3 days ago.\n\nStep 2 of 10: Give Each Other Space · 1 of 4 actions done\n"))
        #expect(back.contains("You have done 1 of 41 actions and completed 0 of 10 steps."))
        let flowing = back.replacingOccurrences(of: "\n", with: " ")
        #expect(flowing.contains("Day 3 of the 30 days without contact you chose; the period ends Tue 15 Dec."))
        #expect(flowing.contains("Running: Go a full week without checking their social media: day 3 of 7, until Sun 22 Nov."))
    }

    @Test func nextBackAndGoMoveThroughTheGuide() {
        var walk = conversation()
        #expect(say("back", to: &walk) == "This is the first part of the guide; 'next' goes on.")
        #expect(say("next", to: &walk).hasPrefix("Step 1 of 10: Reflecting on the Relationship · 0 of 4 actions done\n"))
        say("go 2", to: &walk)
        #expect(walk.session.position.partID == "space")
        say("p", to: &walk)
        #expect(walk.session.position.partID == "reflect")
        say("go closing", to: &walk)
        #expect(walk.session.position.partID == "moving-forward")
        #expect(say("next", to: &walk).hasPrefix("You have reached the end of the guide."))
        say("go step 10", to: &walk)
        #expect(walk.session.position.partID == "boundaries")
        #expect(say("go 11", to: &walk).hasPrefix("Say where: 'go 1' to 'go 10' for a step"))
        #expect(say("go 10", to: &walk).hasPrefix("You are here already."))
    }

    @Test func stepsMarkEachPartAndWhereThePersonIs() {
        var walk = conversation(on: "space") { session in
            let reflect = Guide.builtIn.part(id: "reflect")!
            for item in reflect.checklist { session.setChecked(true, item: item, in: reflect, at: noon) }
            session.timers["space.no-checking"] = TimedStart(startedAt: noon, days: 7)
        }
        let lines = say("steps", to: &walk).split(separator: "\n").map(String.init)
        #expect(lines[1] == "  ○ Opening: How to Get Back Together with Your Ex")
        #expect(lines[2] == "  ● Step 1: Reflecting on the Relationship · 4 of 4 actions done")
        #expect(lines[3] == "  ◐ Step 2: Give Each Other Space · 0 of 4 actions done · you are here")
        #expect(lines[4] == "  ○ Step 3: Focus on Self-Improvement · 0 of 4 actions done")
    }

    // MARK: Actions

    @Test func checkUncheckAndNotForMeChangeTheSessionAndSaySo() {
        var walk = conversation(on: "space")
        #expect(say("check 2", to: &walk) == "Checked: Mute or archive the conversation so you are not tempted to keep\nrereading it")
        #expect(walk.session.isChecked("space.mute"))
        #expect(say("check 2", to: &walk) == "Action 2 is already checked (today 12:00); 'uncheck 2' takes it back.")
        say("not for me 3", to: &walk)
        #expect(walk.session.isNotForMe("space.tell-friend"))
        let actions = say("actions", to: &walk)
        #expect(actions.hasPrefix("Actions · 1 done, 1 not for me, of 4 actions:\n"))
        #expect(actions.contains("  2. [x] Mute or archive") && actions.contains("  3. [-] Tell one trusted friend"))
        #expect(actions.contains("         not for me, today 12:00"))
        #expect(say("uncheck 3", to: &walk) == "Taken back: action 3 is open again.")
        say("uncheck 2", to: &walk)
        #expect(walk.session.checks.isEmpty && walk.session.notForMe.isEmpty)
        #expect(say("check", to: &walk) == "Say which action: 'check' and its number, 1 to 4 here ('actions' lists them).")
        #expect(say("check 9", to: &walk) == "“9” is not an action here: say 'check' and a number, 1 to 4 ('actions' lists them).")
    }

    @Test func checkingTheLastActionOfAPartSaysSo() {
        var walk = conversation(on: "space")
        say("check 1", "check 2", "not for me 3", to: &walk)
        #expect(say("check 4", to: &walk).contains("That is every action of Step 2 done."))
    }

    @Test func aTimedActionStartsTodayAndCountsItsDays() {
        var walk = conversation(on: "space")
        #expect(say("actions", to: &walk).contains("         7 days; 'start 4' begins the count today"))
        #expect(say("start 4", to: &walk) == "Started today: day 1 of 7, ends Tue 24 Nov.")
        #expect(walk.session.timers["space.no-checking"] == TimedStart(startedAt: noon, days: 7))
        let twoDaysOn = noon.addingTimeInterval(2 * day)
        #expect(say("actions", to: &walk, at: twoDaysOn).contains("day 3 of 7, ends Tue 24 Nov"))
        #expect(say("start 4", to: &walk, at: twoDaysOn) == "That is already running: day 3 of 7, ends Tue 24 Nov.")
        #expect(say("start 2", to: &walk) == "Action 2 is not a timed one: 'check 2' when it is done.")
        // Checking it early asks first.
        #expect(say("check 4", to: &walk, at: twoDaysOn).hasPrefix("This runs until Tue 24 Nov. Check it now, before the end?"))
        #expect(say("", to: &walk) == "Not yet: it stays open.")
        #expect(!walk.session.isChecked("space.no-checking"))
        say("check 4", "yes", to: &walk, at: twoDaysOn)
        #expect(walk.session.isChecked("space.no-checking"))
        #expect(say("actions", to: &walk, at: noon.addingTimeInterval(8 * day)).contains("checked 6 days ago"))
        #expect(say("stop 4", to: &walk).hasPrefix("Stop counting ("))
        #expect(say("", to: &walk) == "Kept: it goes on counting.")
        say("stop 4", "yes", to: &walk)
        #expect(walk.session.timers.isEmpty, "a stop, confirmed, forgets the start")
    }

    @Test func theNoContactPeriodAsksHowManyDays() {
        var walk = conversation(on: "space")
        #expect(say("start 1", to: &walk) == "How many days without contact? Type a number from 1 to 365, or just\nEnter for 30.")
        #expect(say("a fortnight", to: &walk) == "Type a number of days from 1 to 365, or just Enter for 30.")
        #expect(say("14", to: &walk) == "Started today: day 1 of 14, ends Tue 1 Dec.")
        #expect(walk.session.timers["space.no-contact-period"]?.days == 14)
        // A length chosen can be changed; the day it started stays.
        #expect(say("start 1", to: &walk).hasPrefix("It is running: day 1 of 14"))
        #expect(say("30", to: &walk) == "Changed: day 1 of 30, ends Thu 17 Dec.")
        #expect(walk.session.timers["space.no-contact-period"]?.days == 30)
        // Where a step about getting in touch opens, the period is said.
        say("go 4", to: &walk)
        #expect(say("where", to: &walk).contains("Your no-contact period runs until Thu 17 Dec (day 1 of 30)."))
    }

    @Test func theDecisionAsksItsQuestionAndANoLeadsAlongTheMovingOnPath() {
        var walk = conversation(on: "reflect")
        #expect(say("check 4", to: &walk).hasPrefix("Is reconciling healthy for you both, for now?"))
        #expect(say("maybe", to: &walk).hasPrefix("Please answer yes, not now or no"))
        #expect(say("", to: &walk) == "Left as it was.")
        #expect(walk.session.decision == nil)
        say("check 4", "Not  Now", to: &walk)
        #expect(walk.session.decision?.answer == .notNow && walk.session.isChecked("reflect.healthy"))
        #expect(say("uncheck 4", to: &walk) == "Your answer stays until you give another one: 'check 4' asks again.")
        let no = say("check 4", "no", to: &walk)
        #expect(no.contains("You answered no.") && no.contains("From here the guide goes on with you: Closing, Moving Forward"))
        #expect(walk.session.isMovingOn)
        say("next", to: &walk)
        #expect(walk.session.position.partID == "moving-forward")
        say("next", to: &walk)
        #expect(walk.session.position.partID == "self-improvement")
        say("back", to: &walk)
        #expect(walk.session.position.partID == "moving-forward")
        say("go 4", to: &walk)
        #expect(say("read", to: &walk).contains("You answered no to reconciling: this step is set aside."))
        #expect(say("steps", to: &walk).contains("  × Step 4: Reestablish Communication"))
    }

    // MARK: Notes

    @Test func writingTakesLinesUntilASingleDotAndKeepsEachAtOnce() {
        var walk = conversation(on: "space")
        #expect(say("write", to: &walk).hasPrefix("A new entry for today in Step 2. Type your note; a line with a single .\nends it.\nQuestions to write about:\n  - What do you feel"))
        #expect(walk.isWriting)
        #expect(say("Première ligne, é", to: &walk).isEmpty)
        #expect(walk.session.noteText(for: "space") == "Première ligne, é", "kept at once, before the note ends")
        say("", "中文 😀", "help", to: &walk)
        #expect(say(" . ", to: &walk) == "Kept: 4 lines in your notes for Step 2.")
        #expect(!walk.isWriting)
        #expect(walk.session.noteText(for: "space") == "Première ligne, é\n\n中文 😀\nhelp")
        // Later the same day: added to that entry.
        #expect(say("write", to: &walk, at: noon.addingTimeInterval(3600)).hasPrefix("Adding to today's entry in Step 2."))
        say("More.", ".", to: &walk, at: noon.addingTimeInterval(3600))
        #expect(walk.session.entries(for: "space").map(\.text) == ["Première ligne, é\n\n中文 😀\nhelp\nMore."])
        // The next day: a new entry.
        let tomorrow = noon.addingTimeInterval(day)
        #expect(say("write", to: &walk, at: tomorrow).hasPrefix("A new entry for today"))
        say("Tuesday.", ".", to: &walk, at: tomorrow)
        #expect(walk.session.entries(for: "space").count == 2)
        let notes = say("notes", to: &walk, at: tomorrow)
        #expect(notes == "Your notes in Step 2:\n  yesterday 12:00:\n    Première ligne, é\n    \n    中文 😀\n    help\n    More.\n  today 12:00:\n    Tuesday.")
    }

    @Test func aNoteEndedAtOnceChangesNothing() {
        var walk = conversation(on: "space")
        say("write", to: &walk)
        #expect(say(".", to: &walk) == "Nothing written; your notes are as they were.")
        #expect(walk.session.notes.isEmpty)
    }

    @Test func whatANoteHoldsIsShownAndNeverObeyed() {
        var walk = conversation(on: "apologize") { session in
            session.setNote("\u{1B}]52;c;aGk=\u{07}mine\u{202E}", for: Guide.builtIn.part(id: "reflect")!, at: noon)
            session.setNote("bell\u{07}", for: Guide.builtIn.part(id: "apologize")!, at: noon)
        }
        let notes = say("notes", to: &walk)
        #expect(notes.hasPrefix("What you wrote when reflecting on what went wrong (Step 1):\n    ␛]52;c;aGk=␇mine�\n"))
        #expect(notes.hasSuffix("    bell␇"))
        #expect(!notes.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    // MARK: Reading

    @Test func readQuestionsReviewAndHelpNowArePlainLines() {
        var walk = conversation(on: "reflect")
        let read = say("read", to: &walk).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(read[0] == "Step 1 of 10: Reflecting on the Relationship · 0 of 4 actions done" && read[1] == "")
        #expect(read.allSatisfy { $0.count <= Conversation.readingWidth })
        #expect(say("questions", to: &walk).hasPrefix("Questions to write about:\n  - What did this relationship give you"))
        #expect(say("review", to: &walk).hasPrefix("How to Get Back Together with Your Ex\nSession 't': started 3 days ago"))
        #expect(say("help now", to: &walk).hasPrefix("Need help now"))
    }

    @Test func aNarrowColumnWrapsTheGuidance() {
        var walk = Conversation(guide: .builtIn, session: Session(name: "t", guide: .builtIn, now: noon), isReturning: false,
                                zone: .fixed(0), width: 40)
        #expect(say("read", to: &walk).split(separator: "\n").allSatisfy { $0.count <= 40 })
    }

    /// The walk asks the opening safety check as the full screen does; a yes leads to
    /// why this guide is not the right tool now, and to the help.
    @Test func aNewSessionIsAskedTheSafetyCheckFirst() {
        var walk = conversation()
        let opening = walk.opening(now: noon).lines.joined(separator: "\n")
        #expect(opening.contains("Before you begin: four short questions"))
        #expect(opening.hasSuffix("Question 1 of 4: Were you ever afraid of them? Type yes or no, or just\nEnter to skip."))
        #expect(say("maybe", to: &walk) == "Please type yes or no, or just Enter to skip.")
        say("no", "", "yes", to: &walk)
        let last = say("no", to: &walk)
        #expect(last.contains("may not be the right tool") && last.contains("Need help now"))
        #expect(walk.session.screening?.askedForNoContact?.choice == .yes && walk.session.contactIsOff)
        #expect(walk.session.screening?.controlledOrHurt?.choice == .skipped)
        // Something to do instead of an answer is done, and the question asked again.
        var scripted = conversation()
        _ = scripted.opening(now: noon)
        #expect(say("next", to: &scripted).contains("Step 1 of 10"))
        #expect(say("check 1", to: &scripted).hasSuffix("Question 1 of 4: Were you ever afraid of them? Type yes or no, or just\nEnter to skip."))
        #expect(scripted.session.isChecked("reflect.first-drew"))
        #expect(say("help-now", to: &scripted).contains("Need help now"))
        var again = conversation { $0.screening = walk.session.screening }
        #expect(!again.opening(now: noon).lines.joined().contains("Before you begin"), "asked once, kept with the session")
    }

    @Test func helpNowWorksWhileWritingANote() {
        var walk = conversation(on: "reflect")
        say("write", "first line", to: &walk)
        let help = say("help-now", to: &walk)
        #expect(help.contains("Need help now") && help.hasSuffix("Still writing your note: type on, or a line with a single '.' to end it."))
        say("second line", ".", to: &walk)
        #expect(walk.session.noteText(for: "reflect") == "first line\nsecond line")
    }
}
