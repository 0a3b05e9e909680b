import CPlatform

/// How many terminal columns a character takes, as the C library's `wcwidth` says
/// (what ncurses, tmux and terminals go by): 0 for combining marks, 2 for East Asian
/// wide characters and most emoji, else 1. A character that is a sequence (an emoji
/// with modifiers, a letter with marks) takes the width of its first scalar.
extension Character {
    public var cellWidth: Int {
        // Printable ASCII, most of what is drawn, is one column (wcwidth says so too):
        // answered from the first byte, without the C library or the scalars, for the
        // key budget (PERFORMANCE.md). Marks after it do not change its width.
        if let lead = utf8.first, lead >= 0x20, lead < 0x7F { return 1 }
        guard let first = unicodeScalars.first else { return 0 }
        // Controls are drawn as one-column placeholders (`Frame.visible`).
        if first.isHidden { return 1 }
        return max(0, Int(rk_column_width(first.value)))
    }
}

extension StringProtocol {
    /// Columns the text takes on screen.
    public var cellWidth: Int { reduce(0) { $0 + $1.cellWidth } }
}
