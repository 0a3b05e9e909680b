/// A `ReportDocument` as one standalone HTML page: inline CSS only, no script, font,
/// image or link to anything outside it (its Content-Security-Policy forbids them all
/// the same), readable in any browser, light or dark, and printable on A4 or Letter
/// (`HTMLStyle`). Every text is escaped (`&`, `<`, `>`, `"`, `'`) after its controls
/// are shown as `VisibleText` shows them; the person's words keep their line breaks
/// and spaces.
public enum HTMLWriter {
    public static func write(_ document: ReportDocument) -> String {
        var out = [
            "<!DOCTYPE html>",
            "<html lang=\"\(Catalog.language.rawValue)\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
            "<title>\(escaped(document.title))</title>",
            "<style>\n\(HTMLStyle.css)</style>",
            "</head>",
            "<body>",
            "<main>",
            "<header>",
            "<h1>\(escaped(document.title))</h1>",
            "<dl class=\"facts\">",
        ]
        out += document.facts.map { "<div><dt>\(escaped($0.name))</dt><dd>\(escaped($0.value))</dd></div>" }
        out += ["</dl>"] + document.intro.map(write) + ["</header>"]
        for section in document.sections {
            out += ["<section>", "<h2>\(escaped(section.heading))</h2>"] + section.blocks.map(write) + ["</section>"]
        }
        out += ["</main>", "</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    private static func write(_ block: ReportDocument.Block) -> String {
        switch block {
        case .paragraph(let text): return "<p>\(escaped(text))</p>"
        case .subheading(let text): return "<h3>\(escaped(text))</h3>"
        case .prompt(let text): return "<p class=\"prompt\">\(escaped(text))</p>"
        case .actions(let actions):
            let items = actions.map { action in
                let detail = action.detail.map { "<span class=\"detail\">\(escaped($0))</span>" } ?? ""
                return "<li class=\"\(className(action.mark))\"><span class=\"mark\">\(action.mark.symbol)</span>\(escaped(action.text))\(detail)</li>"
            }
            return (["<ul class=\"actions\">"] + items + ["</ul>"]).joined(separator: "\n")
        case .entry(let date, let text):
            return "<div class=\"entry\">\n<h4>\(escaped(date))</h4>\n<blockquote>\(escapedKeepingLines(text))</blockquote>\n</div>"
        case .chart(let rows, let caption):
            return "<pre class=\"chart\">\(rows.map(escaped).joined(separator: "\n"))</pre>" + (caption.map { "\n<p class=\"caption\">\(escaped($0))</p>" } ?? "")
        }
    }

    private static func className(_ mark: ReportDocument.Action.Mark) -> String {
        switch mark {
        case .done: "done"
        case .notForMe: "not-for-me"
        case .open: "open"
        }
    }

    /// Text within one line: controls shown, the five characters HTML reads escaped.
    static func escaped(_ text: String) -> String { escapedKeepingLines(VisibleText.line(text)) }

    /// Text whose line breaks and tabs are kept (the stylesheet keeps them visible).
    private static func escapedKeepingLines(_ text: String) -> String {
        var out = ""
        for character in VisibleText.lines(text) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
