import RekindleCore

/// Where everything goes on a step's page at the current size. It is worked out from
/// the part, its note and the size, never from the focus: moving between the regions
/// changes what is highlighted, not where anything is. Both `render` and `apply` use
/// it (for scrolling, writing and mouse hits), so they always agree.
///
/// The page reads top to bottom in one column of at most `readingWidth`: the title,
/// the guidance, the actions, then the questions and the start of the notes. When the
/// screen cannot hold a little of each, one region shows at a time, with tabs.
struct StepLayout: Sendable {
    /// The smallest screen the coach draws on.
    static let minimum = Size(width: 40, height: 12)
    /// The widest the text runs, as in a printed page: longer lines are hard to follow.
    static let readingWidth = 72
    /// Full step names beside the page from this width; a rail of marks below it.
    static let fullSidebarWidth = 120
    /// A rail of marks from this width; below it the steps list is one key away.
    static let railWidth = 70
    /// The most rows of the note the page previews (a third of a tall page); the rest
    /// is counted.
    static func previewRows(pageHeight: Int) -> Int { max(8, pageHeight / 3) }

    let header: Rect
    let footer: Rect
    /// Always kept for messages, so that one appearing moves nothing.
    let statusLine: Rect
    /// The steps beside the page: full names, or a rail of marks (`isRail`).
    let sidebar: Rect?
    let isRail: Bool
    /// Where the full steps list is drawn, instead of the page, when the rail or nothing shows it.
    let stepsPopup: Rect
    /// The reading column.
    let column: Rect
    let title: Rect
    /// Under the title, what the safety check's answers mean for this part, wrapped.
    let notice: [String]
    /// Each region shown, its heading row first (the guidance has none).
    let regions: PaneValues<Rect>
    /// One region at a time: the row of tabs naming them.
    let tabs: Rect?
    /// Writing mode: the questions and the notes carried forward pinned above the
    /// note (at most a third of the page), and the note's box.
    let pinnedPrompts: Rect
    let editorBox: Rect

    let guidanceLines: [String]
    let checklistRows: [WrappedPart.ChecklistRow]
    let promptLines: [String]
    /// What earlier parts' notes this part carries forward, above its own (see `AppState.carriedLines`).
    let carriedLines: [JournalLine]
    /// Rows of `promptLines` each question takes, in order.
    let promptRows: [Int]
    /// The start of the note as the page previews it, and how many of its lines follow.
    let notePreview: [String]
    let noteLinesAfterPreview: Int
    /// The part wrapped for the column (what the lines above come from).
    let wrapped: WrappedPart

