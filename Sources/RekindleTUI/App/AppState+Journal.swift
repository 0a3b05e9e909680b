import RekindleCore

/// One line of a part's notes as the page shows them.
struct JournalLine: Equatable, Sendable {
    var text: String
    /// How many characters at its start are drawn muted: an entry's date before its
    /// first line, or all of a carried note's caption.
    var muted = 0

    /// A caption, muted whole.
    static func heading(_ text: String) -> JournalLine { JournalLine(text: text, muted: text.count) }
}

extension AppState {
    /// A part's notes as the page shows them: each entry, oldest first, its first line
    /// led by its day ("Fri 4 Dec · "), which costs no row on a small screen. A single
    /// entry of today needs no date (the heading says when it was saved). The entry
    /// being written is read from the editor's lines, as they stand: splitting its
    /// text again on every frame would cost a long note's typing its budget.
    func journal(for partID: String) -> [JournalLine] {
        let saved = session.entries(for: partID)
        let isOpen = partID == part.id
        var entries: [(startedAt: Date, lines: [String])] = saved.indices.map { index in
            (saved[index].startedAt, isOpen && index == writingEntry ? editor.lines
                : saved[index].text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        }
        if isOpen && writingEntry >= saved.count { entries.append((lastEventAt, editor.lines)) }
        // A final new line ends the last line rather than starting one: it is neither
        // shown nor counted.
        entries = entries.map { entry in
            (entry.startedAt, entry.lines.count > 1 && entry.lines.last == "" ? Array(entry.lines.dropLast()) : entry.lines)
        }
        entries.removeAll { $0.lines == [""] }
        let today = zone.dayNumber(of: lastEventAt)
        let dated = entries.count > 1 || entries.contains { zone.dayNumber(of: $0.startedAt) != today }
        var lines: [JournalLine] = []
        for entry in entries {
            var entryLines = entry.lines.map { JournalLine(text: $0) }
            if dated {
                let prefix = RelativeTime.day(zone.dayNumber(of: entry.startedAt), now: lastEventAt, zone: zone) + " · "
                entryLines[0] = JournalLine(text: prefix + entryLines[0].text, muted: prefix.count)
            }
            lines += entryLines
        }
        return lines.isEmpty ? [JournalLine(text: "")] : lines
    }

    /// The open part's notes, line by line, as the page previews them.
    var journalLines: [String] { journal(for: part.id).map(\.text) }

    /// A part's notes as one text, lines as the page shows them: what search looks in,
    /// and what its match ranges count in.
    func journalText(for partID: String) -> String { journal(for: partID).map(\.text).joined(separator: "\n") }
}
