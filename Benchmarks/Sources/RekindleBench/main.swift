import RekindleCore
import RekindleTUI

// In-process figures for BENCHMARKS.md: parsing, loading and saving, and one key's
// update + render. Prints one table row per figure.

func row(_ figure: String, _ value: String, _ target: String) {
    print("| \(figure) | \(value) | \(target) |")
}

/// A note of about `bytes` bytes in lines of about 70 characters.
func note(bytes: Int) -> String {
    let line = "Today I walked for an hour and thought about what I want, é 中文 😀.\n"
    return String(repeating: line, count: max(1, bytes / line.utf8.count))
}

/// A guide with `steps` steps of three items each.
func generatedGuide(steps: Int) -> [UInt8] {
    var text = "# Generated\n\nOpening words.\n"
    for step in 0..<steps {
        text += "\n## Step number \(step)\n\nSome guidance for this step, in a sentence or two.\n\n"
        text += "- [ ] First action of \(step)\n- [ ] Second action of \(step)\n- [ ] Third action of \(step)\n? A prompt for \(step)?\n"
    }
    return Array(text.utf8)
}

print("| figure | Rekindle (median, p95) | target |")
print("| --- | --- | --- |")

let builtIn = Guide.builtInSource
let parse = try Measure.run(iterations: 200) { try GuideParser(file: "g").parse(builtIn) }
row("parse the built-in guide", "\(parse.median.milliseconds), \(parse.p95.milliseconds)", "-")

for steps in [1_000, 10_000] {
    let source = generatedGuide(steps: steps)
    let result = try Measure.run(iterations: 15, warmUp: 1) { try GuideParser(file: "g").parse(source) }
    row("parse a generated \(steps)-step guide", "\(result.median.milliseconds), \(result.p95.milliseconds)", steps == 10_000 ? "< 100 ms, linear" : "-")
    let free = try Measure.freeing(iterations: 15) { try GuideParser(file: "g").parse(source) }
    row("free a parsed \(steps)-step guide", "\(free.median.milliseconds), \(free.p95.milliseconds)", "-")
}

var template = Array("/tmp/rekindle-bench-XXXXXX".utf8CString)
let folder = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
let store = try SessionStore(dataDirectory: folder)
var big = Session(name: "bench", guide: .builtIn, now: Date())
for part in Guide.builtIn.parts.prefix(1) { big.setNote(note(bytes: 1 << 20), for: part, at: Date()) }
let save = try Measure.run(iterations: 20) { try store.save(big) }
row("save a session with 1 MB of notes (with fsyncs)", "\(save.median.milliseconds), \(save.p95.milliseconds)", "< 20 ms")
let load = try Measure.run(iterations: 20) { try store.load("bench") }
row("load a session with 1 MB of notes", "\(load.median.milliseconds), \(load.p95.milliseconds)", "< 20 ms")

/// One key's update and render, the per-key cost of the TUI without a terminal (with
/// a render memo, as the run loop keeps one), as a body to time. `whileSaving`: a save
/// holds a copy of the state during each key, as the save thread does, so the key
/// pays for any copy-on-write its edit causes.
func keyPress(size: Size, guide: Guide = .builtIn, session: Session, keys: [Key], whileSaving: Bool = false) -> () -> Void {
    var state = AppState(guide: guide, session: session, size: size, isReturning: true, dataPath: folder)
    _ = state.apply(.key(.enter), now: Date())
    var memo = RenderMemo()
    var index = 0
    return {
        let saving = whileSaving ? state.saveRequest() : nil
        _ = state.apply(.key(keys[index % keys.count]), now: Date())
        _ = AppView.render(state, memo: &memo)
        withExtendedLifetime(saving) {}
        index += 1
    }
}

func keyCost(size: Size, guide: Guide = .builtIn, session: Session, keys: [Key]) -> Measure.Result {
    Measure.run(iterations: 500, keyPress(size: size, guide: guide, session: session, keys: keys))
}

var plain = Session(name: "bench", guide: .builtIn, now: Date())
plain.position = Position(partID: "reflect", pane: .checklist)
for size in [Size(width: 80, height: 24), Size(width: 250, height: 80)] {
    let moves = keyCost(size: size, session: plain, keys: [.down, .down, .down, .up, .up, .up])
    row("update + render, checklist move, \(size.width)x\(size.height)", "\(moves.median.milliseconds), \(moves.p95.milliseconds)", "p95 < 1 ms")
    var withNote = plain
    withNote.setNote(note(bytes: 1 << 20), for: Guide.builtIn.parts[1], at: Date())
    let movesNote = keyCost(size: size, session: withNote, keys: [.down, .down, .up, .up])
    row("update + render, checklist move, 1 MB note open, \(size.width)x\(size.height)", "\(movesNote.median.milliseconds), \(movesNote.p95.milliseconds)", "p95 < 1 ms")
}

// A key's cost must not grow with the guide: the last step of a long one.
let long = try GuideParser(file: "g").parse(generatedGuide(steps: 10_000))
var atEnd = Session(name: "bench", guide: long, now: Date())
atEnd.position = Position(partID: long.parts[long.parts.count - 2].id, pane: .checklist)
let movesAtEnd = keyCost(size: Size(width: 80, height: 24), guide: long, session: atEnd, keys: [.down, .down, .up, .up])
row("update + render, checklist move, last step of 10,000, 80x24", "\(movesAtEnd.median.milliseconds), \(movesAtEnd.p95.milliseconds)", "p95 < 1 ms")

// The note sizes' keys in turn, as the pty harness sends keys to programs: measured
// one size after the other, the 1 KB and 1 MB figures met different moments of a
// machine whose speed drifts by 2x within seconds, and their ratio with them.
var presses: [(label: String, whileSaving: Bool, press: () -> Void)] = []
for (label, bytes) in [("1 KB", 1 << 10), ("100 KB", 100 << 10), ("1 MB", 1 << 20)] {
    var session = Session(name: "bench", guide: .builtIn, now: Date())
    let text = note(bytes: bytes)
    session.setNote(text, for: Guide.builtIn.parts[1], at: Date())
    session.position = Position(partID: "reflect", pane: .notes, noteCursor: text.count / 2)
    for whileSaving in label == "100 KB" ? [false] : [false, true] {
        let press = keyPress(size: Size(width: 80, height: 24), session: session, keys: [.character("a"), .backspace], whileSaving: whileSaving)
        presses.append((label, whileSaving, press))
    }
}
let typing = Measure.inTurn(iterations: 500, presses.map(\.press))
for (press, result) in zip(presses, typing) {
    let figure = press.whileSaving ? "keystroke while a save holds a copy, \(press.label) note, 80x24"
        : "keystroke into the middle of a \(press.label) note, 80x24"
    row(figure, "\(result.median.milliseconds), \(result.p95.milliseconds)", press.label == "1 MB" && !press.whileSaving ? "within 1.5x of 1 KB" : "-")
}
let typed = Dictionary(uniqueKeysWithValues: zip(presses, typing).filter { !$0.0.whileSaving }.map { ($0.0.label, $0.1) })
if let small = typed["1 KB"], let large = typed["1 MB"] {
    row("keystroke cost, 1 MB note / 1 KB note", String(format3: large.median / small.median) + "x", "<= 1.5x")
}
for file in ["bench.json", "bench.lock"] { _ = unlink(folder + "/sessions/" + file) }
_ = rmdir(folder + "/sessions")
_ = rmdir(folder)
