/// What the app needs from a screen. Two backends: ncurses for people, memory for tests.
public protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: Size { get }

    /// Shows a frame; backends send only what changed.
    func draw(_ frame: Frame)

    /// The next event, or nil when `timeoutMilliseconds` pass with none (a negative
    /// timeout waits until there is one, or a signal arrives).
    func nextEvent(timeoutMilliseconds: Int) -> Event?

    /// Forgets what the screen shows: the next frame is drawn whole on a cleared
    /// screen (after a resize, or Ctrl-L when other output wrote over it).
    func forgetScreen()

    /// Gives the terminal back to the shell for `body` (an external editor, or a
    /// Ctrl-Z suspension), then takes it again and redraws everything.
    func withTerminalReleased<T>(_ body: () throws -> T) rethrows -> T

    /// Ctrl-Z: hands the terminal back to the shell until the person types `fg`.
    func suspend()

    /// Restores the terminal for good. Safe to call more than once.
    func close()
}
