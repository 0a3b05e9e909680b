/// A place in a list, or how far a screen is scrolled: moved by the same keys on
/// every screen that shows a list (the review, the help, the sessions, search results).
struct ListCursor: Equatable, Sendable {
    var index = 0

    /// Moves for a list key (↑↓, PgUp/PgDn, Home/End), within `0...last`, `page` rows
    /// a page; false for any other key.
    mutating func move(_ key: Key, last: Int, page: Int) -> Bool {
        switch key {
        case KeyMap.up: index = adding(index, -1)
        case KeyMap.down: index = adding(index, 1)
        case KeyMap.pageUp: index = adding(index, -max(1, page))
        case KeyMap.pageDown: index = adding(index, max(1, page))
        case KeyMap.top: index = 0
        case KeyMap.bottom: index = last
        default: return false
        }
        index = clamp(index, 0, max(0, last))
        return true
    }
}
