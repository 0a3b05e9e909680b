import Foundation
import RekindleCore
import Testing
@testable import RekindleTUI

@Suite struct KeyEchoTests {
    /// Whenever a frame says what the next key shows at its cursor (`Frame.Echo`, on
    /// which the terminal shows it before the next frame), the next frame holds that
    /// cell there. Typing, moving, new lines, other characters and resizes, at widths
    /// where lines wrap.
    @Test func theNextFrameHoldsWhatTheKeyShowedEarly() {
        let keys: [Key] = [.character(" "), .enter, .backspace, .left, .right, .up, .down, .home, .end, .tab, .backTab,
                           .escape, .character("e"), .character("n")]
        let printable = (0x20..<0x7F).map { Character(Unicode.Scalar(UInt8($0))) }
        let sizes = [Size(width: 80, height: 24), Size(width: 50, height: 16), Size(width: 30, height: 10), Size(width: 250, height: 80)]
        var generator = SystemRandomNumberGenerator()
        var typed = 0, inserted = 0
        for _ in 0..<30 {
            var state = makeState(size: sizes.randomElement(using: &generator)!)
            state.press(.enter)
            var memo = RenderMemo()
            for step in 0..<300 {
                // Mostly words typed, so lines reach the edge of the note and wrap, and
                // moves, so the cursor goes inside them.
                let event: Event = switch Int.random(in: 0..<60, using: &generator) {
                case 0: .resize(sizes.randomElement(using: &generator)!)
                case 1: .key(.character(["é", "中"].randomElement(using: &generator)!))
                case 2...11: .key(keys.randomElement(using: &generator)!)
                case 12...19: .key([.left, .up, .right].randomElement(using: &generator)!)
                case 20...27: .key(.character(" "))
                default: .key(.character(printable.randomElement(using: &generator)!))
                }
                _ = state.apply(event, now: noon)
                let frame = AppView.render(state, memo: &memo)
                guard let echo = frame.echo, let cursor = frame.cursor else { continue }
                let byte = [UInt8.random(in: 0x20..<0x7F, using: &generator), 0x20, 0x0D].randomElement(using: &generator)!
                let key: Key = byte == 0x0D ? .enter : .character(Character(Unicode.Scalar(byte)))
                guard echo.answers(byte) else { continue }
                typed += 1
                if echo.shifting > 0 { inserted += 1 }
                var next = state, nextMemo = memo
                _ = next.apply(.key(key), now: noon)
                let after = AppView.render(next, memo: &nextMemo)
                // The answer, then the cells that were from the cursor on, one column right.
                let expected = [Frame.Cell(text: String(UnicodeScalar(byte)), style: .plain)]
                    + (0..<echo.shifting).map { frame[cursor.x + $0, cursor.y] }
                let got = (0...echo.shifting).map { after[cursor.x + $0, cursor.y] }
                #expect(got == expected, "\(key) at \(cursor), step \(step):\n\(after.lines.joined(separator: "\n"))")
                #expect(after.cursor == Point(x: cursor.x + 1, y: cursor.y))
            }
        }
        // Each kind comes up hundreds of times in such a walk (about 1,500 typed, 900
        // of them inside a line).
        #expect(typed > 500 && inserted > 300, "typed \(typed), inserted \(inserted)")
    }

    /// A typed character is echoed where it and the rest of its row keep to that row.
    @Test func typingEchoesWhereTheRowKeepsItsPlace() throws {
        var state = makeState()
        state.press(.enter, .character("e"))
        #expect(state.keyEcho == Frame.Echo(shifting: 0, spaces: true))
        state.type("hello")
        #expect(state.keyEcho == Frame.Echo(shifting: 0, spaces: true))
        state.press(.left, .left)
        #expect(state.keyEcho == Frame.Echo(shifting: 2, spaces: true))  // "lo" moves one column right.
        state.press(.end)
        let width = state.editorBox.width
        state.type(String(repeating: "x", count: width - 2 - 5))
        #expect(state.keyEcho == Frame.Echo(shifting: 0, spaces: true))  // The row is width - 2 long: one more fits, and the cursor after it.
        state.type("x")
        #expect(state.keyEcho == nil)  // The next one would end the row, with the cursor past it.
        state.press(.home)
        // No space on the row: a letter pushes all of it along (it still fits); a space would be where it breaks.
        #expect(state.keyEcho == Frame.Echo(shifting: width - 1, spaces: false))
        state.press(.end)
        state.type(" two words")
        #expect(state.keyEcho == Frame.Echo(shifting: 0, spaces: true))  // At the end of the line's last row, with room.
        state.press(.left)
        #expect(state.keyEcho == Frame.Echo(shifting: 1, spaces: true))  // Inside the last row, with room: "s" moves.
        state.press(.end, .enter)
        let words = "one two three four five six seven eight nine ten eleven twelve thirteen"
        #expect(words.count > width)
        state.type(words)
        state.press(.home, .right)
        // The first row breaks after its last space, which moves one column right with all before it.
        let lastSpace = try #require(Array(words.utf8)[1..<(width - 1)].lastIndex(of: UInt8(ascii: " ")))
        #expect(state.keyEcho == Frame.Echo(shifting: lastSpace, spaces: true))
        state.press(.down)
        // The start of the second row: a letter stays there; a space may let the first row take a word.
        #expect(state.keyEcho?.answers(UInt8(ascii: "a")) == true && state.keyEcho?.answers(UInt8(ascii: " ")) == false)
        state.press(.end, .enter)
        state.type("ab " + String(repeating: "c", count: width - 4) + " more")
        state.press(.home, .right, .right, .right, .right)
        // The first row ends in a space in its last column, which a letter would push out:
        // the row would then break after "ab ", taking the letter down with the c's.
        #expect(state.keyEcho == nil)
        state.press(.end, .enter)
        state.type(String(repeating: "y", count: width))
        #expect(state.keyEcho == nil)  // A full row, the cursor after it: the next character starts a row.
        state.press(.enter)
        state.type("café")
        #expect(state.keyEcho == nil)  // Not plain ASCII: columns are not bytes.
        state.press(.enter)
        #expect(state.keyEcho == Frame.Echo(shifting: 0, spaces: true))
        _ = state.apply(.saveFailed("No space left on device"), now: noon)
        #expect(state.keyEcho == Frame.Echo(shifting: 0, spaces: true))  // Typing leaves a failure's message where it is.
        _ = state.apply(.saved, now: noon)
        #expect(state.keyEcho == nil)  // It takes "Saved." away, and the panes move down.
    }
}
