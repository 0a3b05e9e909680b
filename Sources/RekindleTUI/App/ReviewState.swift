import RekindleCore

/// The review screen's own state: which items it lists and how far it is scrolled.
struct ReviewState: Equatable, Sendable {
    /// Completed items only (the default), or every item with its box.
    var showAll = false
    var scroll = ListCursor()
}

extension AppState {
    mutating func handleReviewKey(_ key: Key) -> [Effect] {
        let lines = ReviewLines.build(state: self, width: size.width - 4)
        let page = max(1, size.height - 4)
        if review.scroll.move(key, last: lines.count - page, page: page) { return [] }
        switch key {
        case KeyMap.showAll:
            review.showAll.toggle()
            review.scroll = ListCursor()
        case KeyMap.back, KeyMap.quit, KeyMap.review: closeOverlay()
        case KeyMap.help, KeyMap.helpAnywhere: return open(.help)
        default: break
        }
        return []
    }

    /// Any key that does not scroll the help closes it.
    mutating func handleHelpKey(_ key: Key) -> [Effect] {
        let page = max(1, size.height - 3)
        if !helpScroll.move(key, last: HelpView.rows(width: size.width).count - page, page: page) { closeOverlay() }
        return []
    }

    mutating func handleOverlayMouse(_ mouse: MouseEvent) -> [Effect] {
        switch (screen, mouse.action) {
        case (.review, .wheelUp): return handleReviewKey(.up)
        case (.review, .wheelDown): return handleReviewKey(.down)
        case (.help, .wheelUp): return handleHelpKey(.up)
        case (.help, .wheelDown): return handleHelpKey(.down)
        default: return []
        }
    }
}