    init(state: borrowing AppState) {
        let size = state.size
        header = Rect(x: 0, y: 0, width: size.width, height: 1)
        footer = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
        statusLine = Rect(x: 0, y: size.height - 2, width: size.width, height: 1)
        let body = Rect(x: 0, y: 1, width: size.width, height: size.height - 3)

        var page = body
        if size.width >= Self.railWidth {
            let width = size.width >= Self.fullSidebarWidth ? state.listWidth : 7
            (sidebar, page) = body.splitLeft(width)
            isRail = size.width < Self.fullSidebarWidth
        } else {
            sidebar = nil
            isRail = false
        }
        stepsPopup = body

        // Three columns on the left for a space and the focus mark, one on the right.
        let width = max(1, min(Self.readingWidth, page.width - 4))
        let x = page.x + max(3, (page.width - width) / 2)
        column = Rect(x: x, y: page.y + 1, width: width, height: page.height - 1)
        title = Rect(x: x, y: column.y, width: width, height: 1)

        let part = state.part
        wrapped = state.wrappedPart.fits(part, width: width) ? state.wrappedPart : WrappedPart(part, width: width)
        guidanceLines = wrapped.guidance
        checklistRows = wrapped.checklist
        promptLines = wrapped.prompts
        carriedLines = state.carriedLines(width: width)
        promptRows = wrapped.promptRows
        // While writing, the page shows the editor, not the preview.
        (notePreview, noteLinesAfterPreview) = state.isWriting ? ([], 0) : Self.preview(of: state.journalLines, width: max(1, width - 2), limit: Self.previewRows(pageHeight: column.height))

        // At most a third of the page, the last row cut with "…" when they need more.
        let notices = state.notices
            .flatMap { Wrap.lines($0, width: width) }
        let noticeRows = max(1, (column.height - 1) / 3)
        notice = notices.count <= noticeRows ? notices : notices.prefix(noticeRows - 1) + [notices[noticeRows - 1] + " …"]
        // Writing shows no notice: the note takes the page.
        let top = title.maxY + (state.isWriting ? 0 : notice.count) + 1
        let content = Rect(x: x, y: top, width: width, height: column.maxY - top)
        let pinned = min(promptLines.count + carriedLines.count, max(1, content.height / 3))
        pinnedPrompts = Rect(x: x, y: content.y, width: width, height: pinned)
        editorBox = Rect(x: x + 2, y: pinnedPrompts.maxY + 1, width: max(1, width - 2), height: max(1, content.maxY - pinnedPrompts.maxY - 1))

        var needs = PaneValues<Int>()
        needs[.guidance] = guidanceLines.count
        if !checklistRows.isEmpty { needs[.checklist] = 1 + checklistRows.count }
        needs[.notes] = 1 + promptLines.count + carriedLines.count + max(1, notePreview.count) + (noteLinesAfterPreview > 0 ? 1 : 0)
        // Notices, when the page is tight, give up the blank row under them.
        let tight = notice.isEmpty || state.isWriting ? nil : Rect(x: x, y: top - 1, width: width, height: content.height + 1)
        // A note carried forward keeps at least a row of its own, like the first question.
        let firstRows = (promptRows.first ?? 0) + (carriedLines.isEmpty ? 0 : 1)
        let shared = Self.share(content.height, needs: needs, firstPromptRows: firstRows).map { ($0, content) }
            ?? tight.flatMap { rect in Self.share(rect.height, needs: needs, firstPromptRows: firstRows).map { ($0, rect) } }
        if let (heights, page) = shared {
            tabs = nil
            var regions = PaneValues<Rect>()
            var y = page.y
            for (pane, height) in heights.all {
                regions[pane] = Rect(x: x, y: y, width: width, height: height)
                y += height + 1
            }
            self.regions = regions
        } else {
            // A blank row under the tabs where the screen can spare it.
            let (tabs, rest) = content.splitTop(content.height >= 10 ? 2 : 1)
            self.tabs = Rect(x: x, y: tabs.y, width: width, height: 1)
            var regions = PaneValues<Rect>()
            let shown = needs[state.pane] == nil ? Position.Pane.guidance : state.pane
            regions[shown] = rest
            self.regions = regions
        }
    }

    /// Rows for each region, or nil when the page cannot hold the least of each: a
    /// few lines of guidance, every action, the first question in full and a row of
    /// the note, with a blank row between regions. What is left goes to the rest of
    /// the guidance, then the other questions, then the note's preview.
    static func share(_ rows: Int, needs: PaneValues<Int>, firstPromptRows: Int) -> PaneValues<Int>? {
        // Three rows of guidance if they fit, else two (a line and its "more" line).
        share(rows, needs: needs, firstPromptRows: firstPromptRows, guidanceRows: 3)
            ?? share(rows, needs: needs, firstPromptRows: firstPromptRows, guidanceRows: 2)
    }

    private static func share(_ rows: Int, needs: PaneValues<Int>, firstPromptRows: Int, guidanceRows: Int) -> PaneValues<Int>? {
        let guidance = needs[.guidance] ?? 0
        let notes = needs[.notes] ?? 0
        var heights = PaneValues<Int>()
        heights[.guidance] = min(guidance, guidanceRows)
        heights[.checklist] = needs[.checklist]
        heights[.notes] = min(notes, 2 + firstPromptRows)
        let gaps = heights.all.count - 1
        var left = rows - gaps - heights.all.reduce(0) { $0 + $1.value }
        guard left >= 0 else { return nil }
        for pane in [Position.Pane.guidance, .notes] {
            let extra = min(left, (needs[pane] ?? 0) - (heights[pane] ?? 0))
            heights[pane] = (heights[pane] ?? 0) + extra
            left -= extra
        }
        return heights
    }

