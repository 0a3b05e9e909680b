import RekindleCore

/// A value for each pane of a step (guidance, checklist, notes), kept in fields
/// rather than a dictionary: the layout is worked out on every key and every frame.
struct PaneValues<Value> {
    private var guidance: Value?
    private var checklist: Value?
    private var notes: Value?

    subscript(pane: Position.Pane) -> Value? {
        get {
            switch pane {
            case .guidance: guidance
            case .checklist: checklist
            case .notes: notes
            case .sidebar: nil
            }
        }
        set {
            switch pane {
            case .guidance: guidance = newValue
            case .checklist: checklist = newValue
            case .notes: notes = newValue
            case .sidebar: break
            }
        }
    }

    /// The panes that have a value, top to bottom.
    var all: [(pane: Position.Pane, value: Value)] {
        [Position.Pane.guidance, .checklist, .notes].compactMap { pane in self[pane].map { (pane, $0) } }
    }
}

extension PaneValues: Equatable where Value: Equatable {}
extension PaneValues: Sendable where Value: Sendable {}
