import RekindleCore

/// The first screen: what the coach is on a first run, "welcome back" after that.
enum WelcomeView {
    static func render(_ state: AppState, into frame: inout Frame) {
        Chrome.renderHeader(state, right: "Session '\(state.session.name)'", into: &frame)
        PageText.draw(page(state, width: PageText.width(of: frame)), scroll: state.pageScroll, into: &frame)
        if state.offersCheckIn && state.checkIn.stage == .word {
            Chrome.renderKeys([KeyMap.begin.hinted("keep and continue")], always: Chrome.whileTyping, into: &frame)
        } else {
            Chrome.renderKeys([KeyMap.begin.hinted(state.isReturning ? "continue" : "begin"), KeyMap.sessions, KeyMap.review], into: &frame)
        }
    }

    /// The welcome's paragraphs, wrapped to `width`.
    static func page(_ state: AppState, width: Int) -> PageText.Content {
        let paragraphs: [(String, Style)]
        let progress = Progress(session: state.session, guide: state.guide)
        if state.isReturning {
            let part = state.part
            // The check-in's question comes first, so a small screen still shows it.
            paragraphs = [("Welcome back.", .title)] + checkInParagraphs(state) + [
                ("You were on \(state.guide.label(of: part)): \(part.title). You have \(Progress.actionsSentence(session: state.session, guide: state.guide)) and completed \(progress.completedSteps) of \(progress.totalSteps) steps. You were last here \(RelativeTime.text(state.previousVisit, now: state.lastEventAt, zone: state.zone)).", .plain),
            ] + timeParagraphs(state) + [
                ("Press Enter to continue exactly where you left off.", .plain),
            ]
        } else {
            paragraphs = [
                ("Welcome. Take your time.", .title),
                ("This coach walks with you through an opening, \(state.guide.stepCount) steps and a closing, each a page to read, actions to check off and questions to write about.", .plain),
                ("If you need help now, press ! at any time: it shows who to call or text.", .plain),
                ("Your notes are private: they are kept only on this computer, in \(state.dataPath), readable by you alone.", .plain),
                ("On a page, Tab moves between its parts, Space checks an action, e starts writing and Esc ends it, n and p go between steps, ? shows every key and q quits. Everything is saved as you go.", .plain),
                ("Press Enter to begin.", .plain),
            ]
        }
        return PageText.content(paragraphs, width: width)
    }

    /// What time is doing: the no-contact counter, then each timed action still running
    /// or ended and not yet checked, with its end date: when to come back.
    private static func timeParagraphs(_ state: AppState) -> [(String, Style)] {
        let now = state.lastEventAt, zone = state.zone
        var lines: [String] = []
        if let (_, timer) = state.runningNoContact {
            let ends = RelativeTime.day(timer.lastDay(zone: zone), now: now, zone: zone)
            lines.append("Day \(timer.day(at: now, zone: zone)) of the \(timer.days) days without contact you chose; the period ends \(ends).")
        }
        for item in state.guide.allItems where !item.isNoContactPeriod && !state.session.isChecked(item.id)
            && !state.session.isNotForMe(item.id) {
            guard let timer = state.session.timers[item.id] else { continue }
            let ends = RelativeTime.day(timer.lastDay(zone: zone), now: now, zone: zone)
            lines.append(timer.isRunning(at: now, zone: zone)
                ? "Running: \(item.text): day \(timer.day(at: now, zone: zone)) of \(timer.days), until \(ends). Come back then to check it off."
                : "Ended \(ends): \(item.text). Check it off when you are ready.")
        }
        return lines.map { ($0, .plain) }
    }

    /// The check-in, a question at a time, each answer staying in view.
    private static func checkInParagraphs(_ state: AppState) -> [(String, Style)] {
        let form = state.checkIn
        guard state.offersCheckIn || form.stage == .done else { return [] }
        var paragraphs: [(String, Style)] = []
        switch form.stage {
        case .mood:
            paragraphs.append(("How are you feeling right now? Press 1 (very low) to 5 (very good), or just Enter to skip.", .prompt))
        case .urge, .word, .done:
            guard form.mood != nil || form.urge != nil || !form.word.isEmpty else { break }
            let mood = form.mood.map { "feeling \($0) (\(CheckInForm.moodWords[$0] ?? ""))" } ?? "feeling: skipped"
            let urge = form.urge.map { ", urge \($0) of 10" } ?? ""
            let word = form.word.isEmpty || form.stage == .word ? "" : ", “\(form.word)”"
            paragraphs.append(("Checked in: \(mood)\(urge)\(word)." + (form.stage == .done ? " Thank you." : ""), .muted))
            if form.stage == .done && state.checkInIsHard {
                paragraphs.append(("That sounds very hard right now. Press ! for people you can call or text today, at any hour.", .plain))
            }
        }
        switch form.stage {
        case .urge:
            paragraphs.append(("How strong is the urge to contact them? Press 0 (none) to 9, or + for 10 (overwhelming).", .prompt))
        case .word:
            paragraphs.append(("A word for today, if you like (Enter keeps it, Esc skips): \(form.word)", .prompt))
        case .mood, .done:
            break
        }
        return paragraphs
    }
}
