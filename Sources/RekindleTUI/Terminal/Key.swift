/// A key press, decoded from whatever the terminal sent.
public enum Key: Equatable, Hashable, Sendable {
    case character(Character)
    /// Ctrl plus a letter, e.g. `.control("e")` for Ctrl-E.
    case control(Character)
    case function(Int)
    case enter, tab, backTab, backspace, delete, escape
    case up, down, left, right, home, end, pageUp, pageDown
}

/// A mouse action at a cell.
public struct MouseEvent: Equatable, Sendable {
    public enum Action: Equatable, Sendable { case press, wheelUp, wheelDown }

    public var action: Action
    public var at: Point

    public init(_ action: Action, at: Point) {
        self.action = action
        self.at = at
    }
}
