/// Text from notes, guides, session files and file names made safe to print as plain
/// text: characters a terminal would obey rather than show are replaced by visible
/// stand-ins, so nothing printed can write the clipboard (OSC 52), retitle the window,
/// clear the screen, reorder the line (bidi overrides) or forge a line of its own.
///
/// The stand-ins are the ones the coach draws (`Frame.visible` in RekindleTUI), so a
/// note reads the same on screen, in `review` and in a Markdown export:
/// - C0 controls become their Unicode "control pictures" (ESC is ␛, BEL ␇, CR ␍):
///   one column wide, so tables stay aligned, and they say which control it was;
/// - DEL becomes ␡;
/// - C1 controls (U+0080–U+009F) and the bidi overrides and isolates (U+202A–U+202E,
///   U+2066–U+2069), which have no pictures, become U+FFFD (�).
///
/// Plain text output goes through one of the two functions below; JSON exports are
/// escaped by JSON and left alone.
public enum VisibleText {
    /// A text of several lines, such as a note: newlines and tabs are kept.
    public static func lines(_ text: String) -> String {
        neutralised(text, keepingLineBreaks: true)
    }

    /// A text shown within one line (a name, a title, an error line, a table cell):
    /// newlines and tabs are neutralised too, so it can never split the line.
    public static func line(_ text: String) -> String {
        neutralised(text, keepingLineBreaks: false)
    }

    /// The stand-in for a scalar a terminal would obey, or nil if it is shown as it is.
    public static func standIn(for scalar: Unicode.Scalar, keepingLineBreaks: Bool) -> Unicode.Scalar? {
        let value = scalar.value
        switch value {
        case 0x0A, 0x09:
            return keepingLineBreaks ? nil : Unicode.Scalar(0x2400 + value)
        case 0x00..<0x20:
            return Unicode.Scalar(0x2400 + value)
        case 0x7F:
            return "\u{2421}"
        case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069:
            return "\u{FFFD}"
        default:
            return nil
        }
    }

    private static func neutralised(_ text: String, keepingLineBreaks: Bool) -> String {
        // Nearly all text is clean: one pass over its bytes, and no copy.
        guard needsWork(text, keepingLineBreaks: keepingLineBreaks) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            result.append(standIn(for: scalar, keepingLineBreaks: keepingLineBreaks) ?? scalar)
        }
        return String(result)
    }

    /// Whether `text` holds anything to replace, read from its UTF-8: a C0 control or
    /// DEL (one byte), a C1 control (C2 80–C2 9F) or a bidi override or isolate
    /// (E2 80 AA–E2 80 AE, E2 81 A6–E2 81 A9). Typographic quotes and dashes (also
    /// E2 …) need no second pass.
    private static func needsWork(_ text: String, keepingLineBreaks: Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x20 {
                    if !(keepingLineBreaks && (byte == 0x0A || byte == 0x09)) { return true }
                } else if byte == 0x7F {
                    return true
                } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] < 0xA0 {
                    return true
                } else if byte == 0xE2, index + 2 < bytes.count {
                    let second = bytes[index + 1], third = bytes[index + 2]
                    if (second == 0x80 && (0xAA...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third)) {
                        return true
                    }
                }
                index += 1
            }
            return false
        }
    }
}
