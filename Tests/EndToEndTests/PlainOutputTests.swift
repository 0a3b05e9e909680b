import Foundation
import Testing
import TestSupport
@testable import RekindleCore

/// Issue 23: plain output (`review`, `export --format markdown`, `list`, error lines)
/// shows the controls in notes, guides and names as visible stand-ins (␛, ␇, �), to a
/// terminal and to files alike; a name with a newline stays on its one line.
@Suite struct PlainOutputTests {
    let dir = TemporaryDirectory()
    var rekindle: Rekindle { Rekindle(dataDirectory: dir.file("data")) }

    static let hostileNote = "clip\u{1B}]52;c;aGk=\u{07} title\u{1B}]0;pwned\u{07}\nclear\u{1B}[2J\u{1B}[3J\u{1B}c c1\u{9B}31m \u{202E}desrever\u{202C}"
    /// A guide whose title, step title and item carry controls (the parser takes them).
    static let hostileGuide = "# Title \u{1B}]0;pwned\u{07}\n## Step \u{1B}]52;c;aGk=\u{07} one\n- [ ] Item \u{9B}2J \u{202E}here\n"

    /// Whether printed text holds a scalar a terminal would obey (newlines and tabs aside).
    static func obeys(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            let value = scalar.value
            return (value < 0x20 && value != 0x0A && value != 0x09) || (0x7F...0x9F).contains(value)
                || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
        }
    }

    func seed(guide: Guide = .builtIn) throws {
        let store = try SessionStore(dataDirectory: dir.file("data"))
        var session = Session(name: "default", guide: guide, now: Date(timeIntervalSince1970: 1_795_000_000))
        let step = guide.steps[0]
        session.setChecked(true, item: step.checklist[0], in: step, at: Date(timeIntervalSince1970: 1_795_003_600))
        session.setNote(Self.hostileNote, for: step, at: Date(timeIntervalSince1970: 1_795_007_200))
        try store.save(session)
    }

    @Test func reviewShowsANotesControlsVisibly() throws {
        try seed()
        let result = try rekindle.run(["review"])
        #expect(result.status == 0)
        #expect(!Self.obeys(result.stdout), "\(result.stdout.debugDescription)")
        #expect(result.stdout.contains("    clip␛]52;c;aGk=␇ title␛]0;pwned␇\n    clear␛[2J␛[3J␛c c1�31m �desrever�\n"))
    }

    @Test func markdownExportsShowControlsVisiblyOnStdoutAndInFiles() throws {
        try seed()
        let shown = "> clip␛\\]52;c;aGk=␇ title␛\\]0;pwned␇\\\n> clear␛\\[2J␛\\[3J␛c c1�31m �desrever�\n"
        let stdout = try rekindle.run(["export"])
        #expect(stdout.status == 0)
        #expect(!Self.obeys(stdout.stdout))
        #expect(stdout.stdout.contains(shown))
        let file = dir.file("notes.md")
        #expect(try rekindle.run(["export", "--output", file]).status == 0)
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(!Self.obeys(written))
        #expect(written == stdout.stdout)
        // JSON escapes by its own rules and keeps the note exactly.
        let json = dir.file("notes.json")
        #expect(try rekindle.run(["export", "--format", "json", "--output", json]).status == 0)
        let session = try SessionCodec.decode(Array(try #require(dir.read("notes.json"))))
        #expect(session.noteText(for: Guide.builtIn.steps[0].id) == Self.hostileNote)
    }

    @Test func aGuidesTextIsShownVisiblyInTheReviewAndTheExport() throws {
        dir.write("hostile.md", Array(Self.hostileGuide.utf8))
        let guide = try Guide.load(path: dir.file("hostile.md"))
        try seed(guide: guide)
        let review = try rekindle.run(["review", "--guide", dir.file("hostile.md")])
        #expect(review.status == 0, "\(review.stderr)")
        #expect(!Self.obeys(review.stdout), "\(review.stdout.debugDescription)")
        #expect(review.stdout.hasPrefix("Title ␛]0;pwned␇\n"))
        #expect(review.stdout.contains("Step 1: Step ␛]52;c;aGk=␇ one (1 of 1 done)\n  [x] Item �2J �here (checked "))
        let export = try rekindle.run(["export", "--guide", dir.file("hostile.md")])
        #expect(!Self.obeys(export.stdout), "\(export.stdout.debugDescription)")
        #expect(export.stdout.contains("## Step 1: Step ␛\\]52;c;aGk=␇ one\n\n- ✓ Item �2J �here (checked "))
    }

    /// A file in the sessions folder named with an escape sequence and a newline: its
    /// row and its error line are each one line, with the controls shown.
    @Test func listShowsAHostileFileNameInOneRowAndOneErrorLine() throws {
        try seed()
        let hostile = "evil\u{1B}]52;c;aGk=\u{07}\nforged  1:1\u{9B}2J"
        dir.write("data/sessions/\(hostile).json", Array("{}".utf8))
        chmod(dir.file("data/sessions/\(hostile).json"), 0o600)
        let result = try rekindle.run(["list"])
        #expect(result.status == 0)
        #expect(!Self.obeys(result.stdout), "\(result.stdout.debugDescription)")
        let rows = result.stdout.split(separator: "\n")
        #expect(rows.count == 3, "\(result.stdout)")
        #expect(rows.contains { $0.hasPrefix("evil␛]52;c;aGk=␇␊forged  1:1�2J  -") })
        #expect(!Self.obeys(result.stderr), "\(result.stderr.debugDescription)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("rekindle: invalid session name 'evil␛]52;c;aGk=␇␊forged  1:1�2J'"))
    }

    /// Error lines quote what was typed; a name with controls and a newline stays one line.
    @Test func errorLinesShowControlsInNamesVisiblyInOneLine() throws {
        try seed()
        let name = "x\u{1B}]0;pwned\u{07}\ny\u{9B}2J"
        for command in [["review", name], ["export", name], ["reset", "--yes", name], ["encrypt", name], ["review", "--tui", name]] {
            let result = try rekindle.run(command)
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr == "rekindle: invalid session name 'x␛]0;pwned␇␊y�2J': use letters, digits, spaces, apostrophes, '-', '_' or '.' (up to 100 bytes), not starting with '.'\n", "\(command)")
        }
        let guide = dir.file("bad\u{1B}[2J\nguide.md")
        let missing = try rekindle.run(["review", "--guide", guide])
        #expect(missing.status == 1)
        #expect(!Self.obeys(missing.stderr))
        #expect(missing.stderr.split(separator: "\n").count == 1, "\(missing.stderr)")
        #expect(missing.stderr.contains("bad␛[2J␊guide.md"))
        let usage = try rekindle.run(["export", "--format", "\u{1B}]52;c;aGk=\u{07}\nx"])
        #expect(usage.status == 64)
        #expect(!Self.obeys(usage.stderr))
        #expect(usage.stderr.split(separator: "\n").count == 1, "\(usage.stderr)")
    }
}
