import Foundation
import RekindleCore

// Saves and loads a session with 1 MB of notes through the store the coach uses (a
// save includes its fsyncs), and prints each one's times in milliseconds as JSON for
// pty_bench.py, which reports them with the other budgets.

let iterations = Int(ProcessInfo.processInfo.environment["BENCH_SAVES"] ?? "") ?? 20
let line = "Today I walked for an hour and thought about what I want, é 中文 😀.\n"
let note = String(repeating: line, count: (1 << 20) / line.utf8.count)

let folder = FileManager.default.temporaryDirectory.appending(path: "rekindle-bench-\(getpid())").path
defer { try? FileManager.default.removeItem(atPath: folder) }
let store = try SessionStore(dataDirectory: folder)
var session = Session(name: "bench", guide: .builtIn, now: Date())
session.setNote(note, for: Guide.builtIn.parts[1], at: Date())

/// Milliseconds taken by each of `iterations` runs of `body`, after two warm-up runs.
func times(_ body: () throws -> Void) rethrows -> [Double] {
    for _ in 0..<2 { try body() }
    let clock = ContinuousClock()
    return try (0..<iterations).map { _ in
        let start = clock.now
        try body()
        let (seconds, attoseconds) = (clock.now - start).components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}

let save = try times { try store.save(session) }
let load = try times {
    guard try store.load("bench")?.notes.values.first?.text.utf8.count == note.utf8.count else {
        fatalError("the session loaded without its 1 MB note")
    }
}
let output = try JSONSerialization.data(withJSONObject: ["save": save, "load": load])
print(String(decoding: output, as: UTF8.self))
