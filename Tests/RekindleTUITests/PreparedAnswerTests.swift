import Foundation
import RekindleCore
import Testing
@testable import RekindleTUI

@Suite struct PreparedAnswerTests {
    /// Whenever the state names keys to answer early (`AppState.answeredKeys`), the
    /// frame the coach prepares from the first of a group, a minute before the key,
    /// is the frame any key of that group then draws: painted after it, that frame
    /// sends nothing. Random walks of checks, moves, steps, panes, undo and typing, at
    /// sizes where the checklist wraps, scrolls and moves into tabs.
    @Test func thePreparedFrameIsTheOneTheKeyDraws() {
        let keys: [Key] = [.character(" "), .enter, .up, .down, .tab, .backTab, .character("n"), .character("p"), .character("u"),
                           .home, .end, .pageDown, .escape, .character("e"), .character("x")]
        let sizes = [Size(width: 80, height: 24), Size(width: 50, height: 16), Size(width: 30, height: 10), Size(width: 250, height: 80)]
        var generator = SystemRandomNumberGenerator()
        var answered = 0
        for _ in 0..<30 {
            let size = sizes.randomElement(using: &generator)!
            var state = makeState(size: size)
            state.press(.enter)
            var memo = RenderMemo()
            var painting = Painting(width: size.width, height: size.height)
            for step in 0..<200 {
                // Mostly keys answered early, the others to reach other places.
                if Int.random(in: 0..<3, using: &generator) == 0 || state.answeredKeys.isEmpty {
                    _ = state.apply(.key(keys.randomElement(using: &generator)!), now: noon)
                    painting.paint(AppView.render(state, memo: &memo))
                    continue
                }
                // As the coach does: each group's frame on copies of the state and the memo.
                let prepared = state.answeredKeys.map { group in
                    var ahead = state, aheadMemo = memo, shown = painting
                    _ = ahead.apply(.key(group[0]), now: noon)
                    shown.paint(AppView.render(ahead, memo: &aheadMemo))
                    return (group, shown)
                }
                let (group, shown) = prepared.randomElement(using: &generator)!
                let pressed = group.randomElement(using: &generator)!
                _ = state.apply(.key(pressed), now: noon.addingTimeInterval(61))
                let frame = AppView.render(state, memo: &memo)
                painting = shown
                #expect(painting.paint(frame) == [], "\(pressed), step \(step):\n\(frame.lines.joined(separator: "\n"))")
                #expect(painting.screen.cells == frame.cells)
                answered += 1
            }
        }
        #expect(answered > 600, "answered \(answered)")  // About 1,400.
    }

    /// Space and Enter, Down and `j`, Up and `k` on the checklist; nothing elsewhere.
    @Test func checksAndMovesAreAnsweredOnTheChecklistOnly() {
        var state = makeState()
        state.press(.enter, .character("n"), .tab)
        #expect(state.pane == .checklist)
        #expect(state.answeredKeys == [[.character(" "), .enter], [.down, .character("j")], [.up, .character("k")]])
        state.press(.backTab)
        #expect(state.answeredKeys.isEmpty)  // The guidance: keys there scroll it.
        state.press(.tab, .tab)
        #expect(state.pane == .notes && state.answeredKeys.isEmpty)
    }
}
