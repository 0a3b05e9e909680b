import RekindleCore

/// Left-aligned columns separated by two spaces, like `ls -l` or `git branch -v`.
/// Each cell is one line of visible text (`VisibleText.line`): a session named after
/// a file with an escape sequence or a newline in its name cannot break the table.
enum TextTable {
    static func render(_ rows: [[String]]) -> String {
        let rows = rows.map { $0.map(VisibleText.line) }
        let widths = rows.reduce(into: [Int]()) { widths, row in
            for (index, cell) in row.enumerated() {
                if index == widths.count { widths.append(0) }
                widths[index] = max(widths[index], cell.count)
            }
        }
        return rows.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
