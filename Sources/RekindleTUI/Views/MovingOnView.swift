import RekindleCore

/// After a "no" to reconciling: that it is a real answer, and the path from here.
enum MovingOnView {
    static func render(_ state: AppState, into frame: inout Frame) {
        Chrome.renderHeader(state, right: L("movingOn.title"), into: &frame)
        PageText.draw(page(state, width: PageText.width(of: frame)), scroll: state.pageScroll, into: &frame)
        let path = state.guide.movingOnPath
        Chrome.renderKeys([KeyMap.choose.hinted(path.first.map { L("hint.goTo", state.guide.label(of: $0).lowercased()) } ?? L("hint.goOn")),
                           KeyMap.back.hinted(L("hint.stayHere"))], into: &frame)
    }

    /// The page's paragraphs, wrapped to `width`.
    static func page(_ state: AppState, width: Int) -> PageText.Content {
        let guide = state.guide
        let path = guide.movingOnPath
        let names = path.map { guide.label(of: $0) + ", " + $0.title }
        let setAside = guide.parts.filter { guide.isSetAside($0, in: state.session) }.map { guide.label(of: $0) }
        var paragraphs: [(String, Style)] = [
            (L("movingOn.no"), .title),
            (L("movingOn.real"), .plain),
        ]
        if !names.isEmpty {
            paragraphs.append((L("movingOn.path", names.joined(separator: "; ")), .plain))
        }
        if !setAside.isEmpty {
            paragraphs.append((L("movingOn.setAside", setAside.joined(separator: ", ")), .plain))
        }
        return PageText.content(paragraphs, width: width)
    }
}
