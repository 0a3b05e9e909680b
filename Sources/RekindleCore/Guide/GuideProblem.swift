/// One thing wrong in a guide file, placed the way compilers place errors so editors
/// can jump to it.
public struct GuideProblem: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    /// 1-based line number.
    public var line: Int
    /// 1-based byte column within the line.
    public var column: Int
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `FILE:LINE:COLUMN: message`.
    /// "FILE:LINE:COLUMN: message", or "FILE: message" for the file as a whole (line 0).
    public var description: String { line == 0 ? "\(file): \(message)" : "\(file):\(line):\(column): \(message)" }
}

/// Thrown when a guide cannot be used; carries every problem found, not just the first.
public struct GuideError: Error, Sendable, Equatable, CustomStringConvertible {
    public var problems: [GuideProblem]

    public init(problems: [GuideProblem]) { self.problems = problems }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
