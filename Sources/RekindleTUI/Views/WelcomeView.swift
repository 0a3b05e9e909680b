import RekindleCore

/// The first screen: what the coach is on a first run, "welcome back" after that.
enum WelcomeView {
    static func render(_ state: AppState, into frame: inout Frame) {
        Chrome.renderHeader(state, right: L("welcome.session", state.session.name), into: &frame)
        PageText.draw(page(state, width: PageText.width(of: frame)), scroll: state.pageScroll, into: &frame)
        if state.offersCheckIn && state.checkIn.stage == .word {
            Chrome.renderKeys([KeyMap.begin.hinted(L("hint.keepAndContinue"))], always: Chrome.whileTyping, into: &frame)
        } else {
            Chrome.renderKeys([KeyMap.begin.hinted(state.isReturning ? L("hint.continue") : L("hint.begin")), KeyMap.sessions, KeyMap.review], into: &frame)
        }
    }

    /// The welcome's paragraphs, wrapped to `width`.
    static func page(_ state: AppState, width: Int) -> PageText.Content {
        let paragraphs: [(String, Style)]
        let progress = Progress(session: state.session, guide: state.guide)
        if state.isReturning {
            let part = state.part
            // "Not for me" is addressed, and said apart from what was done.
            let setAside = state.guide.allItems.count { state.session.isNotForMe($0.id) }
            let done = progress.checkedItems - setAside
            let declined = setAside == 0 ? "" : L("welcome.setAside", setAside)
            // The check-in's question comes first, so a small screen still shows it.
            paragraphs = [(L("welcome.back"), .title)] + checkInParagraphs(state) + [
                (L("welcome.where", state.guide.label(of: part), part.title, done, progress.totalItems, declined, progress.completedSteps, progress.totalSteps,
                   RelativeTime.text(state.previousVisit, now: state.lastEventAt, zone: state.zone)), .plain),
            ] + state.session.timeFacts(in: state.guide, at: state.lastEventAt, zone: state.zone).map { ($0, Style.plain) } + [
                (L("welcome.continue"), .plain),
            ]
        } else {
            paragraphs = [
                (L("welcome.title"), .title),
                (L("welcome.what", state.guide.stepCount), .plain),
                (L("welcome.helpNow"), .plain),
                (L("welcome.private", state.dataPath), .plain),
                (L("welcome.keys"), .plain),
                (L("welcome.begin"), .plain),
            ]
        }
        return PageText.content(paragraphs, width: width)
    }

    /// The check-in, a question at a time, each answer staying in view.
    private static func checkInParagraphs(_ state: AppState) -> [(String, Style)] {
        let form = state.checkIn
        guard state.offersCheckIn || form.stage == .done else { return [] }
        var paragraphs: [(String, Style)] = []
        switch form.stage {
        case .mood:
            paragraphs.append((L("checkIn.mood"), .prompt))
        case .urge, .word, .done:
            guard form.mood != nil || form.urge != nil || !form.word.isEmpty else { break }
            let mood = form.mood.map { L("checkIn.feeling", $0, CheckInForm.moodWord($0)) } ?? L("checkIn.feelingSkipped")
            let urge = form.urge.map { L("checkIn.urgeOf", $0) } ?? ""
            let word = form.word.isEmpty || form.stage == .word ? "" : ", “\(form.word)”"
            paragraphs.append((L("checkIn.summary", mood, urge, word) + (form.stage == .done ? " " + L("checkIn.thanks") : ""), .muted))
            if form.stage == .done && state.checkInIsHard {
                paragraphs.append((L("checkIn.hard"), .plain))
            }
        }
        switch form.stage {
        case .urge:
            paragraphs.append((L("checkIn.urge"), .prompt))
        case .word:
            paragraphs.append((L("checkIn.word", form.word), .prompt))
        case .mood, .done:
            break
        }
        return paragraphs
    }
}
