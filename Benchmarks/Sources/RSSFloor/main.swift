import FoundationEssentials

// The least a program built as the coach is can do with the benchmark's session: read
// it with JSONDecoder, type one character into a copy of its note (the editor edits a
// copy, as issue 24 prescribes), give the text back to the session, write it with
// JSONEncoder, then wait for a line on standard input while pty_bench reads its peak
// RSS. No guide, no screen, no editor beyond the copy. It shows where the RSS budget
// stands against the build and the session format the issue prescribes.

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
let part = document.session.position.partID
var edited = document.session.notes[part]?.text ?? ""
edited.append("a")
document.session.notes[part]?.text = edited
try save(document, path)
print("RSSFloor: read and wrote \(path)")
_ = readLine()
