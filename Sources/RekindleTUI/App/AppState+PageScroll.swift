/// Pages of text (the welcome, the end, the page after a "no") scroll with the list
/// keys where they do not fit the screen.
extension AppState {
    /// Scrolls the page for ↑↓, PgUp/PgDn, Home/End; false for any other key.
    mutating func scrollPage(_ key: Key) -> Bool {
        let width = min(StepLayout.readingWidth, size.width - 4)
        let content: PageText.Content
        switch screen {
        case .welcome: content = WelcomeView.page(self, width: width)
        case .end: content = EndView.page(self, width: width, height: size.height)
        case .movingOn: content = MovingOnView.page(self, width: width)
        default: return false
        }
        var cursor = ListCursor(index: pageScroll)
        guard cursor.move(key, last: PageText.maxScroll(content, height: size.height), page: max(1, size.height - 6)) else { return false }
        pageScroll = cursor.index
        return true
    }
}
