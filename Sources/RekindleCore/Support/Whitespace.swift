extension StringProtocol {
    /// The text without spaces or tabs at its end.
    func trimmingTrailingWhitespace() -> SubSequence {
        var end = endIndex
        while end > startIndex {
            let before = index(before: end)
            guard self[before] == " " || self[before] == "\t" else { break }
            end = before
        }
        return self[startIndex..<end]
    }

    /// The text without spaces or tabs at its start.
    func trimmingLeadingWhitespace() -> SubSequence {
        self[(firstIndex { $0 != " " && $0 != "\t" } ?? endIndex)...]
    }
}
