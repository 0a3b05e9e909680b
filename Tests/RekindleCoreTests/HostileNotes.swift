import Foundation
@testable import RekindleCore

/// Issue 27: note lines that Markdown or HTML would read as markup, each of which an
/// export must show as the characters the person typed.
enum HostileNotes {
    static let lines = [
        "# Heading from a note",
        "## another heading",
        "- [ ] a task from a note",
        "- [x] a done task",
        "* a star item",
        "+ a plus item",
        "1. a numbered item",
        "2) numbered too",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(2)>",
        "---",
        "***",
        "___",
        "> quoted from a note",
        "```",
        "~~~",
        "`a code span`",
        "    indented four",
        "\ttabbed",
        "[link](javascript:alert(3))",
        "![image](http://example.com/x.png)",
        "[ref]: http://example.com",
        "see https://example.com/a_b#c and www.example.org/x_y",
        "&amp; stays as typed, &lt; too",
        "|a|b|",
        "|---|---|",
        "===",
        "**bold** and _em_ and ~~struck~~ and <b>tag</b>",
        "<div>block</div>",
        "<!-- comment -->",
        "it's \"quoted\" & ends in a backslash\\",
        "",
        "after an empty line",
    ]

    static var note: String { lines.joined(separator: "\n") }

    /// The sample guide's first step holding the hostile note, one action checked.
    static var session: Session {
        var session = Session(name: "hostile", guide: sampleGuide, now: noon)
        let one = sampleGuide.part(id: "one")!
        session.setChecked(true, item: one.checklist[0], in: one, at: noon)
        session.setNote(note, for: one, at: noon.addingTimeInterval(60))
        return session
    }

    /// A guide whose own text carries markup, in its title, a step, an action and a prompt.
    static let guide = Guide(id: "g", title: "Title <script>alert(4)</script> # *x*", contentHash: "0", parts: [
        Part(id: "s", kind: .step, title: "Step *one* <b>bold</b> [a](http://evil.example)",
             checklist: [ChecklistItem(id: "s.a", text: "[click](http://evil.example) `code` <img src=y>")],
             prompts: ["<i>why</i> *really*?"]),
    ])

    /// HTML's escaping of a line as cmark-gfm writes it: `&`, `<`, `>`, `"`, with
    /// leading spaces and tabs as no-break spaces (a tab as four); `rekindle`'s HTML
    /// export (`page`) escapes `'` too and keeps them as they are.
    static func escaped(_ line: String, page: Bool = false) -> String {
        let indent = page ? "" : line.prefix { $0 == " " || $0 == "\t" }
        var out = indent.map { $0 == "\t" ? String(repeating: "\u{A0}", count: 4) : "\u{A0}" }.joined()
        for character in line.dropFirst(indent.count) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'" where page: out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
