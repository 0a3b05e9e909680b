import RekindleCore

/// The first screen: what the coach is on a first run, "welcome back" after that.
enum WelcomeView {
    static func render(_ state: AppState, into frame: inout Frame) {
        Chrome.renderHeader(state, right: "Session '\(state.session.name)'", into: &frame)
        let paragraphs: [(String, Style)]
        let progress = Progress(session: state.session, guide: state.guide)
        if state.isReturning {
            let part = state.part
            paragraphs = [
                ("Welcome back.", .title),
                ("You were on \(state.guide.label(of: part)): \(part.title). You have checked \(progress.checkedItems) of \(progress.totalItems) actions and completed \(progress.completedSteps) of \(progress.totalSteps) steps. You were last here \(RelativeTime.text(state.session.lastUsedAt, now: state.lastEventAt, zone: .local)).", .plain),
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
        PageText.render(paragraphs, into: &frame)
        Chrome.renderKeys([KeyMap.begin.hinted(state.isReturning ? "continue" : "begin"), KeyMap.sessions, KeyMap.review], into: &frame)
    }
}
