/// How far a session has come through a guide, computed from the checks alone so it
/// can never disagree with them.
public struct Progress: Sendable, Equatable {
    /// What a part's sidebar mark says.
    public enum State: Sendable, Equatable { case notStarted, inProgress, done }

    public var checkedItems: Int
    public var totalItems: Int
    public var completedSteps: Int
    public var totalSteps: Int
}

extension Progress {
    /// Progress of `session` through the items `guide` has now.
    public init(session: Session, guide: Guide) {
        let items = guide.allItems
        checkedItems = items.filter { session.isChecked($0.id) }.count
        totalItems = items.count
        // "Steps" are the numbered steps, as the guide and the header count them.
        let steps = guide.steps.filter { !$0.checklist.isEmpty }
        completedSteps = steps.filter { Progress.state(of: $0, in: session) == .done }.count
        totalSteps = steps.count
    }

    /// Checked items as a fraction from 0 to 1.
    public var fraction: Double { totalItems == 0 ? 0 : Double(checkedItems) / Double(totalItems) }

    /// Done when every item is checked, in progress once anything was checked or written.
    public static func state(of part: Part, in session: Session) -> State {
        let checked = part.checklist.filter { session.isChecked($0.id) }.count
        if !part.checklist.isEmpty && checked == part.checklist.count { return .done }
        if checked > 0 || !session.noteText(for: part.id).isEmpty { return .inProgress }
        return .notStarted
    }
}
