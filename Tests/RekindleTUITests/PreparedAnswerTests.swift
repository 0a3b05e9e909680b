import Foundation
import RekindleCore
import Testing
@testable import RekindleTUI

@Suite struct PreparedAnswerTests {
    /// Whenever the state names keys to answer early (`AppState.answeredKeys`), the
    /// frame the coach prepares from the first of them, a minute before the key, is
    /// the frame any of them then draws: painted after it, that frame sends nothing.
    /// Random walks of checks, moves, steps, panes, undo and typing, at sizes where
    /// the checklist wraps, scrolls and moves into tabs.
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
                // Mostly checks and moves, where the keys are answered.
                let key = Int.random(in: 0..<3, using: &generator) == 0 ? keys.randomElement(using: &generator)!
                    : [.character(" "), .down, .up].randomElement(using: &generator)!
                _ = state.apply(.key(key), now: noon)
                painting.paint(AppView.render(state, memo: &memo))
                guard let first = state.answeredKeys.first else { continue }
                // As the coach does: on copies of the state and the memo.
                var ahead = state, aheadMemo = memo
                _ = ahead.apply(.key(first), now: noon)
                var shown = painting
                shown.paint(AppView.render(ahead, memo: &aheadMemo))
                let pressed = state.answeredKeys.randomElement(using: &generator)!
                _ = state.apply(.key(pressed), now: noon.addingTimeInterval(61))
                let frame = AppView.render(state, memo: &memo)
                #expect(shown.paint(frame) == [], "\(pressed), step \(step):\n\(frame.lines.joined(separator: "\n"))")
                #expect(shown.screen.cells == frame.cells)
                painting = shown
                answered += 1
            }
        }
        #expect(answered > 400, "answered \(answered)")  // About 1,000.
    }

    /// Space and Enter on the checklist; nothing elsewhere, nor on an empty list.
    @Test func checksAreAnsweredOnTheChecklistOnly() {
        var state = makeState()
        state.press(.enter, .character("n"), .tab)
        #expect(state.pane == .checklist)
        #expect(state.answeredKeys == [.character(" "), .enter])
        state.press(.backTab)
        #expect(state.answeredKeys.isEmpty)  // The guidance: keys there scroll it.
        state.press(.tab, .tab)
        #expect(state.pane == .notes && state.answeredKeys.isEmpty)
    }
}
