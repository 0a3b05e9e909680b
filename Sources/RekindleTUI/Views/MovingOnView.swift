import RekindleCore

/// After a "no" to reconciling: that it is a real answer, and the path from here.
enum MovingOnView {
    static func render(_ state: AppState, into frame: inout Frame) {
        Chrome.renderHeader(state, right: "Your answer", into: &frame)
        PageText.draw(page(state, width: PageText.width(of: frame)), scroll: state.pageScroll, into: &frame)
        let path = state.guide.movingOnPath
        Chrome.renderKeys([KeyMap.choose.hinted(path.first.map { "go to " + state.guide.label(of: $0).lowercased() } ?? "go on"),
                           KeyMap.back.hinted("stay here")], into: &frame)
    }

    /// The page's paragraphs, wrapped to `width`.
    static func page(_ state: AppState, width: Int) -> PageText.Content {
        let guide = state.guide
        let path = guide.movingOnPath
        let names = path.map { guide.label(of: $0) + ", " + $0.title }
        let setAside = guide.parts.filter { guide.isSetAside($0, in: state.session) }.map { guide.label(of: $0) }
        var paragraphs: [(String, Style)] = [
            ("You answered no.", .title),
            ("Getting back together is not the path for now, and that is a real answer. It deserves the same care as any other.", .plain),
        ]
        if !names.isEmpty {
            paragraphs.append(("From here the guide goes on with you: \(names.joined(separator: "; ")). n follows this path.", .plain))
        }
        if !setAside.isEmpty {
            paragraphs.append(("The steps about reaching out (\(setAside.joined(separator: ", "))) are set aside, marked × in the list. You can still read them, and you can change your answer on the step where you gave it at any time.", .plain))
        }
        return PageText.content(paragraphs, width: width)
    }
}
