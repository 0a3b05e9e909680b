import RekindleCore

/// The texts the step screen shows of a guide's parts and of the progress, made once
/// per guide (a guide never changes under a state). A check redraws the header and a
/// sidebar row: formatting their texts again made it run string-building code, and
/// touch memory, that nothing else on its way does.
struct GuideLabels: Sendable {
    /// Each part's label in the sidebar: "3. Rebuild Trust", or "Opening".
    let sidebarTitles: [String]
    /// Each part's count labels by checked items, "0/4" to "4/4" (none without a checklist).
    let sidebarCounts: [[String]]
    /// Each part's checklist heading by checked items: "Checklist 0/4" to "Checklist 4/4".
    let checklistTitles: [[String]]
    /// Where each part is, as the header says it: "Step 3 of 10", or "Opening".
    let places: [String]
    /// The header's count of checked items of all the guide's, by checked items: "0/40" to "40/40".
    let progressCounts: [String]

    init(_ guide: Guide) {
        var stepNumber = 0
        sidebarTitles = guide.parts.map { part in
            guard part.kind == .step else { return guide.label(of: part) }
            stepNumber += 1
            return "\(stepNumber). \(part.title)"
        }
        sidebarCounts = guide.parts.map { part in
            part.checklist.isEmpty ? [""] : (0...part.checklist.count).map { "\($0)/\(part.checklist.count)" }
        }
        checklistTitles = guide.parts.map { part in
            (0...part.checklist.count).map { "Checklist \($0)/\(part.checklist.count)" }
        }
        places = guide.parts.map { part in
            part.kind == .step ? "\(guide.label(of: part)) of \(guide.stepCount)" : guide.label(of: part)
        }
        let total = guide.parts.reduce(0) { $0 + $1.checklist.count }
        progressCounts = (0...total).map { "\($0)/\(total)" }
    }
}
