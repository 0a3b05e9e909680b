import Foundation
import Testing
@testable import RekindleCore

/// Issue 27: the HTML exports are standalone pages that load and run nothing, escape
/// everything a note or a guide holds, and print cleanly.
@Suite struct HTMLExportTests {
    /// The review and the letter of the hostile note, and the review of the hostile guide.
    var pages: [String] {
        var session = HostileNotes.session
        let one = sampleGuide.part(id: "one")!
        session.decide(.notNow, item: one.checklist[1], in: one, at: noon.addingTimeInterval(120))
        session.record(CheckIn(at: noon, mood: 3, urge: 6, word: "<script>alert(5)</script>"))
        var own = Session(name: "own", guide: HostileNotes.guide, now: noon)
        own.setNote(HostileNotes.note, for: HostileNotes.guide.parts[0], at: noon)
        let later = noon.addingTimeInterval(86_400)
        return [HTMLWriter.write(ReviewDocument.build(session: session, guide: sampleGuide, now: later, zone: .fixed(0))),
                HTMLWriter.write(Letter.build(session: session, guide: sampleGuide, now: later, zone: .fixed(0))),
                HTMLWriter.write(ReviewDocument.build(session: own, guide: HostileNotes.guide, now: later, zone: .fixed(0)))]
    }

    static let tags: Set = ["html", "head", "meta", "title", "style", "body", "main", "header", "h1", "h2", "h3", "h4", "dl", "div",
                            "dt", "dd", "p", "section", "ul", "li", "span", "blockquote", "pre"]
    static let attributes: Set = ["lang", "charset", "name", "content", "http-equiv", "class"]

    @Test func aPageLoadsNothingAndRunsNothing() {
        for page in pages {
            let lowered = page.lowercased()
            for forbidden in ["<script", "<img", "<link", "<iframe", "<object", "<embed", "<a ", "href", "url(", "@import"] {
                #expect(!lowered.contains(forbidden), "\(forbidden)")
            }
            // `src=` appears only as the text of an escaped note.
            #expect(!page.replacing("&lt;img src=", with: "").contains("src="))
            for tag in page.matches(of: /<\/?([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/) {
                #expect(Self.tags.contains(String(tag.output.1)), "\(tag.output.0)")
                let attributes = tag.output.2.matches(of: /([a-zA-Z-]+)="[^"]*"/)
                #expect(attributes.allSatisfy { Self.attributes.contains(String($0.output.1)) }, "\(tag.output.0)")
                #expect(tag.output.2.replacing(/\s[a-zA-Z-]+="[^"]*"/, with: "").isEmpty, "\(tag.output.0)")
            }
            #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"))
            #expect(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"))
        }
    }

    @Test func everyHostileStringIsEscaped() {
        let (review, letter, own) = (pages[0], pages[1], pages[2])
        let quoted = "<blockquote>" + HostileNotes.lines.map { HostileNotes.escaped($0, page: true) }.joined(separator: "\n") + "</blockquote>"
        for page in [review, letter, own] { #expect(page.contains(quoted), "\(page)") }
        #expect(quoted.contains("&lt;script&gt;alert(1)&lt;/script&gt;\n&lt;img src=x onerror=alert(2)&gt;\n---\n"))
        #expect(quoted.contains("\n&gt; quoted from a note\n```\n"))
        #expect(quoted.contains("\n\ttabbed\n") && quoted.contains("\n&amp;amp; stays as typed, &amp;lt; too\n"))
        #expect(quoted.contains("it&#39;s &quot;quoted&quot; &amp; ends in a backslash\\\n\nafter an empty line</blockquote>"))
        #expect(own.contains("<title>Title &lt;script&gt;alert(4)&lt;/script&gt; # *x*</title>"))
        #expect(own.contains("<h2>Step 1: Step *one* &lt;b&gt;bold&lt;/b&gt; [a](http://evil.example)</h2>"))
        #expect(own.contains("<span class=\"mark\">○</span>[click](http://evil.example) `code` &lt;img src=y&gt;</li>"))
        #expect(own.contains("<p class=\"prompt\">&lt;i&gt;why&lt;/i&gt; *really*?</p>"))
        // A check-in's word is never printed in a page.
        #expect(!review.contains("alert(5)") && !letter.contains("alert(5)"))
    }

    @Test func aPageIsShownAsItWasTypedAndPrintsCleanly() {
        let page = pages[0]
        for rule in ["@page { margin: 2cm; }", "@media print", "section { break-inside: avoid; }", ".entry { break-inside: avoid; }",
                     "prefers-color-scheme: dark", "white-space: pre-wrap"] {
            #expect(page.contains(rule), "\(rule)")
        }
        #expect(page.contains("<pre class=\"chart\">Mood  ▅·  (1–5)\nUrge  ▅·  (0–10)</pre>\n<p class=\"caption\">Wed 18 Nov – Thu 19 Nov (2 days; · is a day without a check-in)</p>"))
        #expect(page.contains("<li class=\"done\"><span class=\"mark\">✓</span>Second thing<span class=\"detail\">checked 2026-11-18 11:08 +0000; your answer: not now</span></li>"))
    }
}
