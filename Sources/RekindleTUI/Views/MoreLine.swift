import RekindleCore

/// What a scrolled text says about the lines out of sight: "↓ 6 more lines · ↑ 2 above".
enum MoreLine {
    /// "line" or "lines", for `count` of them.
    static func lines(_ count: Int) -> String { count == 1 ? L("noun.line") : L("noun.lines") }

    static func text(above: Int, below: Int) -> String {
        switch (above > 0, below > 0) {
        case (_, true): return L("more.below", below, lines(below)) + (above > 0 ? " · " + L("more.aboveShort", above) : "")
        case (true, false): return L("more.above", above, lines(above))
        case (false, false): return ""
        }
    }
}