    /// The steps list's width: the longest "▸ ◐ 10. Title" with room around it.
    static func sidebarWidth(for guide: Guide) -> Int {
        var number = 0
        let longest = guide.parts.map { part in
            if part.kind == .step { number += 1 }
            return guide.listName(of: part, number: number).cellWidth
        }.max() ?? 0
        return min(46, longest + 7)
    }

    /// The regions in Tab order, as the current part has them.
    static func order(for part: Part) -> [Position.Pane] {
        part.checklist.isEmpty ? [.guidance, .notes] : [.guidance, .checklist, .notes]
    }

    /// The start of a note as rows of `width`, at most `limit`, and how many of its lines
    /// are not wholly among them. Only the start of the note is wrapped, however long.
    static func preview(of lines: [String], width: Int, limit: Int) -> (rows: [String], linesAfter: Int) {
        guard lines != [""] else { return ([], 0) }
        var rows: [String] = []
        var whole = 0
        for line in lines {
            let room = limit - rows.count
            guard room > 0 else { break }
            // Enough of the line for the rows that fit (a character takes a column or more).
            let wrapped = Wrap.lines(String(line.prefix(room * width + 1)), width: width)
            rows += wrapped.prefix(room)
            guard wrapped.count <= room else { break }
            whole += 1
        }
        return (rows, lines.count - whole)
    }

    /// The body of a region: below its heading row (the guidance has none).
    func body(_ pane: Position.Pane) -> Rect? {
        guard let rect = regions[pane] else { return nil }
        return pane == .guidance ? rect : rect.splitTop(1).rest
    }

    /// The guidance lines that fit, from `scroll`, keeping the last row for a "more"
    /// line when they do not all fit.
    var guidanceRows: Int {
        let height = body(.guidance)?.height ?? 0
        return guidanceLines.count > height ? max(0, height - 1) : height
    }

    /// The largest useful scroll of the guidance.
    var maxGuidanceScroll: Int {
        max(0, guidanceLines.count - guidanceRows)
    }

    /// The checklist rows that fit: all of them on a page that holds every region;
    /// one region at a time, less two rows for the "more" lines above and below (when
    /// there are three rows or more for them).
    var checklistWindow: Int {
        let height = body(.checklist)?.height ?? 0
        guard checklistRows.count > height else { return height }
        return height >= 3 ? height - 2 : 1
    }

    /// The row the first checklist row shown is drawn on: below the "↑ more" line, if any.
    var checklistTop: Int {
        guard let body = body(.checklist) else { return 0 }
        return checklistRows.count > body.height && body.height >= 3 ? body.y + 1 : body.y
    }

    /// The first checklist row shown: the start of an item, as early as still lets
    /// the cursor's whole item fit.
    func checklistScroll(cursor: Int) -> Int {
        let window = checklistWindow
        guard checklistRows.count > window else { return 0 }
        let lastRow = checklistRows.lastIndex { $0.item == cursor } ?? 0
        var first = checklistRows.firstIndex { $0.item == cursor } ?? 0
        while let previous = checklistRows[..<first].lastIndex(where: \.first), lastRow - previous < window {
            first = previous
        }
        return first
    }

    /// The action drawn on row `y`, if one is.
    func checklistItem(atY y: Int, cursor: Int) -> Int? {
        guard regions[.checklist] != nil else { return nil }
        let window = checklistWindow
        let top = checklistTop
        guard y >= top, y < top + window else { return nil }
        let row = checklistScroll(cursor: cursor) + y - top
        return checklistRows.indices.contains(row) ? checklistRows[row].item : nil
    }
}
