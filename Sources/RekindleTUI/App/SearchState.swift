import RekindleCore

/// `/` search across every part's title, guidance, checklist, prompts and notes,
/// blind to case and accents (`FoldedText`).
struct SearchState: Equatable, Sendable {
    var query = ""
    /// Nil while typing the query; the matches once Enter is pressed.
    var results: [SearchResult]?
    var cursor = ListCursor()
}

/// One match: where it is, and the piece of its line shown in the results.
struct SearchResult: Equatable, Sendable {
    var target: SearchTarget
    /// "Step 3", "Opening".
    var label: String
    var excerpt: Excerpt
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
            go(to: results[search.cursor.index].target, now: now)
        default: break
        }
        return []
    }

    /// Opens the part of a match, on the pane that shows it today, and keeps the
    /// match in `searchTarget` for the step page to show.
    private mutating func go(to target: SearchTarget, now: Date) {
        guard let index = guide.parts.firstIndex(where: { $0.id == target.partID }) else { return }
        screen = .step
        goToPart(index, now: now)
        switch target.region {
        case .title: setPane(.guidance)
        case .guidance(let paragraph):
            setPane(.guidance)
            // The guidance scrolls so that the match's row is the second shown.
            let layout = self.layout
            let text = part.guidance.indices.contains(paragraph) ? part.guidance[paragraph] : ""
            let row = Wrap.rows(Substring(text), width: layout.column.width).lastIndex { $0.start <= target.range.lowerBound } ?? 0
            let line = (layout.wrapped.paragraphStarts.indices.contains(paragraph) ? layout.wrapped.paragraphStarts[paragraph] : 0) + row
            session.position.scroll = clamp(line - 1, 0, layout.maxGuidanceScroll)
        case .action(let item):
            setPane(.checklist)
            session.position.checklistCursor = item
        case .prompt: setPane(.notes)
        case .note:
            // The page previews the note from the match's line; writing (e) starts at it.
            setPane(.notes)
            editor = NoteEditor(text: editor.text, cursorOffset: target.range.lowerBound)
            notePreviewLine = editor.cursor.line
            keepEditorCursorVisible()
        }
        searchTarget = target
    }

    /// Every place the query appears, part by part in the guide's order.
    func findMatches(_ query: String) -> [SearchResult] {
        let needle = FoldedText(query)
        var results: [SearchResult] = []
        for part in guide.parts {
            let label = guide.label(of: part)
            func add(_ text: Substring, _ region: SearchTarget.Region, from start: Int = 0) {
                let matches = FoldedText(text).ranges(of: needle)
                for (match, excerpt) in zip(matches, Excerpt.pieces(of: text, around: matches)) {
                    let range = (start + match.lowerBound)..<(start + match.upperBound)
                    results.append(SearchResult(target: SearchTarget(partID: part.id, region: region, range: range),
                                                label: label, excerpt: excerpt))
                }
            }
            // In discreet mode the opening's title, the guide's, is not shown even here.
            if !(isDiscreet && part.kind == .opening) { add(part.title[...], .title) }
            part.guidance.enumerated().forEach { add($1[...], .guidance(paragraph: $0)) }
            part.checklist.enumerated().forEach { add($1.text[...], .action($0)) }
            part.prompts.enumerated().forEach { add($1[...], .prompt($0)) }
            // Line by line, so each result shows its own line; offsets stay the note's.
            var start = 0
            for line in journalText(for: part.id).split(separator: "\n", omittingEmptySubsequences: false) {
                add(line, .note, from: start)
                start += line.count + 1
            }
        }
        return results
    }
}
