// MARK: - The written form of a duration

extension TimedDuration {
    /// What a `(…)` at the end of an item's line turned out to be.
    enum Reading {
        /// Not a duration: the parenthesis, if any, is part of the item's text.
        case none
        /// A duration, and the line's bytes before it (without the blanks between).
        case duration(TimedDuration, before: ArraySlice<UInt8>)
        /// An attempt at one that is not right; `at` is the index of its "(".
        case mistake(at: Int, message: String)

        var isNone: Bool {
            if case .none = self { return true }
            return false
        }
    }

    /// Days per unit a guide may write.
    private static let units: [String: Int] = ["day": 1, "days": 1, "week": 7, "weeks": 7]

    /// The longest duration, in days.
    static let maximumDays = 365

    /// Reads the `(7 days)`, `(2 weeks)` or `(30 days, you choose)` that ends `text`.
    ///
    /// A parenthesis that is clearly something else ("(optional)", "(2 or 3 times)")
    /// is left to the text. One that looks like an attempt (a number then one word,
    /// or anything then a unit: "(7 dayz)", "(0 days)", "(seven days)", "(7days)") is
    /// a mistake, so a typo never silently turns a timed action into an ordinary one.
    static func read(endOf text: ArraySlice<UInt8>) -> Reading {
        guard text.last == UInt8(ascii: ")"), let open = text.lastIndex(of: UInt8(ascii: "(")) else { return .none }
        let inside = text[(open + 1)..<(text.endIndex - 1)]
        guard !inside.contains(UInt8(ascii: ")")) else { return .none }
        let comma = inside.firstIndex(of: UInt8(ascii: ","))
        let words = inside[..<(comma ?? inside.endIndex)].split(whereSeparator: \.isBlank)
        let written = String(decoding: text[open...], as: UTF8.self)
        let mistake = { (message: String) in Reading.mistake(at: open, message: message) }

        if words.count == 1 {
            let digits = words[0].prefix { $0.isASCIIDigit }
            guard !digits.isEmpty, isUnit(words[0][digits.endIndex...]) else { return .none }
            return mistake(L("guide.durationSpace", written))
        }
        guard words.count >= 2, isUnit(words[1]) || (words.count == 2 && words[0].first?.isASCIIDigit == true)
        else { return .none }

        guard words[0].allSatisfy(\.isASCIIDigit) else {
            return mistake(L("guide.durationDigits", written))
        }
        guard words.count == 2, let perUnit = units[String(decoding: words[1], as: UTF8.self)] else {
            return mistake(L("guide.durationNotOne", written))
        }
        // Digits past the range are counted no further, so no number overflows.
        let number = words[0].reduce(0) { min($0 * 10 + Int($1 - UInt8(ascii: "0")), maximumDays + 1) }
        let days = number * perUnit
        guard (1...maximumDays).contains(days) else {
            return mistake(L("guide.durationRange", maximumDays, written))
        }
        var isChosenByPerson = false
        if let comma {
            let rest = inside[(comma + 1)...].trimmingLeadingBlanks().trimmingTrailingBlanks()
            guard rest.elementsEqual("you choose".utf8) else {
                return mistake(L("guide.durationTail", written))
            }
            isChosenByPerson = true
        }
        return .duration(TimedDuration(days: days, isChosenByPerson: isChosenByPerson), before: text[..<open].trimmingTrailingBlanks())
    }

    /// Whether `word` is "day", "days", "week" or "weeks" (in any case, to recognize an attempt).
    private static func isUnit(_ word: ArraySlice<UInt8>) -> Bool {
        let text = String(decoding: word, as: UTF8.self)
        return units[text.lowercased()] != nil
    }
}

private extension UInt8 {
    var isASCIIDigit: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }
}
