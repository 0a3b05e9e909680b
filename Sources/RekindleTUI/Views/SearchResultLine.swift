/// A search result fitted to its row: "Step 3 · …words around the match…", with `…`
/// wherever its line is cut, and the match marked to be highlighted.
struct SearchResultLine: Equatable {
    struct Piece: Equatable {
        var text: String
        var isMatch: Bool
    }

    /// The label ("Step 3 · "), then the excerpt, left to right.
    var label: String
    var pieces: [Piece] = []

    init(_ result: SearchResult, width: Int) {
        label = result.label + " · "
        let excerpt = result.excerpt
        let characters = Array(excerpt.text)
        let match = min(excerpt.match.lowerBound, characters.count)..<min(excerpt.match.upperBound, characters.count)
        let room = width - label.cellWidth
        guard room > 2 else { return }
        func columns(_ range: Range<Int>) -> Int { characters[range].reduce(0) { $0 + $1.cellWidth } }
        // From the start of the excerpt if the match then fits, else from a little before it.
        var start = 0
        if (excerpt.cutBefore ? 1 : 0) + columns(0..<match.upperBound) > room - 1 {
            start = max(0, match.lowerBound - min(20, room / 3))
            // A line that ends before the row does shows more of what comes before.
            var rest = columns(start..<characters.count)
            while start > 0 && !excerpt.cutAfter && rest + characters[start - 1].cellWidth + 1 <= room {
                start -= 1
                rest += characters[start].cellWidth
            }
        }
        if start > 0 || excerpt.cutBefore {
            // What follows "…" begins on a word, not in one.
            let inWord = start == 0 || characters[start - 1] != " "
            if inWord, let space = characters[start..<match.lowerBound].firstIndex(of: " ") { start = space }
            while start < match.lowerBound && characters[start] == " " { start += 1 }
        }
        let cutBefore = start > 0 || excerpt.cutBefore
        var budget = room - (cutBefore ? 1 : 0)
        let cutAfter = excerpt.cutAfter || columns(start..<characters.count) > budget
        if cutAfter { budget -= 1 }
        var end = start, used = 0
        while end < characters.count && used + characters[end].cellWidth <= budget {
            used += characters[end].cellWidth
            end += 1
        }
        // "…" follows a word, not a space.
        while cutAfter && end > max(start, match.upperBound) && characters[end - 1] == " " { end -= 1 }
        if cutBefore { append("…", isMatch: false) }
        for index in start..<end { append(String(characters[index]), isMatch: match.contains(index)) }
        if cutAfter { append("…", isMatch: false) }
    }

    /// Adds text to the last piece if it is styled alike, else as a new piece.
    private mutating func append(_ text: String, isMatch: Bool) {
        if let last = pieces.indices.last, pieces[last].isMatch == isMatch {
            pieces[last].text += text
        } else {
            pieces.append(Piece(text: text, isMatch: isMatch))
        }
    }
}
