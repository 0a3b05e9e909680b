/// How far a session has come through a guide, computed from the checks alone so it
/// can never disagree with them.
public struct Progress: Sendable, Equatable {
    /// What a part's sidebar mark says.
    public enum State: Sendable, Equatable {
        case notStarted, inProgress, done
        /// A step left untouched while the person worked on a later part.
        case skipped
        /// A step about getting in touch, after the person decided against reconciling.
        case setAside
    }

    public var checkedItems: Int
    public var totalItems: Int
    public var completedSteps: Int
    public var totalSteps: Int
}

extension Progress {
    /// Progress of `session` through the items `guide` has now.
    public init(session: Session, guide: Guide) {
        self.init(checkedPerPart: Self.checkedPerPart(session: session, guide: guide), guide: guide)
    }

    /// How many items of each part of `guide` are addressed (checked, or marked "not for
    /// me", which counts as addressed and never as failed): what both the header's
    /// progress and the sidebar's counts are made from, counted once for both. Each is
    /// looked for in the part it was recorded in (or, if the guide has moved it,
    /// wherever it is now).
    public static func checkedPerPart(session: Session, guide: Guide) -> [Int] {
        var counts = Array(repeating: 0, count: guide.parts.count)
        for (itemID, record) in session.checks.merging(session.notForMe, uniquingKeysWith: { check, _ in check }) {
            let holds = { (index: Int) in guide.parts[index].checklist.contains { $0.id == itemID } }
            let recorded = guide.parts.firstIndex { $0.id == record.partID }.flatMap { holds($0) ? $0 : nil }
            if let part = recorded ?? guide.parts.indices.first(where: holds) { counts[part] += 1 }
        }
        return counts
    }

    /// Progress from the checked items of each part (see `checkedPerPart`).
    public init(checkedPerPart: [Int], guide: Guide) {
        (checkedItems, totalItems, completedSteps, totalSteps) = (0, 0, 0, 0)
        for (part, checked) in zip(guide.parts, checkedPerPart) {
            checkedItems += checked
            totalItems += part.checklist.count
            // "Steps" are the numbered steps, as the guide and the header count them.
            guard part.kind == .step, !part.checklist.isEmpty else { continue }
            totalSteps += 1
            if checked == part.checklist.count { completedSteps += 1 }
        }
    }

    /// Checked items as a fraction from 0 to 1.
    public var fraction: Double { totalItems == 0 ? 0 : Double(checkedItems) / Double(totalItems) }

    /// Every part's state, in order: as `state(of:checked:hasNote:)` says, except that an
    /// untouched step before the last part worked on counts as skipped.
    public static func states(of guide: Guide, checkedPerPart: [Int], hasNote: (Part) -> Bool) -> [State] {
        var states = zip(guide.parts, checkedPerPart).map { state(of: $0, checked: $1, hasNote: hasNote($0)) }
        let last = states.lastIndex { $0 != .notStarted } ?? 0
        for index in 0..<last where states[index] == .notStarted && guide.parts[index].kind == .step {
            states[index] = .skipped
        }
        return states
    }

    /// The same, for a caller that has counted the part's checked items already and
    /// knows whether it has a note (the coach keeps the open part's note in its editor).
    public static func state(of part: Part, checked: Int, hasNote: Bool) -> State {
        if !part.checklist.isEmpty && checked == part.checklist.count { return .done }
        if checked > 0 || hasNote { return .inProgress }
        return .notStarted
    }
}

extension Progress {
    /// Every part's state for a session, as the steps list and the header show it: a
    /// timed action started counts as work begun (as a note does); after a "no" to
    /// reconciling the steps about getting in touch are set aside, and the steps of
    /// the moving-on path still ahead are not "skipped".
    public static func states(of guide: Guide, session: Session, checkedPerPart: [Int], hasNote: (Part) -> Bool) -> [State] {
        let states = Progress.states(of: guide, checkedPerPart: checkedPerPart) { part in
            hasNote(part) || part.checklist.contains { session.timers[$0.id] != nil }
        }
        guard session.isMovingOn else { return states }
        let path = Set(guide.movingOnPath.map(\.id))
        return zip(guide.parts, states).map { part, state in
            guard state != .done else { return state }
            if guide.isSetAside(part, in: session) { return .setAside }
            return state == .skipped && path.contains(part.id) ? .notStarted : state
        }
    }
}

extension Progress {
    /// "done 3 of 41 actions (and set 1 aside as not for me)": what was addressed, with
    /// "not for me" said apart from what was done, never as a score of what was not.
    public static func actionsSentence(session: Session, guide: Guide) -> String {
        let progress = Progress(session: session, guide: guide)
        let setAside = guide.allItems.count { session.isNotForMe($0.id) }
        let declined = setAside == 0 ? "" : L("welcome.setAside", setAside)
        return L("progress.done", progress.checkedItems - setAside, progress.totalItems, declined)
    }
}
