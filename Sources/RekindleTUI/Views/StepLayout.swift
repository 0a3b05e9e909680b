import RekindleCore

/// Where everything goes on a step's screen at the current size. Both `render` and
/// `apply` use it (for scrolling, paging and mouse hits), so they always agree.
struct StepLayout: Sendable {
    /// The smallest screen the coach draws on.
    static let minimum = Size(width: 40, height: 12)

    let header: Rect
    let footer: Rect
    let statusLine: Rect?
    let sidebar: Rect?
    let title: Rect
    /// Each visible pane with its heading row first. In compact mode only the focused one.
    let panes: PaneValues<Rect>
    /// Compact mode shows one pane at a time with a row of tabs.
    let tabs: Rect?
    let guidanceLines: [String]
    let checklistRows: [WrappedPart.ChecklistRow]
    let promptLines: [String]
    /// The part wrapped for the main column (what the three above come from).
    let wrapped: WrappedPart

    init(state: borrowing AppState) {
        let size = state.size
        let screen = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let hasStatus = state.status != nil || state.quitQuestion != nil
        var (header, rest) = screen.splitTop(1)
        let footer = Rect(x: 0, y: rest.maxY - 1, width: size.width, height: 1)
        rest.height -= 1
        var statusLine: Rect?
        if hasStatus {
            statusLine = Rect(x: 0, y: rest.maxY - 1, width: size.width, height: 1)
            rest.height -= 1
        }
        self.header = header
        self.footer = footer
        self.statusLine = statusLine

        var main = rest
        if let width = Self.sidebarWidth(for: size) {
            let split = rest.splitLeft(width)
            sidebar = split.left
            main = split.rest
        } else {
            sidebar = nil
        }
        main = Rect(x: main.x + 2, y: main.y + 1, width: main.width - 3, height: main.height - 1)
        (title, main) = main.splitTop(2)

        let part = state.part
        let width = max(1, main.width)
        wrapped = state.wrappedPart.fits(part, width: width) ? state.wrappedPart : WrappedPart(part, width: width)
        guidanceLines = wrapped.guidance
        checklistRows = wrapped.checklist
        promptLines = wrapped.prompts

        var order: [Position.Pane] = [.guidance]
        if !part.checklist.isEmpty { order.append(.checklist) }
        order.append(.notes)
        var panes = PaneValues<Rect>()
        if main.height < 16 {
            let (tabs, body) = main.splitTop(1)
            self.tabs = tabs
            let focused = order.contains(state.pane) ? state.pane : .guidance
            panes[focused] = body
        } else {
            tabs = nil
            var needs = PaneValues<Int>()
            needs[.guidance] = guidanceLines.count + 1
            needs[.checklist] = checklistRows.count + 1
            needs[.notes] = promptLines.count + max(4, state.editor.lines.count + 2)
            let heights = Self.share(main.height - (order.count - 1), among: order, focused: state.pane, needs: needs)
            var y = main.y
            for pane in order {
                let height = heights[pane] ?? 0
                panes[pane] = Rect(x: main.x, y: y, width: main.width, height: height)
                y += height + 1
            }
        }
        self.panes = panes
    }

    /// Splits the rows: each pane gets a small minimum, then the focused pane what it
    /// needs, then the checklist, the notes and the guidance (usually the longest), and
    /// the focused pane (or the guidance) whatever is left.
    static func share(_ rows: Int, among order: [Position.Pane], focused: Position.Pane,
                      needs: PaneValues<Int>) -> PaneValues<Int> {
        var heights = PaneValues<Int>()
        for pane in order { heights[pane] = min(pane == .notes ? 5 : 3, needs[pane] ?? 3) }
        var left = rows - order.reduce(0) { $0 + (heights[$1] ?? 0) }
        let owner = order.contains(focused) ? focused : nil
        let priority = [owner].compactMap { $0 } + [Position.Pane.checklist, .notes, .guidance].filter { $0 != owner && order.contains($0) }
        for pane in priority where left > 0 {
            let extra = min(left, max(0, (needs[pane] ?? 0) - (heights[pane] ?? 0)))
            heights[pane] = (heights[pane] ?? 0) + extra
            left -= extra
        }
        heights[owner ?? .guidance] = (heights[owner ?? .guidance] ?? 0) + max(0, left)
        return heights
    }

    /// The steps list's width at a size: none below 70 columns.
    static func sidebarWidth(for size: Size) -> Int? {
        size.width >= 70 ? min(34, max(28, size.width / 4)) : nil
    }

    /// The panes in Tab order, as the current part has them.
    static func order(for part: Part) -> [Position.Pane] {
        part.checklist.isEmpty ? [.guidance, .notes] : [.guidance, .checklist, .notes]
    }

    /// The body of a pane: below its heading row.
    func body(_ pane: Position.Pane) -> Rect? {
        panes[pane].map { $0.splitTop(1).rest }
    }

    /// Where the note's text goes: the notes pane below its prompts.
    var editorBox: Rect {
        guard let body = body(.notes) else { return Rect(x: 0, y: 0, width: max(1, title.width - 2), height: 3) }
        let prompts = min(promptLines.count, max(0, body.height - 3))
        let box = body.splitTop(prompts).rest
        return Rect(x: box.x + 2, y: box.y, width: max(1, box.width - 2), height: max(1, box.height))
    }

    /// The first checklist row shown: the start of an item, as early as still lets
    /// the cursor's whole item fit.
    func checklistScroll(cursor: Int) -> Int {
        guard let body = body(.checklist), body.height > 0 else { return 0 }
        let lastRow = checklistRows.lastIndex { $0.item == cursor } ?? 0
        var first = checklistRows.firstIndex { $0.item == cursor } ?? 0
        while let previous = checklistRows[..<first].lastIndex(where: \.first), lastRow - previous < body.height {
            first = previous
        }
        return first
    }

    /// The largest useful scroll of the guidance.
    var maxGuidanceScroll: Int {
        max(0, guidanceLines.count - (body(.guidance)?.height ?? 0))
    }
}
