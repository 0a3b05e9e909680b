import RekindleCore

/// A part's guidance wrapped to a width. Wrapping every paragraph is the costliest
/// step of a layout, so the state keeps the last result and only redoes it when the
/// part or the width changes, not on every keystroke.
struct WrappedText: Equatable, Sendable {
    struct Key: Equatable, Sendable {
        var partID: String
        var width: Int
    }

    var key: Key
    var lines: [String]

    static let empty = WrappedText(key: Key(partID: "", width: 0), lines: [])

    static func guidance(of part: Part, width: Int) -> WrappedText {
        WrappedText(key: Key(partID: part.id, width: width), lines: part.guidance.enumerated().flatMap { index, paragraph in
            (index > 0 ? [""] : []) + Wrap.lines(paragraph, width: width)
        })
    }
}
