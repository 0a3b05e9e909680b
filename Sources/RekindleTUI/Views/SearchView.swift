import RekindleCore

/// `/`: type a word, Enter lists every place it appears, Enter again goes there.
enum SearchView {
    static func render(_ state: AppState, into frame: inout Frame) {
        Chrome.renderHeader(state, right: L("search.title"), into: &frame)
        let x = frame.put(L("search.prompt") + " ", x: 2, y: 2, style: .title)
        let end = frame.put(state.search.query, x: x, y: 2, limit: frame.width - x - 2)
        guard let results = state.search.results else {
            for (row, line) in Wrap.lines(L("search.how"), width: frame.width - 4).prefix(max(1, frame.height - 6)).enumerated() {
                frame.put(line, x: 2, y: 4 + row, style: .muted)
            }
            frame.cursor = Point(x: min(end, frame.width - 1), y: 2)
            frame.showsCursor = true
            Chrome.renderKeys([KeyMap.choose.hinted(L("hint.search")), KeyMap.back.hinted(L("hint.cancel"))], always: Chrome.whileTyping, into: &frame)
            return
        }
        frame.put(summary(count: results.count, query: state.search.query), x: 2, y: 4, style: .muted, limit: frame.width - 4)
        let height = frame.height - 7
        let first = max(0, state.search.cursor.index - height + 1)
        for (offset, result) in results.dropFirst(first).prefix(height).enumerated() {
            let y = 5 + offset
            let selected = first + offset == state.search.cursor.index
            if selected {
                frame.fill(Rect(x: 2, y: y, width: frame.width - 4, height: 1), style: .selected)
                frame.cursor = Point(x: 2, y: y)
            }
            let line = SearchResultLine(result, width: frame.width - 6)
            var x = frame.put(line.label, x: 3, y: y, style: selected ? .selected : .muted, limit: frame.width - 6)
            for piece in line.pieces {
                let style: Style = piece.isMatch ? .match : (selected ? .selected : .plain)
                x = frame.put(piece.text, x: x, y: y, style: style, limit: frame.width - 3 - x)
            }
        }
        let keys = results.isEmpty ? [KeyMap.newSearch, KeyMap.back] : [KeyMap.choose.hinted(L("hint.goThere")), KeyMap.down.hinted(L("hint.choose")), KeyMap.newSearch, KeyMap.back]
        Chrome.renderKeys(keys, into: &frame)
    }

    /// "1 match", "7 matches", "No matches for ‘word’".
    static func summary(count: Int, query: String) -> String {
        switch count {
        case 0: L("search.none", query)
        case 1: L("search.one")
        default: L("search.count", count)
        }
    }
}
