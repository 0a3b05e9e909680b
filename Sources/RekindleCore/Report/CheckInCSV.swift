/// The check-ins as CSV, one row each, oldest first: `date,mood,urge,word`, the date
/// as ISO 8601 with its zone, a skipped figure empty. Fields are quoted as RFC 4180
/// says (a word with a comma, a quote or a line break is quoted, its quotes doubled)
/// and rows end in CRLF. A word's controls are shown as `VisibleText` shows them, so
/// printing the CSV cannot drive the terminal.
public enum CheckInCSV {
    public static func render(_ checkIns: [CheckIn], zone: TimeZoneOffset) -> String {
        let rows = [["date", "mood", "urge", "word"]] + checkIns.map { checkIn in
            [ZonedText.iso8601(checkIn.at, zone: zone), checkIn.mood.map(String.init) ?? "", checkIn.urge.map(String.init) ?? "",
             VisibleText.lines(checkIn.word ?? "")]
        }
        return rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// A field, quoted when it holds a comma, a quote or a line break.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}
