import Testing
import TestSupport
@testable import RekindleTUI

@Suite struct InputDecoderTests {
    private func decode(_ reads: [UInt8]..., timeOut: Bool = false) -> [InputDecoder.Item] {
        var decoder = InputDecoder()
        var items = reads.flatMap { decoder.feed($0) }
        if timeOut { items += decoder.timeOut() }
        return items
    }

    private func typed(_ text: String) -> [InputDecoder.Item] {
        text.map { .key(.character($0)) }
    }

    @Test func keysAndUTF8Text() {
        #expect(decode(Array("aé中😀".utf8)) == typed("aé中😀"))
        #expect(decode([0x0D, 0x09, 0x7F, 0x03]) == [.key(.enter), .key(.tab), .key(.backspace), .key(.control("c"))])
    }

    /// `ok1\xc3Aok2`: the bad byte is U+FFFD and everything after it is kept.
    @Test func invalidUTF8BecomesAReplacementAndInputGoesOn() {
        #expect(decode(Array("ok1".utf8) + [0xC3] + Array("Aok2".utf8)) == typed("ok1\u{FFFD}Aok2"))
        // Overlong forms, surrogates and stray continuation bytes.
        #expect(decode([0xC0, 0xAF, 0x61]) == typed("\u{FFFD}\u{FFFD}a"))
        #expect(decode([0xED, 0xA0, 0x80, 0x62]) == typed("\u{FFFD}b"))
        #expect(decode([0x80, 0x63]) == typed("\u{FFFD}c"))
    }

    /// A Latin-1 terminal typing `éè` (E9 E8), then `q`: input recovers at once.
    @Test func twoUndecodableBytesDoNotStopInput() {
        #expect(decode([0xE9, 0xE8], [UInt8(ascii: "q")]) == typed("\u{FFFD}\u{FFFD}q"))
        #expect(decode([0xE9, 0xE8], timeOut: true) == typed("\u{FFFD}\u{FFFD}"))
    }

    /// A character whose bytes arrive in separate reads (300 ms apart) is kept whole.
    @Test func aCharacterSplitAcrossReadsIsKept() {
        #expect(decode([0xE4], [0xB8], [0xAD]) == typed("中"))
        var decoder = InputDecoder()
        #expect(decoder.feed([0xF0, 0x9F]).isEmpty && decoder.waiting == .rest)
        #expect(decoder.feed([0x98, 0x80]) == typed("😀") && decoder.waiting == nil)
    }

    @Test func escapeAloneIsEscapeOnlyOnceTheWaitPasses() {
        var decoder = InputDecoder()
        #expect(decoder.feed([0x1B]).isEmpty && decoder.waiting == .escape)
        #expect(decoder.timeOut() == [.key(.escape)])
        // The rest of a sequence in the next read (a slow link) still makes the sequence.
        #expect(decode([0x1B], [0x5B, 0x41]) == [.key(.up)])
        #expect(decode([0x1B, 0x5B], [0x42]) == [.key(.down)])
        // Esc, then a key in a later read: both.
        #expect(decode([0x1B], [0x71]) == [.key(.escape), .key(.character("q"))])
        #expect(decode([0x1B, 0x1B]) == [.key(.escape)])
    }

    /// Esc followed at once by more bytes is a sequence or an Alt key, never Esc and then commands.
    @Test func escapeSequencesNeverTurnIntoText() {
        #expect(decode(Array("\u{1B}[A\u{1B}OB\u{1B}[1;5C\u{1B}[5~\u{1B}[3;2~\u{1B}[Z".utf8))
            == [.key(.up), .key(.down), .key(.right), .key(.pageUp), .key(.delete), .key(.backTab)])
        #expect(decode(Array("\u{1B}OP\u{1B}[20~\u{1B}[[A".utf8)) == [.key(.function(1)), .key(.function(9)), .key(.function(1))])
        // Alt-q, an unknown sequence, an OSC (clipboard) answer with BEL and with ST.
        #expect(decode(Array("\u{1B}q\u{1B}[99;9y\u{1B}]52;c;aGk=\u{07}\u{1B}]0;t\u{1B}\\x".utf8)) == typed("x"))
        // A sequence cut short by the wait is dropped, not typed.
        #expect(decode(Array("\u{1B}[1;".utf8), timeOut: true) == [])
        #expect(decode(Array("\u{1B}]52;c;".utf8), Array("aGk=\u{07}y".utf8)) == typed("y"))
    }

    @Test func bracketedPasteIsOneItemWhateverItHolds() {
        let paste = "\u{1B}[200~Name:\tquestions\r\nI still \u{1B}[A have\r\u{1B}[201~"
        #expect(decode(Array(paste.utf8) + [0x71]) == [.paste("Name:\tquestions\nI still \u{1B}[A have\n"), .key(.character("q"))])
        // Its end marker split across reads, and invalid bytes inside.
        let bytes = Array("\u{1B}[200~ok1".utf8) + [0xC3] + Array("Aok2\u{1B}[20".utf8)
        #expect(decode(bytes, Array("1~".utf8)) == [.paste("ok1\u{FFFD}Aok2")])
        // A paste whose end never comes is kept, and input goes on.
        #expect(decode(Array("\u{1B}[200~abc".utf8), timeOut: true) == [.paste("abc")])
    }

    /// A megabyte pasted in 64 KB reads takes linear time.
    @Test func aLongPasteIsTakenInOnePass() {
        var decoder = InputDecoder()
        let line = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 20)
        var items = decoder.feed(Array("\u{1B}[200~".utf8))
        for start in stride(from: 0, to: line.count, by: 1 << 16) { items += decoder.feed(line[start..<(start + (1 << 16))]) }
        items += decoder.feed(Array("\u{1B}[201~".utf8))
        #expect(items == [.paste(String(repeating: "x", count: 1 << 20))])
    }

    @Test func mouseReportsInSGRAndX10Form() {
        #expect(decode(Array("\u{1B}[<0;300;5M\u{1B}[<0;300;5m\u{1B}[<64;2;3M\u{1B}[<65;2;3M".utf8))
            == [.mouse(MouseEvent(.press, at: Point(x: 299, y: 4))), .mouse(MouseEvent(.wheelUp, at: Point(x: 1, y: 2))),
                .mouse(MouseEvent(.wheelDown, at: Point(x: 1, y: 2)))])
        #expect(decode([0x1B, 0x5B, 0x4D, 32, 33 + 9, 33 + 4]) == [.mouse(MouseEvent(.press, at: Point(x: 9, y: 4)))])
    }

    /// Any bytes at all: the decoder never traps, and always ends up taking a `q`.
    @Test func randomBytesNeverStopInput() {
        var generator = SeededGenerator.forTest("randomBytesNeverStopInput")
        let seed = generator.seed
        for _ in 0..<2_000 {
            var decoder = InputDecoder()
            let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                Bool.random(using: &generator) ? UInt8.random(in: 0...255, using: &generator) : Array("\u{1B}[<;~0O]P\u{07}\\".utf8).randomElement(using: &generator)!
            }
            _ = decoder.feed(bytes)
            _ = decoder.timeOut()
            #expect(decoder.feed([0x71]) == [.key(.character("q"))], "seed \(seed), bytes \(bytes)")
        }
    }
}
