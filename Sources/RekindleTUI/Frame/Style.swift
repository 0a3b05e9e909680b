/// How a cell looks, by meaning rather than by colour number, so the ncurses backend
/// can map it to the chosen theme's colours (`Palette`), and to plain attributes where
/// the terminal has no colour or NO_COLOR is set.
public struct Style: Hashable, Sendable {
    /// The colour roles. Content is `plain`, at the terminal's full contrast; chrome is
    /// `muted`; `accent` is the one soft colour, for focus and progress.
    public enum Tone: UInt8, Sendable, CaseIterable {
        case plain, accent, muted, success, warning, highlight
        /// A focused or chosen row: a soft background rather than reverse video.
        case selection
    }

    public var tone: Tone
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var italic: Bool

    public init(tone: Tone = .plain, bold: Bool = false, reverse: Bool = false, underline: Bool = false, italic: Bool = false) {
        self.tone = tone
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.italic = italic
    }

    public static let plain = Style()
    /// A heading or a title: the content's colour, bold.
    public static let title = Style(bold: true)
    /// A question to the person: the content's colour, in italics where the terminal has them.
    public static let prompt = Style(italic: true)
    public static let muted = Style(tone: .muted)
    /// The focus mark and the progress path.
    public static let accent = Style(tone: .accent)
    public static let selected = Style(tone: .selection)
    public static let success = Style(tone: .success)
    public static let warning = Style(tone: .warning, bold: true)
    /// A search match: the highlight tone (a marker's background), underlined so it
    /// shows in monochrome and on the selected row too.
    public static let match = Style(tone: .highlight, underline: true)
}
