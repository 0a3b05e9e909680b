/// The few things a painter asks of a terminal. The ncurses backend turns them into
/// terminfo sequences; tests apply them to an emulated screen.
public protocol PaintTarget {
    /// Blanks the whole screen in the plain style.
    mutating func clearScreen()
    /// Puts the cursor at a cell, whatever its position was.
    mutating func move(toX x: Int, y: Int)
    /// Writes the following text in a style.
    mutating func setStyle(_ style: Style)
    /// Writes UTF-8 text (NUL-terminated) from the cursor on, advancing it.
    mutating func write(_ text: UnsafePointer<CChar>)
}

/// Sends a terminal what changed between the frame it shows and the next one, as
/// runs of text with a cursor move only where the last text did not leave the
/// cursor already. A typed character at the edit point is then the character alone,
/// and a whole frame goes out in one write instead of one per cursor jump (which is
/// what ncurses' own refresh does until its first `endwin`).
public struct ScreenPainter {
    /// The frame on the terminal, or nil when its contents are unknown.
    private var shown: Frame?
    /// Where the terminal's cursor is, or nil when unknown (after text that reached
    /// the right edge, where terminals differ on wrapping).
    private var cursor: Point?

    public init() {}

    /// The screen was just cleared by someone else: the next frame is drawn onto blank cells.
    public mutating func screenCleared(size: Size) {
        shown = Frame(width: size.width, height: size.height)
        cursor = nil
    }

    /// Someone else wrote to the screen: the next frame is drawn from a cleared screen.
    public mutating func forget() {
        shown = nil
        cursor = nil
    }

    /// Sends the changes from the frame shown to `frame`, then puts the cursor where
    /// `frame` wants it, and leaves the plain style set.
    public mutating func paint(_ frame: Frame, on target: inout some PaintTarget) {
        let base: Frame
        if let shown, shown.width == frame.width, shown.height == frame.height {
            base = shown
        } else {
            target.setStyle(.plain)
            target.clearScreen()
            base = Frame(width: frame.width, height: frame.height)
            cursor = nil
        }
        // Every paint leaves the plain style set, so that is where this one starts.
        var style = Style.plain
        frame.forEachChangedRun(since: base) { run, text in
            if cursor != Point(x: run.x, y: run.y) { target.move(toX: run.x, y: run.y) }
            if style != run.style {
                target.setStyle(run.style)
                style = run.style
            }
            target.write(text)
            // A wide character whose right half did not change still moved the cursor past it.
            let end = run.x + run.count
            cursor = end < frame.width && !frame.isRightHalf(x: end, y: run.y) ? Point(x: end, y: run.y) : nil
        }
        if style != .plain { target.setStyle(.plain) }
        if let wanted = frame.cursor, wanted != cursor {
            target.move(toX: wanted.x, y: wanted.y)
            cursor = wanted
        }
        shown = frame
    }
}
