import Foundation
import RekindleCore
import Testing
@testable import RekindleTUI

@Suite struct RenderMemoTests {
    /// Whatever happens (typing, checking, moving, saving, resizing, other screens),
    /// a frame made by copying the memo's regions, with the layout the state kept, is
    /// the frame a full render makes with a layout worked out afresh.
    @Test func renderingWithTheMemoDrawsWhatAFullRenderDraws() {
        let keys: [Key] = [
            .character("a"), .character("é"), .character("中"), .character(" "), .character("n"), .character("p"),
            .character("e"), .character("u"), .character("r"), .character("?"), .character("x"), .enter, .tab,
            .backTab, .escape, .backspace, .up, .down, .left, .right, .pageDown, .home, .control("s"),
        ]
        // 120x60 fits every pane at full height, so focus alone changes how one looks.
        let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 32), Size(width: 50, height: 16),
                     Size(width: 30, height: 10), Size(width: 70, height: 20), Size(width: 120, height: 60)]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<60 {
            var state = makeState(size: sizes.randomElement(using: &generator)!)
            var memo = RenderMemo()
            var now = noon
            for step in 0..<120 {
                now = now.addingTimeInterval(Double.random(in: 0...0.4, using: &generator))
                let event: Event = switch Int.random(in: 0..<40, using: &generator) {
                case 0: .resize(sizes.randomElement(using: &generator)!)
                case 1: .saveFailed("No space left on device")
                case 2: .saved
                case 3: .noteSaved(state.saveRequest().resolved().sync)
                case 4: .tick
                default: .key(keys.randomElement(using: &generator)!)
                }
                _ = state.apply(event, now: now)
                let viaMemo = AppView.render(state, memo: &memo)
                var fresh = state
                fresh.keptLayout = nil
                let full = AppView.render(fresh)
                #expect(viaMemo == full, "after \(event) at step \(step):\n\(viaMemo.lines.joined(separator: "\n"))\n---\n\(full.lines.joined(separator: "\n"))")
                if viaMemo != full { return }
            }
        }
    }
}
