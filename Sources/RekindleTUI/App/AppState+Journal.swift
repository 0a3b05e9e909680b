import RekindleCore

/// One line of a part's notes as the page shows them.
struct JournalLine: Equatable, Sendable {
    var text: String
    /// A heading, drawn muted: an entry's date, or the caption of a note carried forward.
    var isHeading: Bool
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

    /// A part's notes as the page shows them: each entry under its date, oldest first.
    /// A single entry of today needs no date (the heading says when it was saved).
    func journal(for partID: String) -> [JournalLine] {
        let entries = entries(for: partID).filter { !$0.text.isEmpty }
        let today = zone.dayNumber(of: lastEventAt)
        let dated = entries.count > 1 || entries.contains { zone.dayNumber(of: $0.startedAt) != today }
        var lines: [JournalLine] = []
        for entry in entries {
            if dated {
                if !lines.isEmpty { lines.append(JournalLine(text: "", isHeading: false)) }
                let day = RelativeTime.day(zone.dayNumber(of: entry.startedAt), now: lastEventAt, zone: zone)
                lines.append(JournalLine(text: "· \(day)", isHeading: true))
            }
            lines += entry.text.split(separator: "\n", omittingEmptySubsequences: false).map { JournalLine(text: String($0), isHeading: false) }
        }
        return lines.isEmpty ? [JournalLine(text: "", isHeading: false)] : lines
    }

    /// The open part's notes, line by line, as the page previews them.
    var journalLines: [String] { journal(for: part.id).map(\.text) }

    /// A part's notes as one text, lines as the page shows them: what search looks in,
    /// and what its match ranges count in.
    func journalText(for partID: String) -> String { journal(for: partID).map(\.text).joined(separator: "\n") }
}
