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
/// runs of text with a cursor move only where the last text did not leave the
/// cursor already. A typed character at the edit point is then the character alone,
/// and a whole frame goes out in one write instead of one per cursor jump (which is
/// what ncurses' own refresh does until its first `endwin`).
public struct ScreenPainter {
    /// The frame on the terminal, or nil when its contents are unknown. The painter's
    /// own copy, brought up to date row by row: sharing the frame it was given would
    /// make the next frame, drawn over that one in place, copy all its cells first.
    private var shown: Frame?
    /// The row stamps of the frame last painted, which `shown` matches cell for cell;
    /// empty when unknown. Its own array, copied into: sharing the frame's would make
    /// the next frame copy its stamps (an allocation) at its first write.
    private var shownStamps: [UInt64] = []
    /// The rows the frame being painted changed (kept, with their room, between frames).
    private var changedRows: [Int] = []
    /// Where the terminal's cursor is, or nil when unknown (after text that reached
    /// the right edge, where terminals differ on wrapping).
    private var cursor: Point?
    /// Whether the terminal can clear to the end of a line (until it says it cannot).
    private var canClear = true
    /// Fewer blanks than this are written: clearing costs a 3-byte sequence.
    private static let shortestClear = 4

    public init() {}

    /// The screen was just cleared by someone else: the next frame is drawn onto blank cells.
    public mutating func screenCleared(size: Size) {
        shown = Frame(width: size.width, height: size.height)
        shownStamps.removeAll(keepingCapacity: true)
        cursor = nil
    }

    /// Someone else wrote to the screen: the next frame is drawn from a cleared screen.
    public mutating func forget() {
        shown = nil
        shownStamps.removeAll(keepingCapacity: true)
        cursor = nil
    }

    /// Sends the changes from the frame shown to `frame`, then puts the cursor where
    /// `frame` wants it, and leaves the plain style set.
    public mutating func paint(_ frame: Frame, on target: inout some PaintTarget) {
        if shown?.width != frame.width || shown?.height != frame.height {
            target.setStyle(.plain)
            target.clearScreen()
            shown = Frame(width: frame.width, height: frame.height)
            shownStamps.removeAll(keepingCapacity: true)
            cursor = nil
        }
        changedRows.removeAll(keepingCapacity: true)
        // Every paint leaves the plain style set, so that is where this one starts.
        var style = Style.plain
        // Blanks to the end of a row are cleared rather than written (3 bytes instead of
        // a row of spaces when a line gets shorter); later runs there are then done.
        var cleared: Point?
        // Where the current row's blanks start, found once per row.
        var tail = Point(x: 0, y: -1)
        frame.forEachChangedRun(since: shown, oldStamps: shownStamps.isEmpty ? nil : shownStamps) { run, text in
            if changedRows.last != run.y { changedRows.append(run.y) }
            if let cleared, cleared.y == run.y, run.x >= cleared.x { return }
            if cursor != Point(x: run.x, y: run.y) { target.move(toX: run.x, y: run.y) }
            if style != run.style {
                target.setStyle(run.style)
                style = run.style
            }
            var end = run.x + run.count
            if tail.y != run.y { tail = Point(x: frame.blankTail(y: run.y), y: run.y) }
            let blanks = run.style == .plain && canClear ? max(run.x, tail.x) : end
            if blanks < end && frame.width - blanks >= Self.shortestClear {
                // The run's cells from `blanks` on are plain spaces: one byte each.
                if blanks > run.x { target.write(UnsafeBufferPointer(rebasing: text.prefix(text.count - (end - blanks)))) }
                canClear = target.clearToEndOfLine()
                if canClear {
                    end = blanks
                    cleared = Point(x: blanks, y: run.y)
                } else {
                    target.write(UnsafeBufferPointer(rebasing: text.suffix(end - blanks)))
                }
            } else {
                target.write(text)
            }
            // A wide character whose right half did not change still moved the cursor past it.
            cursor = end < frame.width && !frame.isRightHalf(x: end, y: run.y) ? Point(x: end, y: run.y) : nil
        }
        if style != .plain { target.setStyle(.plain) }
        if let wanted = frame.cursor, wanted != cursor {
            target.move(toX: wanted.x, y: wanted.y)
            cursor = wanted
        }
        for y in changedRows { shown?.copy(Rect(x: 0, y: y, width: frame.width, height: 1), from: frame) }
        if shownStamps.count != frame.height { shownStamps = Array(repeating: 0, count: frame.height) }
        shownStamps.withUnsafeMutableBufferPointer { _ = $0.update(fromContentsOf: frame.rowStamps) }
        // Each copy of a row adds its long graphemes (emoji sequences) to the copy's
        // list, even where they replace old ones: past a bound, copy the frame afresh.
        if let shown, shown.longGraphemeCount > Self.longGraphemesKept {
            var fresh = Frame(width: frame.width, height: frame.height)
            fresh.copy(frame.bounds, from: frame)
            self.shown = fresh
        }
    }

    /// How many long graphemes the painter's copy of the screen may gather.
    static let longGraphemesKept = 1_024

    /// How many long graphemes the painter's copy of the screen holds (for tests).
    var shownLongGraphemeCount: Int { shown?.longGraphemeCount ?? 0 }
}
