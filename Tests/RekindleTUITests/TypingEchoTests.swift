import Foundation
import RekindleCore
import Testing
@testable import RekindleTUI

@Suite struct TypingEchoTests {
    /// Whenever a frame says a printable character typed next goes at its cursor
    /// (`echoesTyping`, on which the terminal shows it before the next frame), the
    /// next frame has that character there and the cursor one cell right. Typing,
    /// moving, new lines, other characters and resizes, at widths where lines wrap.
    @Test func aFrameThatEchoesTypingShowsTheCharacterWhereItSaid() {
        let keys: [Key] = [.character("a"), .character(" "), .character("~"), .character("é"), .character("中"), .enter,
                           .backspace, .left, .right, .up, .down, .home, .end, .tab, .escape, .character("e")]
        let printable = (0x20..<0x7F).map { Character(Unicode.Scalar(UInt8($0))) }
        let sizes = [Size(width: 80, height: 24), Size(width: 50, height: 16), Size(width: 30, height: 10), Size(width: 250, height: 80)]
        var generator = SystemRandomNumberGenerator()
        var echoed = 0
        for _ in 0..<30 {
            var state = makeState(size: sizes.randomElement(using: &generator)!)
            state.press(.enter, .character("e"))
            var memo = RenderMemo()
            for step in 0..<300 {
                // Mostly typing, so lines reach the edge of the note and wrap.
                let event: Event = switch Int.random(in: 0..<20, using: &generator) {
                case 0: .resize(sizes.randomElement(using: &generator)!)
                case 1...4: .key(keys.randomElement(using: &generator)!)
                default: .key(.character(printable.randomElement(using: &generator)!))
                }
                _ = state.apply(event, now: noon)
                let frame = AppView.render(state, memo: &memo)
                guard frame.echoesTyping, let cursor = frame.cursor else { continue }
                echoed += 1
                let character = printable.randomElement(using: &generator)!
                var next = state, nextMemo = memo
                _ = next.apply(.key(.character(character)), now: noon)
                let after = AppView.render(next, memo: &nextMemo)
                #expect(after[cursor.x, cursor.y].text == String(character) && after.cursor == Point(x: cursor.x + 1, y: cursor.y),
                        "\(character) at \(cursor), step \(step):\n\(after.lines.joined(separator: "\n"))")
            }
        }
        // Typing at the end of a line is common here: about 800 frames echo.
        #expect(echoed > 200)
    }

    /// Where a typed character would not simply go at the cursor, nothing is echoed.
    @Test func echoesOnlyAtTheEndOfAPlainLineWithRoomAfterIt() {
        var state = makeState()
        state.press(.enter, .character("e"))
        #expect(state.echoesTyping)
        state.type("hello")
        #expect(state.echoesTyping)
        state.press(.left)
        #expect(!state.echoesTyping)  // Inside the line: the rest of it moves.
        state.press(.end)
        #expect(state.echoesTyping)
        let width = state.editorBox.width
        state.type(String(repeating: "x", count: width - 2 - 5))
        #expect(state.echoesTyping)  // The row is width - 2 long: one more fits, and the cursor after it.
        state.type("x")
        #expect(!state.echoesTyping)  // The next one would end the row, with the cursor past it.
        state.press(.enter)
        state.type("café")
        #expect(!state.echoesTyping)  // Not plain ASCII: columns are not bytes.
        state.press(.enter)
        #expect(state.echoesTyping)
        _ = state.apply(.saveFailed("No space left on device"), now: noon)
        #expect(state.echoesTyping)  // Typing leaves a failure's message where it is.
        _ = state.apply(.saved, now: noon)
        #expect(!state.echoesTyping)  // It takes "Saved." away, and the panes move down.
        state.press(.escape)
        #expect(!state.echoesTyping)  // The checklist has the keys.
    }
}
