/// The few things a painter asks of a terminal. The ncurses backend turns them into
/// terminfo sequences; tests apply them to an emulated screen.
public protocol PaintTarget {
    /// Blanks the whole screen in the plain style.
    mutating func clearScreen()
    /// Puts the cursor at a cell, whatever its position was.
    mutating func move(toX x: Int, y: Int)
    /// Writes the following text in a style.
    mutating func setStyle(_ style: Style)
    /// Writes UTF-8 text from the cursor on, advancing it.
    mutating func write(_ text: UnsafeBufferPointer<UInt8>)
    /// Blanks from the cursor to the end of its row in the plain style, leaving the
    /// cursor where it is; false when the terminal cannot (then spaces are written).
    mutating func clearToEndOfLine() -> Bool
}

/// Sends a terminal what changed between the frame it shows and the next one, as
/// ratatui's buffer diff does: rows that differ are walked cell by cell, changed
/// cells go out as runs of text, the cursor moves only where the last run did not
/// leave it, and blanks to the end of a row are cleared rather than written.
public struct ScreenPainter {
    /// The frame on the terminal, or nil when its contents are unknown.
    private var shown: Frame?
    /// Where the terminal's cursor is, or nil when unknown (after text that reached
    /// the right edge, where terminals differ on wrapping).
    private var cursor: Point?
    /// Whether the terminal can clear to the end of a line (until it says it cannot).
    private var canClear = true
    /// The style the terminal writes in: every paint starts and ends in the plain one.
    private var style = Style.plain
    /// Unchanged cells between two changes are written again when there are fewer
    /// than this: a cursor move costs about as many bytes (bytes per key budget).
    private static let shortestGap = 6
    /// Fewer blanks than this are written: clearing costs a 3-byte sequence.
    private static let shortestClear = 4

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
        var old = shown ?? Frame(width: 0, height: 0)
        style = .plain
        if old.width != frame.width || old.height != frame.height {
            target.clearScreen()
            old = Frame(width: frame.width, height: frame.height)
            cursor = nil
        }
        for y in 0..<frame.height where frame.row(y) != old.row(y) {
            paintRow(y, of: frame, over: old, on: &target)
        }
        use(.plain, on: &target)
        if let wanted = frame.cursor, wanted != cursor {
            target.move(toX: wanted.x, y: wanted.y)
            cursor = wanted
        }
        shown = frame
    }

    private mutating func paintRow(_ y: Int, of frame: Frame, over old: Frame, on target: inout some PaintTarget) {
        let tail = frame.blankTail(y: y)
        var x = 0
        while x < frame.width {
            guard frame[x, y] != old[x, y] else {
                x += 1
                continue
            }
            // A right half changes with its left half: start there.
            if frame.isRightHalf(x: x, y: y) && x > 0 { x -= 1 }
            if x >= tail && canClear && frame.width - x >= Self.shortestClear {
                moveIfNeeded(toX: x, y: y, on: &target)
                use(.plain, on: &target)
                canClear = target.clearToEndOfLine()
                if canClear { return }
            }
            moveIfNeeded(toX: x, y: y, on: &target)
            // The run goes on through unchanged cells while a change follows soon.
            var end = x
            var lastChange = x
            while end < frame.width && end - lastChange <= Self.shortestGap {
                if frame[end, y] != old[end, y] { lastChange = end }
                end += 1
            }
            end = min(frame.width, lastChange + max(1, frame[lastChange, y].cellWidth))
            write(frame, y: y, from: x, to: end, on: &target)
            x = end
        }
    }

    /// Writes cells `start..<end` of row `y`, style by style.
    private mutating func write(_ frame: Frame, y: Int, from start: Int, to end: Int, on target: inout some PaintTarget) {
        var text = ""
        var textStyle = frame[start, y].style
        for x in start..<end where !frame.isRightHalf(x: x, y: y) {
            let cell = frame[x, y]
            if cell.style != textStyle {
                send(&text, in: textStyle, on: &target)
                textStyle = cell.style
            }
            text += cell.text
        }
        send(&text, in: textStyle, on: &target)
        cursor = end < frame.width ? Point(x: end, y: y) : nil
    }

    private mutating func send(_ text: inout String, in textStyle: Style, on target: inout some PaintTarget) {
        guard !text.isEmpty else { return }
        use(textStyle, on: &target)
        text.withUTF8 { target.write($0) }
        text = ""
    }

    private mutating func use(_ newStyle: Style, on target: inout some PaintTarget) {
        guard newStyle != style else { return }
        target.setStyle(newStyle)
        style = newStyle
    }

    private mutating func moveIfNeeded(toX x: Int, y: Int, on target: inout some PaintTarget) {
        guard cursor != Point(x: x, y: y) else { return }
        target.move(toX: x, y: y)
        cursor = Point(x: x, y: y)
    }
}
