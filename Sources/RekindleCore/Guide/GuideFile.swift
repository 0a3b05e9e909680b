extension Guide {
    /// Reads and parses a guide file given on the command line.
    public static func load(path: String) throws(GuideError) -> Guide {
        let bytes: [UInt8]
        do {
            bytes = try POSIX.readFileFollowingLinks(path)
        } catch {
            throw GuideError(problems: [GuideProblem(file: path, line: 0, column: 0, message: "cannot read the guide: \(error.reason)")])
        }
        return try GuideParser(file: path).parse(bytes)
    }
}
