import RekindleCore

/// The review screen's own state: which actions it lists, the part selected (Enter
/// opens it) and how far it is scrolled.
struct ReviewState: Equatable, Sendable {
    /// Completed actions only (the default), or every action with its box.
    var showAll = false
    /// The first line shown.
    var top = 0
    /// The selected part, by its place among the parts shown.
    var selected = 0

    /// Moves for a list key, given where each part's lines are: ↑↓ go from part to
    /// part, scrolling a line at a time through one taller than the screen (and to
    /// the lines before the first part and after the last); PgUp/PgDn scroll a page,
    /// Home/End go to the ends. False for any other key.
    mutating func move(_ key: Key, sections: [Range<Int>], lineCount: Int, page: Int) -> Bool {
        let last = sections.count - 1
        selected = clamp(selected, 0, max(0, last))
        let current = sections.indices.contains(selected) ? sections[selected] : 0..<0
        switch key {
        case KeyMap.down where current.upperBound > top + page || selected >= last: top = adding(top, 1)
        case KeyMap.down: select(selected + 1, in: sections, page: page)
        case KeyMap.up where current.lowerBound < top || selected == 0: top -= 1
        case KeyMap.up: select(selected - 1, in: sections, page: page)
        case KeyMap.pageDown: scroll(to: adding(top, page), sections: sections, page: page)
        case KeyMap.pageUp: scroll(to: top - page, sections: sections, page: page)
        case KeyMap.top: (top, selected) = (0, 0)
        case KeyMap.bottom: (top, selected) = (lineCount, max(0, last))
        default: return false
        }
        top = clamp(top, 0, max(0, lineCount - page))
        return true
    }

    /// Selects a part and scrolls to show it whole, or from its heading if it is taller than the page.
    private mutating func select(_ index: Int, in sections: [Range<Int>], page: Int) {
        selected = index
        let section = sections[index]
        if section.upperBound > top + page { top = min(section.lowerBound, section.upperBound - page) }
        if section.lowerBound < top { top = section.lowerBound }
    }

    /// Scrolls, keeping the selection if any of its lines is still shown, else
    /// selecting the first part whose heading is.
    private mutating func scroll(to newTop: Int, sections: [Range<Int>], page: Int) {
        top = max(0, newTop)
        let shown = top..<adding(top, page)
        guard !sections.indices.contains(selected) || !sections[selected].overlaps(shown) else { return }
        selected = sections.firstIndex { shown.contains($0.lowerBound) } ?? sections.lastIndex { $0.lowerBound < top } ?? 0
    }
}

extension AppState {
    mutating func handleReviewKey(_ key: Key, now: Date) -> [Effect] {
        let lines = ReviewLines.build(state: self, width: size.width - 4)
        let sections = ReviewLines.sections(of: lines)
        if review.move(key, sections: sections.map(\.lines), lineCount: lines.count, page: ReviewView.rows(height: size.height)) {
            return []
        }
        switch key {
        case KeyMap.choose:
            guard sections.indices.contains(review.selected),
                  let index = guide.parts.firstIndex(where: { $0.id == sections[review.selected].partID }) else { return [] }
            screen = .step
            goToPart(index, now: now)
            // Where a person looking back goes on: the actions.
            setPane(part.checklist.isEmpty ? .guidance : .checklist)
        case KeyMap.showAll:
            review.showAll.toggle()
            (review.top, review.selected) = (0, 0)
        case KeyMap.back, KeyMap.review: closeOverlay()
        // As the key bar says: q quits from here too.
        case KeyMap.quit: return requestQuit(now: now)
        default: break
        }
        return []
    }

    /// Any key that does not scroll the help closes it.
    mutating func handleHelpKey(_ key: Key) -> [Effect] {
        let count = HelpView.rows(width: size.width).count
        let page = HelpView.visibleRows(count, screenHeight: size.height)
        if !helpScroll.move(key, last: count - page, page: page) { screen = helpReturn }
        return []
    }

    mutating func handleOverlayMouse(_ mouse: MouseEvent, now: Date) -> [Effect] {
        switch (screen, mouse.action) {
        case (.review, .wheelUp): return handleReviewKey(.up, now: now)
        case (.review, .wheelDown): return handleReviewKey(.down, now: now)
        case (.help, .wheelUp): return handleHelpKey(.up)
        case (.help, .wheelDown): return handleHelpKey(.down)
        default: return []
        }
    }
}
