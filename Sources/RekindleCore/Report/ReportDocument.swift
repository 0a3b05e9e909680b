/// A report laid out once: a title, facts about it, opening paragraphs and sections of
/// blocks. `ReviewDocument` and `Letter` walk the session to make one; `MarkdownWriter`
/// and `HTMLWriter` each write it in their own syntax with their own escaping, and the
/// coach's end screen draws the letter from it. Every text is plain: the writers escape.
public struct ReportDocument: Sendable, Equatable {
    /// A fact about the document: front matter in Markdown, the list under the title in HTML.
    public struct Fact: Sendable, Equatable {
        /// "Session", "Last used".
        public var name: String
        public var value: String
    }

    /// A part of the report under its heading.
    public struct Section: Sendable, Equatable {
        public var heading: String
        public var blocks: [Block]
    }

    /// An action and what the person did with it.
    public struct Action: Sendable, Equatable {
        public enum Mark: Sendable, Equatable {
            case done, notForMe, open

            /// ✓ done, – not for me (addressed, not failed), ○ not yet.
            public var symbol: String {
                switch self {
                case .done: "✓"
                case .notForMe: "–"
                case .open: "○"
                }
            }
        }

        public var mark: Mark
        public var text: String
        /// "checked 2026-11-18 21:04 +0100; started …", or nil.
        public var detail: String?
    }

    public enum Block: Sendable, Equatable {
        /// Words of the report (which may quote the guide's).
        case paragraph(String)
        /// A heading within a section: "Notes".
        case subheading(String)
        /// One of the guide's questions, above the notes that answer it.
        case prompt(String)
        case actions([Action])
        /// One entry of the person's notes under its date: their own words, every line
        /// kept, never read as markup.
        case entry(date: String, text: String)
        /// The trend: rows in a fixed-width font, kept as they are, and the days they cover.
        case chart(rows: [String], caption: String?)
    }

    public var title: String
    public var facts: [Fact]
    public var intro: [Block]
    public var sections: [Section]
}
