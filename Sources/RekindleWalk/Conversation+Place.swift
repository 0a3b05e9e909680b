import RekindleCore

/// Where the person is: the welcome, `where`, `steps`, and moving between parts
/// (`next`, `back`, `go`), along the moving-on path after a "no" as the full screen does.
extension Conversation {
    /// What the walk says first: a welcome, or a welcome back, then where the person is.
    /// The opening: the welcome, then the safety check for a session that has not
    /// been through it (its answers are kept with the session, as in the full screen).
    public mutating func opening(now: Date) -> Reply {
        let welcome = welcome(now: now)
        guard let first = askScreening(now: now) else { return welcome }
        return Reply(welcome.lines + [""] + paragraphs([Screening.introduction]) + [""] + first.lines)
    }

    public func welcome(now: Date) -> Reply {
        guard isReturning else {
            return Reply(paragraphs([
                L("welcome.title"),
                L("walk.what", guide.stepCount),
                L("walk.helpNow"),
            ]) + [""] + whereNow(now: now).lines)
        }
        let last = RelativeTime.text(session.lastUsedAt, now: now, zone: zone)
        return Reply(paragraphs([L("walk.welcomeBack", last)]) + [""] + whereNow(now: now).lines)
    }

    /// `where`: the part, what is said where it opens, how far the person has come and
    /// what time is doing, then what to say next.
    func whereNow(now: Date) -> Reply {
        let progress = Progress(session: session, guide: guide)
        // What was done, never a score of what was not.
        let done = progress.checkedItems == 0 ? [] : [
            L("walk.progress", Progress.actionsSentence(session: session, guide: guide), progress.completedSteps, progress.totalSteps),
        ]
        return Reply(paragraphs([heading(of: part)] + notices(now: now) + done + timeFacts(now: now) + [L("walk.hint")]))
    }

    /// "Step 2 of 10: Give Each Other Space · 1 of 4 actions done".
    func heading(of part: Part) -> String {
        let actions = part.checklist.isEmpty ? "" : " · " + actionSummary(of: part)
        return L("text.labelled", guide.place(of: part), VisibleText.line(part.title)) + actions
    }

    /// "1 of 4 actions done", or "1 done, 1 not for me, of 4 actions".
    func actionSummary(of part: Part) -> String {
        let count = part.checklist.count
        let done = part.checklist.count { session.isChecked($0.id) }
        let declined = part.checklist.count { session.isNotForMe($0.id) }
        let noun = count == 1 ? L("noun.action") : L("noun.actions")
        return declined == 0 ? L("walk.actionsDone", done, count, noun) : L("walk.actionsDoneAndDeclined", done, declined, count, noun)
    }

    /// Lines wrapped to the reading width, one paragraph each.
    func paragraphs(_ texts: [String]) -> [String] {
        texts.flatMap { PlainText.wrap($0, width: width) }
    }

    // MARK: - The steps

    /// `steps`: every part with its mark, and where the person is.
    func steps(now: Date) -> Reply {
        let checked = Progress.checkedPerPart(session: session, guide: guide)
        let states = Progress.states(of: guide, session: session, checkedPerPart: checked) { session.hasNote(for: $0.id) }
        let here = partIndex
        let lines = guide.parts.indices.flatMap { index in
            let part = guide.parts[index]
            let state = states[index]
            let label = L("text.labelled", guide.label(of: part), VisibleText.line(part.title))
            let actions = part.checklist.isEmpty ? "" : " · " + actionSummary(of: part)
            return PlainText.wrap(label + actions + (index == here ? " · " + L("walk.youAreHere") : ""), width: width,
                                  first: "  \(Self.mark(of: state)) ", rest: "    ")
        }
        return Reply([L("walk.parts")] + lines + [L("walk.goHow")])
    }

    private static func mark(of state: Progress.State) -> String {
        switch state {
        case .notStarted: "○"
        case .inProgress: "◐"
        case .done: "●"
        case .skipped: "–"
        case .setAside: "×"
        }
    }

    // MARK: - Moving

    /// `next`: the next part; after a "no", the next along the moving-on path. Past the
    /// last part, the end of the guide.
    mutating func next(now: Date) -> Reply {
        guard let index = nextPartIndex else { return end() }
        return move(to: index, now: now)
    }

    /// `back`: the previous part, or the previous along the moving-on path.
    mutating func back(now: Date) -> Reply {
        let path = movingOnIndices
        if session.isMovingOn, let place = path.firstIndex(of: partIndex), place > 0 { return move(to: path[place - 1], now: now) }
        guard partIndex > 0 else { return Reply(L("walk.first")) }
        return move(to: partIndex - 1, now: now)
    }

    /// `go N`, `go opening`, `go closing` (`go step N` too).
    mutating func go(to argument: String?, now: Date) -> Reply {
        let named = argument.map { $0.hasPrefix("step ") ? String($0.dropFirst(5)) : $0 }
        let index: Int?
        switch named {
        case "opening": index = guide.parts.firstIndex { $0.kind == .opening }
        case "closing": index = guide.parts.firstIndex { $0.kind == .closing }
        default:
            let steps = guide.steps
            let step = named.flatMap { Int($0) }.flatMap { steps.indices.contains($0 - 1) ? steps[$0 - 1] : nil }
            index = step.flatMap { step in guide.parts.firstIndex { $0.id == step.id } }
        }
        guard let index else {
            return Reply(L("walk.goWhere", guide.stepCount))
        }
        return move(to: index, now: now)
    }

    private mutating func move(to index: Int, now: Date) -> Reply {
        guard index != partIndex else { return Reply([L("walk.hereAlready")] + whereNow(now: now).lines) }
        session.position = Position(partID: guide.parts[index].id)
        return Reply(paragraphs([heading(of: part)] + notices(now: now) + [L("walk.hint")]))
    }

    /// Where `next` goes, nil past the last part (as the full screen's `n`).
    private var nextPartIndex: Int? {
        guard session.isMovingOn else { return partIndex + 1 < guide.parts.count ? partIndex + 1 : nil }
        let path = movingOnIndices
        guard let place = path.firstIndex(of: partIndex) else { return path.first }
        return place + 1 < path.count ? path[place + 1] : nil
    }

    /// The moving-on path, as indices of the guide's parts.
    private var movingOnIndices: [Int] {
        guide.movingOnPath.compactMap { step in guide.parts.firstIndex { $0.id == step.id } }
    }

    /// Past the last part: what was done, never a score of what was not.
    private func end() -> Reply {
        let progress = Progress(session: session, guide: guide)
        let written = guide.parts.count { session.hasNote(for: $0.id) }
        var done: [String] = []
        if progress.checkedItems > 0 { done.append(L("walk.endChecked", Progress.actionsSentence(session: session, guide: guide))) }
        if written > 0 { done.append(L("walk.endWrote", written, written == 1 ? L("noun.part") : L("noun.parts"))) }
        return Reply(paragraphs([
            L("end.reached"),
            L("walk.endCare") + (done.isEmpty ? "" : " " + L("walk.endYou", done.count == 2 ? L("list.and", done[0], done[1]) : done.joined())),
            L("walk.endLookBack"),
        ]))
    }
}
