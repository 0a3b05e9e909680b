/// A piece of a line around a search match: what a result shows, kept small whatever
/// the line's length (a note may be one line of a megabyte).
struct Excerpt: Equatable, Sendable {
    var text: String
    /// The match, in characters of `text`.
    var match: Range<Int>
    /// Whether the line goes on before `text`.
    var cutBefore: Bool
    /// Whether the line goes on after `text`.
    var cutAfter: Bool

    /// Characters kept before a match: more than a result row shows before one.
    static let before = 40
    /// Characters kept after a match: enough to fill the row of a wide terminal.
    static let after = 400

    /// One excerpt for each of `matches` (character ranges of `line`, in order and
    /// apart), walking the line once rather than once per match.
    static func pieces(of line: Substring, around matches: [Range<Int>]) -> [Excerpt] {
        var from = Walker(at: line.startIndex), to = Walker(at: line.startIndex)
        return matches.map { match in
            from.advance(to: max(0, match.lowerBound - before), in: line)
            to.advance(to: match.upperBound + after, in: line)
            return Excerpt(text: String(line[from.index..<to.index]),
                           match: (match.lowerBound - from.offset)..<(match.upperBound - from.offset),
                           cutBefore: from.offset > 0, cutAfter: to.index < line.endIndex)
        }
    }

    /// A place in a line that only moves forward, in step with its offset in characters.
    private struct Walker {
        var index: Substring.Index
        var offset = 0

        init(at index: Substring.Index) { self.index = index }

        mutating func advance(to target: Int, in line: Substring) {
            while offset < target && index < line.endIndex {
                line.formIndex(after: &index)
                offset += 1
            }
        }
    }
}
