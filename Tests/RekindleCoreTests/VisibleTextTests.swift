import Foundation
import Testing
@testable import RekindleCore

@Suite struct VisibleTextTests {
    /// Every scalar a terminal would obey, and what it becomes.
    @Test func controlsBecomeTheCoachsStandIns() {
        #expect(VisibleText.lines("a\u{1B}]52;c;aGk=\u{07}b") == "a␛]52;c;aGk=␇b")
        #expect(VisibleText.lines("clear\u{1B}[2J\u{1B}[H") == "clear␛[2J␛[H")
        #expect(VisibleText.lines("nul\u{0}cr\r\nbs\u{8}del\u{7F}") == "nul␀cr␍\nbs␈del␡")
        #expect(VisibleText.lines("c1 \u{80}\u{9B}2J\u{9D}0;t\u{9C}") == "c1 ��2J�0;t�")
        #expect(VisibleText.lines("bidi \u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}") == "bidi ���������")
    }

    @Test func linesKeepNewlinesAndTabsAndOneLineDoesNot() {
        #expect(VisibleText.lines("one\n\ttwo\n") == "one\n\ttwo\n")
        #expect(VisibleText.line("one\n\ttwo\n") == "one␊␉two␊")
        #expect(!VisibleText.line("name\rforged line").contains("\r"))
    }

    /// Text without controls, typographic punctuation and non-Latin scripts included,
    /// comes back as it was.
    @Test func everythingElseIsKept() {
        let text = "“Quotes” — dash… ’ é 中文 😀 ©«»° \u{200F}\u{2028}\u{2070} e\u{301}"
        #expect(VisibleText.lines(text) == text)
        #expect(VisibleText.line(text) == text)
        // Around the ranges: U+009F is the last C1, U+00A0 is not one; U+2029 and
        // U+202F are next to the overrides, U+2065 and U+206A next to the isolates.
        #expect(VisibleText.line("\u{9F}\u{A0}\u{2029}\u{202F}\u{2065}\u{206A}") == "\u{FFFD}\u{A0}\u{2029}\u{202F}\u{2065}\u{206A}")
    }

    /// Every scalar below U+3000 that is replaced is a control or a bidi override or
    /// isolate, and every one of those is replaced.
    @Test func exactlyTheControlsAreReplaced() {
        for value in UInt32(0)..<0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "x" + String(Character(scalar)) + "y"
            let shown = VisibleText.line(text)
            let isControl = value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
                || (0x2066...0x2069).contains(value)
            #expect((shown != text) == isControl, "U+\(String(value, radix: 16))")
            #expect(!shown.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        }
    }
}
