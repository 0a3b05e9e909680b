/// Where a chosen search match is, for the step page to scroll to and highlight:
/// the part, the region of it the match is in, and the match's characters there.
public struct SearchTarget: Equatable, Sendable {
    /// The text of a part a match can be in.
    public enum Region: Equatable, Sendable {
        case title
        /// A paragraph of the guidance, by index.
        case guidance(paragraph: Int)
        /// A checklist action, by index.
        case action(Int)
        /// A reflection prompt, by index.
        case prompt(Int)
        /// The part's note (the text the editor holds).
        case note
    }

    /// The id of the part the match is in.
    public var partID: String
    public var region: Region
    /// The match, in characters from the start of the region's text (of the whole
    /// note, for a match in the note).
    public var range: Range<Int>
}
