import Foundation
import Testing
import TestSupport
@testable import RekindleCore

/// Issue 27: the Markdown exports rendered by a real CommonMark renderer (Debian's
/// cmark-gfm, with GitHub's extensions and raw HTML let through, so anything left
/// unescaped would show): a note can become no heading, list, task, HTML, code or
/// link, every line stays in its block quote, and its line breaks are kept.
@Suite(.enabled(if: Repository.runs(where: CommonMark.path != nil), "needs cmark-gfm (make test installs it)"))
struct MarkdownEscapeTests {
    func rendered(_ document: ReportDocument) throws -> String {
        try CommonMark.html(MarkdownWriter.write(document))
    }

    @Test func aHostileNoteStaysQuotedTextLineByLine() throws {
        let html = try rendered(ReviewDocument.build(session: HostileNotes.session, guide: sampleGuide, now: noon, zone: .fixed(0)))
        #expect(CommonMark.headings(in: html) == ["h1 Sample", "h2 Step 1: One", "h3 Notes", "h4 2026-11-18 11:07 +0000", "h2 Step 2: Two"])
        #expect(html.components(separatedBy: "<li>").count - 1 == 3, "only the guide's three actions are list items")
        for markup in ["<input", "<script", "<img", "<a ", "<code", "<pre", "<table", "<del", "<hr", "<div", "<!--", "<strong", "<b>"] {
            #expect(!html.contains(markup), "\(markup) in \(html)")
        }
        #expect(html.components(separatedBy: "<em>").count - 1 == 1, "only the guide's prompt is in italics")
        let first = HostileNotes.lines.prefix { !$0.isEmpty }.map { HostileNotes.escaped($0) }
        #expect(html.contains("<blockquote>\n<p>" + first.joined(separator: "<br />\n") + "</p>\n<p>after an empty line</p>\n</blockquote>"),
                "\(html)")
    }

    @Test func theGuidesOwnTextIsLiteralToo() throws {
        var session = Session(name: "s", guide: HostileNotes.guide, now: noon)
        session.setNote("fine", for: HostileNotes.guide.parts[0], at: noon)
        let html = try rendered(ReviewDocument.build(session: session, guide: HostileNotes.guide, now: noon, zone: .fixed(0)))
        #expect(CommonMark.headings(in: html).prefix(2) == [
            "h1 Title &lt;script&gt;alert(4)&lt;/script&gt; # *x*",
            "h2 Step 1: Step *one* &lt;b&gt;bold&lt;/b&gt; [a](http://evil.example)",
        ])
        #expect(html.contains("<li>○ [click](http://evil.example) `code` &lt;img src=y&gt;</li>"))
        #expect(html.contains("<p><em>&lt;i&gt;why&lt;/i&gt; *really*?</em></p>"))
        for markup in ["<script", "<img", "<a ", "<code", "<b>", "<i>"] { #expect(!html.contains(markup), "\(markup)") }
    }

    @Test func theLetterQuotesTheNotesTheSameWay() throws {
        var session = HostileNotes.session
        let one = sampleGuide.part(id: "one")!
        session.decide(.no, item: one.checklist[1], in: one, at: noon.addingTimeInterval(120))
        let html = try rendered(Letter.build(session: session, guide: sampleGuide, now: noon, zone: .fixed(0)))
        #expect(CommonMark.headings(in: html) == ["h1 Looking back: Sample", "h2 Where you began", "h4 2026-11-18 11:07 +0000",
                                                  "h2 Your answer", "h2 Whatever comes next"])
        #expect(!html.contains("<li") && !html.contains("<script") && !html.contains("<img"))
        let first = HostileNotes.lines.prefix { !$0.isEmpty }.map { HostileNotes.escaped($0) }
        #expect(html.contains("<blockquote>\n<p>" + first.joined(separator: "<br />\n") + "</p>"))
    }
}

/// Debian's cmark-gfm, run as GitHub renders Markdown.
enum CommonMark {
    static let path = ["/usr/bin/cmark-gfm", "/usr/local/bin/cmark-gfm"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The HTML of `markdown` after its YAML front matter, which front-matter-aware
    /// renderers (GitHub, Pandoc, Jekyll) read as data; plain CommonMark has none.
    static func html(_ markdown: String) throws -> String {
        let body = markdown.hasPrefix("---\n") ? String(markdown.dropFirst(4).split(separator: "\n---\n", maxSplits: 1)[1]) : markdown
        let extensions = ["table", "strikethrough", "autolink", "tasklist"].flatMap { ["--extension", $0] }
        let result = try Command(path ?? "cmark-gfm", extensions + ["--unsafe"], input: body).run()
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    /// Every heading, as "h2 Its text".
    static func headings(in html: String) -> [String] {
        html.matches(of: /<h([1-6])>(.*?)<\/h[1-6]>/).map { "h\($0.output.1) \($0.output.2)" }
    }
}
