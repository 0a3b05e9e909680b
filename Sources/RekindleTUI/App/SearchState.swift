import RekindleCore

/// `/` search across every part's guidance, checklist, prompts and notes.
struct SearchState: Equatable, Sendable {
    var query = ""
    /// Nil while typing the query; the matches once Enter is pressed.
    var results: [SearchResult]?
    var cursor = ListCursor()
}

/// One match: where it is, and a line of context.
struct SearchResult: Equatable, Sendable {
    var partIndex: Int
    var pane: Position.Pane
    var checklistIndex: Int
    var context: String
}

extension AppState {
    mutating func handleSearchKey(_ key: Key, now: Date) -> [Effect] {
        guard let results = search.results else {
            switch key {
            case .character(let character): search.query.append(character)
            case .backspace: search.query = String(search.query.dropLast())
            case .escape: closeOverlay()
            case .enter where !search.query.isEmpty:
                search.results = findMatches(search.query)
                search.cursor = ListCursor()
            default: break
            }
            return []
        }
        if search.cursor.move(key, last: results.count - 1, page: max(1, size.height - 6)) { return [] }
        switch key {
        case KeyMap.newSearch: search = SearchState()
        case KeyMap.back, KeyMap.quit: closeOverlay()
        case KeyMap.choose:
            guard results.indices.contains(search.cursor.index) else { return [] }
            let match = results[search.cursor.index]
            screen = .step
            goToPart(match.partIndex, now: now)
            setPane(match.pane)
            if match.pane == .checklist { session.position.checklistCursor = match.checklistIndex }
        default: break
        }
        return []
    }

    /// Every place the query appears, ignoring case and accents' absence is not attempted.
    func findMatches(_ query: String) -> [SearchResult] {
        let needle = query.lowercased()
        var results: [SearchResult] = []
        for (index, part) in guide.parts.enumerated() {
            let label = guide.label(of: part)
            func add(_ text: String, _ pane: Position.Pane, _ item: Int = 0) {
                guard text.lowercased().contains(needle) else { return }
                results.append(SearchResult(partIndex: index, pane: pane, checklistIndex: item, context: "\(label) · \(Self.snippet(text, around: needle))"))
            }
            add(part.title, .guidance)
            part.guidance.forEach { add($0, .guidance) }
            part.checklist.enumerated().forEach { add($1.text, .checklist, $0) }
            part.prompts.forEach { add($0, .notes) }
            let note = noteText(for: part.id)
            note.split(separator: "\n").forEach { add(String($0), .notes) }
        }
        return results
    }

    /// A short piece of `text` around the first match.
    static func snippet(_ text: String, around needle: String) -> String {
        let lower = text.lowercased()
        guard let range = lower.firstRange(of: needle) else { return text }
        let start = lower.distance(from: lower.startIndex, to: range.lowerBound)
        let from = max(0, start - 20)
        let piece = text.dropFirst(from).prefix(90)
        return (from > 0 ? "…" : "") + piece + (text.count > from + 90 ? "…" : "")
    }
}
