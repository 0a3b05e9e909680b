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
    /// A part's entries as they stand: the session's, with the one being written as the
    /// editor holds it.
    func entries(for partID: String) -> [NoteEntry] {
        var entries = session.entries(for: partID)
        guard partID == part.id, noteEdited else { return entries }
        if entries.indices.contains(writingEntry) {
            entries[writingEntry].text = editor.text
        } else if !editor.isEmpty {
            entries.append(NoteEntry(text: editor.text, startedAt: lastEventAt, editedAt: lastEventAt))
        }
        return entries
    }

    /// A part's notes as the page shows them: each entry, oldest first, its first line
    /// led by its day ("Fri 4 Dec · "), which costs no row on a small screen. A single
    /// entry of today needs no date (the heading says when it was saved).
    func journal(for partID: String) -> [JournalLine] {
        let entries = entries(for: partID).filter { !$0.text.isEmpty }
        let today = zone.dayNumber(of: lastEventAt)
        let dated = entries.count > 1 || entries.contains { zone.dayNumber(of: $0.startedAt) != today }
        var lines: [JournalLine] = []
        for entry in entries {
            var entryLines = entry.text.split(separator: "\n", omittingEmptySubsequences: false).map { JournalLine(text: String($0)) }
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
