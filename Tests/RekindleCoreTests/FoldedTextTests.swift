import Testing
@testable import RekindleCore

/// Search ignores case and accents, and finds its matches in the original's characters.
struct FoldedTextTests {
    func ranges(_ needle: String, in text: String) -> [Range<Int>] {
        FoldedText(text).ranges(of: FoldedText(needle))
    }

    @Test func caseAndAccentsAreIgnoredBothWays() {
        #expect(ranges("zoe", in: "Dear Zoë,") == [5..<8])
        #expect(ranges("ECOUTE", in: "j'écoute") == [2..<8])
        #expect(ranges("Zoë", in: "ZOE and zoe") == [0..<3, 8..<11])
        #expect(ranges("ÉCOUTE", in: "écoute") == [0..<6])
    }

    @Test func decomposedAndPrecomposedTextMatchTheSame() {
        let decomposed = "Zoe\u{0308} & Zo\u{00EB}"
        #expect(decomposed.count == 9)
        #expect(ranges("zoe", in: decomposed) == [0..<3, 6..<9])
    }

    @Test func rangesCountCharactersOfTheOriginal() {
        // Emoji and CJK are one character each, whatever their scalars or widths.
        #expect(ranges("home", in: "👩‍👩‍👧 中文 home") == [5..<9])
        #expect(ranges("中文", in: "é 中文 😀") == [2..<4])
    }

    @Test func matchesDoNotOverlapAndEmptyNeedlesFindNothing() {
        #expect(ranges("aa", in: "aaaa") == [0..<2, 2..<4])
        #expect(ranges("", in: "text").isEmpty)
        #expect(ranges("\u{0301}", in: "é").isEmpty)
        #expect(ranges("longer than text", in: "text").isEmpty)
    }

    @Test func aMatchStartsAndEndsOnWholeCharacters() {
        // Hangul syllables decompose into letters: the first letters of 한 are 하's.
        #expect(ranges("하", in: "한").isEmpty)
        #expect(ranges("한", in: "한국") == [0..<1])
    }
}
