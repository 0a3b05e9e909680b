extension Guide {
    /// Reads and parses a guide file given on the command line (`guide check`,
    /// `--guide`): only a plain file of at most `BoundedFile.limit` bytes is read.
    public static func load(path: String) throws(GuideError) -> Guide {
        let bytes: [UInt8]
        do {
            bytes = try BoundedFile.read(path)
        } catch {
            throw GuideError(problems: [GuideProblem(file: path, line: 0, column: 0, message: L("guide.unreadable", error.reason))])
        }
        return try GuideParser(file: path).parse(bytes)
    }
}
