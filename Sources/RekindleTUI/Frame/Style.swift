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

extension Style {
    /// How many of `bits` a style uses.
    static let bitWidth = 6

    /// The style in one byte, for frames that store cells as plain integers.
    var bits: UInt8 {
        tone.rawValue | (bold ? 0x08 : 0) | (reverse ? 0x10 : 0) | (underline ? 0x20 : 0)
    }

    init(bits: UInt8) {
        self.init(tone: Tone(rawValue: bits & 0x07) ?? .plain,
                  bold: bits & 0x08 != 0, reverse: bits & 0x10 != 0, underline: bits & 0x20 != 0)
    }
}
