import RekindleCore

/// The part's questions and notes: `questions`, `notes`, and `write`, which takes the
/// lines that follow as the note until a line with a single `.`.
extension Conversation {
    /// A note being written: which entry, the text it had, and the lines typed since.
    struct Writing: Sendable {
        var entry: Int
        var before: String
        var lines: [String] = []
    }

    /// `questions`: the part's prompts.
    func questions() -> Reply {
        guard !part.prompts.isEmpty else { return Reply(L("walk.noQuestions")) }
        return Reply([L("walk.questions")] + promptLines)
    }

    private var promptLines: [String] {
        part.prompts.flatMap { PlainText.wrap(VisibleText.line($0), width: width, first: "  - ", rest: "    ") }
    }

    /// `notes`: what earlier parts carry into this one, then this part's entries, oldest
    /// first, each under the day it was begun.
    func notes(now: Date) -> Reply {
        var lines = carriedLines()
        let entries = session.entries(for: part.id).filter { !$0.text.isEmpty }
        guard !entries.isEmpty else { return Reply(lines + [L("walk.nothingWritten", guide.label(of: part))]) }
        lines.append(L("walk.notesIn", guide.label(of: part)))
        for entry in entries {
            lines.append("  \(RelativeTime.text(entry.startedAt, now: now, zone: zone)):")
            lines += PlainText.lines(VisibleText.lines(entry.text)).map { "    " + $0 }
        }
        return Reply(lines)
    }

    /// Each earlier part this one carries forward (`^ #id Caption`): its caption, then
    /// its latest entry.
    private func carriedLines() -> [String] {
        part.carried.flatMap { carried -> [String] in
            guard let source = guide.part(id: carried.partID) else { return [] }
            let caption = "\(VisibleText.line(carried.caption)) (\(guide.label(of: source)))"
            guard let text = session.entries(for: source.id).last(where: { !$0.text.isEmpty })?.text else {
                return paragraphs(["\(caption): " + L("carried.nothing")])
            }
            return paragraphs([caption + ":"]) + PlainText.lines(VisibleText.lines(text)).map { "    " + $0 }
        }
    }

    /// `write`: opens the entry writing goes into (today's, else a new one) and says
    /// which, with the questions.
    mutating func beginWriting(now: Date) -> Reply {
        let entry = session.entryForWriting(in: part.id, now: now, zone: zone)
        let entries = session.entries(for: part.id)
        let before = entries.indices.contains(entry) ? entries[entry].text : ""
        mode = .writing(Writing(entry: entry, before: before))
        let which = before.isEmpty ? L("walk.newEntry", guide.label(of: part)) : L("walk.addingToEntry", guide.label(of: part))
        return Reply(paragraphs([which + " " + L("walk.writeHow")])
            + (part.prompts.isEmpty ? [] : [L("walk.questions")] + promptLines))
    }

    /// A line of the note: kept in the session at once (and so saved), or the `.` that ends it.
    mutating func write(_ line: String, into writing: Writing, now: Date) -> Reply {
        guard line.split(whereSeparator: \.isWhitespace) != ["."] else {
            mode = .commands
            guard !writing.lines.isEmpty else { return Reply(L("walk.nothingKept")) }
            let count = writing.lines.count
            return Reply(L("walk.kept", count, count == 1 ? L("noun.line") : L("noun.lines"), guide.label(of: part)))
        }
        // Help is never behind the writing: `help-now` alone on a line shows it, and the
        // note goes on.
        if line.split(whereSeparator: \.isWhitespace) == ["help-now"] {
            return Reply(helpNow().lines + ["", L("walk.stillWriting")])
        }
        var writing = writing
        writing.lines.append(line)
        let text = ((writing.before.isEmpty ? [] : [writing.before]) + writing.lines).joined(separator: "\n")
        session.setEntry(text, at: writing.entry, for: part, at: now)
        mode = .writing(writing)
        return Reply()
    }
}
