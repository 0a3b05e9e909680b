/// The colour themes, chosen with `--theme` or REKINDLE_THEME.
public enum Theme: String, Sendable, CaseIterable {
    /// Soft colours on a dark background (the default).
    case dark
    /// Deeper colours for a light background.
    case light
    /// Strong colours and no dimming, for low vision or a washed-out screen.
    case highContrast = "high-contrast"
}

/// What colours a terminal can show.
public enum ColorDepth: Sendable, CaseIterable {
    /// None, or NO_COLOR is set: attributes only (bold, dim, reverse, underline).
    case monochrome
    /// The eight ANSI colours.
    case eight
    /// The 256-colour palette, which nearly every terminal today has.
    case many
}

/// How a tone is drawn: terminal colour numbers (-1 is the terminal's own colour) and attributes.
public struct Ink: Equatable, Sendable {
    public var foreground: Int16 = -1
    public var background: Int16 = -1
    public var bold = false
    public var dim = false
    public var reverse = false
    public var underline = false
}

/// Each tone's ink in a theme at a colour depth: content at full contrast, chrome
/// muted, one soft accent, and a soft background for the focused row.
public enum Palette {
    public static func ink(for tone: Style.Tone, theme: Theme, depth: ColorDepth) -> Ink {
        switch depth {
        case .monochrome: monochrome(tone, theme)
        case .eight: eight(tone, theme)
        case .many: many(tone, theme)
        }
    }

    private static func monochrome(_ tone: Style.Tone, _ theme: Theme) -> Ink {
        switch tone {
        case .plain, .success: Ink()
        case .accent, .warning: Ink(bold: true)
        case .muted: Ink(dim: theme != .highContrast)
        case .highlight: Ink(bold: true, underline: true)
        case .selection: Ink(reverse: true)
        }
    }

    /// ANSI numbers: 0 black, 1 red, 2 green, 3 yellow, 4 blue, 5 magenta, 6 cyan, 7 white.
    private static func eight(_ tone: Style.Tone, _ theme: Theme) -> Ink {
        switch (tone, theme) {
        case (.plain, _): Ink()
        case (.muted, .highContrast): Ink()
        case (.muted, _): Ink(dim: true)
        case (.accent, .dark): Ink(foreground: 6)
        case (.accent, .light): Ink(foreground: 4)
        case (.accent, .highContrast): Ink(foreground: 3, bold: true)
        case (.success, .highContrast): Ink(foreground: 2, bold: true)
        case (.success, _): Ink(foreground: 2)
        case (.warning, .light): Ink(foreground: 1, bold: true)
        case (.warning, _): Ink(foreground: 3, bold: true)
        case (.highlight, _): Ink(foreground: 0, background: 3)
        case (.selection, _): Ink(reverse: true)
        }
    }

    /// Numbers of the 256-colour palette: 232-255 are greys from dark to light.
    private static func many(_ tone: Style.Tone, _ theme: Theme) -> Ink {
        switch (tone, theme) {
        case (.plain, _): Ink()
        case (.muted, .dark): Ink(foreground: 245)
        case (.muted, .light): Ink(foreground: 242)
        case (.muted, .highContrast): Ink()
        case (.accent, .dark): Ink(foreground: 216)
        case (.accent, .light): Ink(foreground: 130)
        case (.accent, .highContrast): Ink(foreground: 226, bold: true)
        case (.success, .dark): Ink(foreground: 114)
        case (.success, .light): Ink(foreground: 28)
        case (.success, .highContrast): Ink(foreground: 46, bold: true)
        case (.warning, .dark): Ink(foreground: 222, bold: true)
        case (.warning, .light): Ink(foreground: 124, bold: true)
        case (.warning, .highContrast): Ink(foreground: 196, bold: true)
        case (.highlight, .light): Ink(foreground: 16, background: 229)
        case (.highlight, _): Ink(foreground: 16, background: 222)
        // The focused row's text has a colour of its own, so it stays readable whatever
        // the terminal's own foreground is.
        case (.selection, .dark): Ink(foreground: 255, background: 237)
        case (.selection, .light): Ink(foreground: 16, background: 253)
        case (.selection, .highContrast): Ink(reverse: true)
        }
    }
}
