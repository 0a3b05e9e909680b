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
                ("This coach walks with you through an opening, \(state.guide.stepCount) steps and a closing. Each step has a little guidance to read, a few concrete actions to check off when you have done them, and questions to write about in your own notes.", .plain),
                ("Each step is one page: read, check off what you have done, then press e to write and Esc when you are done. Tab moves between the parts of the page, n and p between steps, ? shows every key and q quits. Everything is saved as you go, and you can stop at any moment.", .plain),
                ("Your notes are private: they are kept only on this computer, in \(state.dataPath), readable by you alone.", .plain),
                ("If you need help now, press ! at any time: it shows who to call or text.", .plain),
                ("Press Enter to begin.", .plain),
            ]
        }
        PageText.render(paragraphs, into: &frame)
        Chrome.renderKeys([KeyMap.begin.hinted(state.isReturning ? "continue" : "begin"), KeyMap.sessions, KeyMap.review], into: &frame)
    }
}
