/// The notes' entries and their earlier versions (`v` on a step): which entry is
/// highlighted and, once its versions are open, which version.
struct JournalState: Equatable, Sendable {
    var entries = ListCursor()
    /// The entry whose versions are listed; nil while the entries are.
    var versionsOf: Int?
    var versions = ListCursor()
}
