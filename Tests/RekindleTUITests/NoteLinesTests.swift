import Testing
@testable import RekindleTUI

@Suite struct NoteLinesTests {
    /// Random edits of the kinds the editor makes, checked against a plain array:
    /// from lines of their own, and from lines read from a shared text.
    @Test(arguments: [false, true]) func behavesLikeAnArrayOfLines(shared: Bool) {
        var generator = SystemRandomNumberGenerator()
        var model = (0..<1_000).map { "line \($0)" }
        var lines = shared ? NoteLines(sharing: model.joined(separator: "\n")) : NoteLines(model)
        #expect(lines == NoteLines(model))
        for step in 0..<3_000 {
            let index = Int.random(in: 0..<model.count, using: &generator)
            switch Int.random(in: 0..<5, using: &generator) {
            case 0:
                model[index] += "x"
                lines[index] += "x"
            case 1:
                let pieces = (0..<Int.random(in: 1...700, using: &generator)).map { "paste \(step).\($0)" }
                model.replaceSubrange(index...index, with: pieces)
                lines.replaceSubrange(index...index, with: pieces)
            case 2 where model.count > 1:
                let removed = model.remove(at: index)
                #expect(lines.remove(at: index) == removed)
            case 3:
                model.append("end \(step)")
                lines.append("end \(step)")
            default:
                let end = min(model.count, index + Int.random(in: 0...600, using: &generator))
                model.replaceSubrange(index..<end, with: ["joined \(step)"])
                lines.replaceSubrange(index..<end, with: ["joined \(step)"])
            }
            #expect(lines.count == model.count)
        }
        #expect(Array(lines) == model)
        #expect(lines.joined(separator: "\n") == model.joined(separator: "\n"))
        // The same lines cut into chunks afresh are equal, though their chunks differ.
        #expect(NoteLines(model) == lines)
    }

    @Test func aCopyKeepsItsLinesWhenTheOriginalChanges() {
        var lines = NoteLines((0..<2_000).map { "line \($0)" })
        let copy = lines
        lines[1_500] = "changed"
        lines.remove(at: 10)
        #expect(copy[1_500] == "line 1500")
        #expect(copy.count == 2_000)
        #expect(lines[1_499] == "changed")
        #expect(copy != lines)
        #expect(NoteLines(Array(copy)) == copy)
    }
}
