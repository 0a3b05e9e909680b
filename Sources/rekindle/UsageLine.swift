import RekindleCore

/// The one line a usage error is reported in, after "rekindle: ".
enum UsageLine {
    /// The argument parser's message, in one line and in the words of the rest of the
    /// program's errors (which start in lower case); for an option the command does
    /// not know, how to give a session name that starts with '-'. A message of the
    /// parser's own (rather than a command's) ends with where to read more.
    static func wording(_ message: String, fromParser: Bool) -> String {
        var line = message.split(whereSeparator: \.isNewline)
            .map { String($0.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()) }
            .filter { !$0.isEmpty }.joined(separator: " ")
        if let first = line.first, first.isUppercase, line.dropFirst().first?.isLowercase == true {
            line = first.lowercased() + line.dropFirst()
        }
        if line.hasPrefix("unknown option '-") {
            line += L("usage.dashName")
        }
        guard fromParser else { return line }
        if line.hasSuffix(".") { line.removeLast() }
        return line + L("usage.seeHelp")
    }
}
