/// How a cell looks, by meaning rather than by colour number, so the ncurses backend
/// can map it to colours where the terminal has them and to plain attributes where not.
public struct Style: Hashable, Sendable {
    /// The colour roles; each has a monochrome fallback in the backend.
    public enum Tone: UInt8, Sendable, CaseIterable { case plain, accent, muted, success, warning, highlight }

    public var tone: Tone
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(tone: Tone = .plain, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.tone = tone
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }

    public static let plain = Style()
    public static let title = Style(tone: .accent, bold: true)
    public static let muted = Style(tone: .muted)
    public static let selected = Style(tone: .highlight, reverse: true)
    public static let success = Style(tone: .success)
    public static let warning = Style(tone: .warning, bold: true)
    public static let bar = Style(tone: .plain, reverse: true)
}
