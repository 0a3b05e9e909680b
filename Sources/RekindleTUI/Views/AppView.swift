import RekindleCore

/// `render(state) -> Frame`: the whole screen, as a pure function of the state.
public enum AppView {
    public static func render(_ state: AppState) -> Frame {
        let minimum = StepLayout.minimum
        guard state.size.width >= minimum.width && state.size.height >= minimum.height else {
            var frame = Frame(width: state.size.width, height: state.size.height)
            if state.screen == .helpNow {
                HelpNowView.renderPlain(state, into: &frame)
            } else {
                TooSmallView.render(state, into: &frame)
            }
            return frame
        }
        var frame = state.screen == .step ? StepView.render(state) : Frame(width: state.size.width, height: state.size.height)
        switch state.screen {
        case .welcome: WelcomeView.render(state, into: &frame)
        case .step: break
        case .review: ReviewView.render(state, into: &frame)
        case .help: HelpView.render(state, into: &frame)
        case .picker: PickerView.render(state, into: &frame)
        case .search: SearchView.render(state, into: &frame)
        case .end: EndView.render(state, into: &frame)
        case .helpNow: HelpNowView.render(state, into: &frame)
        case .screening: ScreeningView.render(state, into: &frame)
        case .journal: JournalView.render(state, into: &frame)
        case .drafts: DraftsView.render(state, into: &frame)
        case .movingOn: MovingOnView.render(state, into: &frame)
        }
        Chrome.renderStatus(state, into: &frame)
        // While a question waits, its answers are on the row above; of the other keys
        // only help works (help now alone while quitting is asked about).
        if state.quitQuestion != nil {
            Chrome.renderKeys([], always: [KeyMap.helpNow], into: &frame)
        } else if state.screen == .step && state.question != nil {
            Chrome.renderKeys([], always: [KeyMap.helpNow, KeyMap.help], into: &frame)
        }
        return frame
    }
}

/// "Terminal too small", in as much of it as fits, so even 1x1 shows something sane;
/// or the quit question, which waits for y or n here too: hidden, a key pressed blind
/// could answer it.
enum TooSmallView {
    static func render(_ state: AppState, into frame: inout Frame) {
        let size = state.size, minimum = StepLayout.minimum
        let width = max(1, min(size.width - 2, 48))
        // A paragraph in the middle, its lines starting in one column, reads as one
        // notice; lines centred one by one looked ragged. Where it does not fit, a
        // shorter one keeps the sizes, the way out and the help.
        var lines: [String]
        if let question = state.quitQuestion {
            lines = Wrap.lines(question, width: width)
        } else {
            lines = Wrap.lines(L("screen.tooSmall", minimum.width, minimum.height, size.width, size.height), width: width)
            if lines.count > size.height {
                lines = Wrap.lines(L("screen.tooSmallShort", minimum.width, minimum.height, size.width, size.height), width: width)
            }
        }
        let left = max(0, (size.width - (lines.map(\.cellWidth).max() ?? 0)) / 2)
        let top = max(0, (size.height - lines.count) / 2)
        for (row, line) in lines.enumerated() {
            frame.put(line, x: left, y: top + row, style: .warning)
        }
    }
}
