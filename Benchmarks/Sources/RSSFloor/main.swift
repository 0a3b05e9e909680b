import FoundationEssentials

// The least a program built as the coach is can do with the benchmark's session: read
// it with JSONDecoder, type one character into its note, write it back with
// JSONEncoder, then wait for a line on standard input while pty_bench reads its peak
// RSS. No guide, no screen, no editor. It shows where the RSS budget stands against
// the build and the session format that PERFORMANCE.md prescribes.

struct Note: Codable { var text, editedAt, partTitle: String }
struct Position: Codable { var partID, pane: String; var checklistCursor, noteCursor, scroll: Int }
struct Session: Codable {
    var name, guideID, guideHash, startedAt, lastUsedAt: String
    var checks: [String: [String: String]]
    var notes: [String: Note]
    var position: Position
}
struct Document: Codable { var version: Int; var session: Session }

/// Reads the session in a function of its own, so its bytes are freed once decoded.
func load(_ path: String) throws -> Document {
    try JSONDecoder().decode(Document.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
}

func save(_ document: Document, _ path: String) throws {
    try JSONEncoder().encode(document).write(to: URL(fileURLWithPath: path + ".new"))
}

let path = CommandLine.arguments[1]
var document = try load(path)
document.session.notes[document.session.position.partID]?.text.append("a")
try save(document, path)
print("RSSFloor: read and wrote \(path)")
_ = readLine()
