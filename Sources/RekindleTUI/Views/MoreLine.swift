/// What a scrolled text says about the lines out of sight: "↓ 6 more lines · ↑ 2 above".
enum MoreLine {
    static func text(above: Int, below: Int) -> String {
        let noun = { (count: Int) in count == 1 ? "line" : "lines" }
        switch (above > 0, below > 0) {
        case (_, true): return "↓ \(below) more \(noun(below))" + (above > 0 ? " · ↑ \(above) above" : "")
        case (true, false): return "↑ \(above) \(noun(above)) above"
        case (false, false): return ""
        }
    }
}
