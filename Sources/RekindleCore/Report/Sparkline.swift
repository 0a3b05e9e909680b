/// A row of small bars, one a day, each as high as its value on a fixed scale (the
/// figure's own range, never the data's least and most, so a calm week does not look
/// like a storm): Unicode blocks, or ASCII where the locale is not UTF-8.
public enum Sparkline {
    /// The characters a sparkline is drawn with.
    public struct Glyphs: Sendable, Equatable {
        /// Eight bars, lowest first.
        public var levels: [Character]
        /// A day without a value.
        public var gap: Character
        /// Between the ends of a range: "1–5".
        public var dash: String

        /// ▁▂▃▄▅▆▇█, with · for a day without a value.
        public static let blocks = Glyphs(levels: Array("▁▂▃▄▅▆▇█"), gap: "·", dash: "–")
        /// _.-=+*#@, from low to high, with a space for a day without a value.
        public static let ascii = Glyphs(levels: Array("_.-=+*#@"), gap: " ", dash: "-")

        /// The glyphs for a locale: blocks when its character set is UTF-8, as the C
        /// library decides it (LC_ALL, else LC_CTYPE, else LANG; none set is the C
        /// locale, which is ASCII).
        public static func forLocale(_ environment: [String: String]) -> Glyphs {
            let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? "C"
            let charset = locale.uppercased()
            return charset.contains("UTF-8") || charset.contains("UTF8") ? .blocks : .ascii
        }
    }

    /// One character a value: its bar on `scale`, or the gap for nil.
    public static func row(_ values: [Double?], scale: ClosedRange<Int>, glyphs: Glyphs) -> String {
        let top = glyphs.levels.count - 1
        let span = Double(scale.upperBound - scale.lowerBound)
        return String(values.map { value in
            guard let value else { return glyphs.gap }
            let level = ((value - Double(scale.lowerBound)) / span * Double(top)).rounded()
            return glyphs.levels[Int(min(Double(top), max(0, level)))]
        })
    }
}
