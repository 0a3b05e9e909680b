import RekindleCore

/// The review screen's own state: which items it lists and how far it is scrolled.
struct ReviewState: Equatable, Sendable {
    /// Completed items only (the default), or every item with its box.
    var showAll = false
    var scroll = 0
}

extension AppState {
    mutating func handleReviewKey(_ key: Key) -> [Effect] {
        let lines = ReviewLines.build(state: self, width: size.width - 4)
        let page = max(1, size.height - 4)
        let maxScroll = max(0, lines.count - page)
        switch key {
        case .character("a"), .tab: review.showAll.toggle(); review.scroll = 0
        case .up, .character("k"): review.scroll = clamp(review.scroll - 1, 0, maxScroll)
        case .down, .character("j"): review.scroll = clamp(review.scroll + 1, 0, maxScroll)
        case .pageUp, .character("b"): review.scroll = clamp(review.scroll - page, 0, maxScroll)
        case .pageDown, .character(" "): review.scroll = clamp(review.scroll + page, 0, maxScroll)
        case .home, .character("g"): review.scroll = 0
        case .end, .character("G"): review.scroll = maxScroll
        case .escape, .character("q"), .character("r"): closeOverlay()
        case .character("?"), .function(1): return open(.help)
        default: break
        }
        return []
    }

    mutating func handleHelpKey(_ key: Key) -> [Effect] {
        let maxScroll = max(0, HelpView.rows(width: size.width).count - (size.height - 3))
        switch key {
        case .up, .character("k"): helpScroll = clamp(helpScroll - 1, 0, maxScroll)
        case .down, .character("j"): helpScroll = clamp(helpScroll + 1, 0, maxScroll)
        case .pageUp: helpScroll = clamp(helpScroll - (size.height - 4), 0, maxScroll)
        case .pageDown, .character(" "): helpScroll = clamp(helpScroll + (size.height - 4), 0, maxScroll)
        default: closeOverlay()
        }
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
