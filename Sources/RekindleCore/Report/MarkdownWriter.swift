/// A `ReportDocument` as CommonMark: YAML front matter with the title and the facts,
/// `#` headings, each action a list item with its mark (✓ checked, – not for me,
/// ○ not yet) and what happened to it, the guide's questions in italics above the
/// notes, each entry of the person's words a block quote under its date, and the
/// trend's bars in a fenced block with its days under it. Every text is made literal by `MarkdownText`, so no note,
/// title or action can become a heading, a list, a task, HTML or code.
public enum MarkdownWriter {
    public static func write(_ document: ReportDocument) -> String {
        var out = ["---", "title: " + yaml(document.title)]
        out += document.facts.map { $0.name.lowercased().replacing(" ", with: "_") + ": " + yaml($0.value) }
        out += ["---", "", "# " + MarkdownText.inline(document.title)]
        out += document.intro.flatMap(write)
        for section in document.sections {
            out += ["", "## " + MarkdownText.inline(section.heading)] + section.blocks.flatMap(write)
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// A block's lines, after the blank line that separates it from the one before.
    private static func write(_ block: ReportDocument.Block) -> [String] {
        switch block {
        case .paragraph(let text): ["", MarkdownText.inline(text)]
        case .subheading(let text): ["", "### " + MarkdownText.inline(text)]
        case .prompt(let text): ["", "*" + MarkdownText.inline(text) + "*"]
        case .actions(let actions):
            [""] + actions.map { action in
                "- \(action.mark.symbol) " + MarkdownText.inline(action.text) + (action.detail.map { " (" + MarkdownText.inline($0) + ")" } ?? "")
            }
        case .entry(let date, let text): ["", "#### " + MarkdownText.inline(date), "", MarkdownText.quote(text)]
        case .chart(let rows, let caption): ["", "```text"] + rows.map(VisibleText.line) + ["```"] + (caption.map { ["", MarkdownText.inline($0)] } ?? [])
        }
    }

    /// A YAML double-quoted scalar: controls shown visibly, `\` and `"` escaped.
    private static func yaml(_ text: String) -> String {
        "\"" + VisibleText.line(text).replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
    }
}
