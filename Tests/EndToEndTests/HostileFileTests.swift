import Foundation
import Testing
import TestSupport
@testable import RekindleCore

/// Issue 23, hostile files given to the real binary: a session whose position no
/// session can have, files that are not plain files or are huge, a guide with a
/// byte-order mark.
@Suite struct HostileFileTests {
    let dir = TemporaryDirectory()
    var rekindle: Rekindle { Rekindle(dataDirectory: dir.file("data")) }

    /// A session on Step 1 with a note, its position written as given: any Int, as a
    /// hand or a bug could write it.
    func sessionFile(pane: Position.Pane, checklistCursor: Int, noteCursor: Int, scroll: Int) -> [UInt8] {
        let step = Guide.builtIn.steps[0]
        var session = Session(name: "default", guide: .builtIn, now: Date())
        session.setNote("words that must survive", for: step, at: Date())
        session.position = Position(partID: step.id, pane: pane, checklistCursor: 1, noteCursor: 2, scroll: 3)
        let text = String(decoding: SessionCodec.encode(session), as: UTF8.self)
            .replacingOccurrences(of: "\"checklistCursor\" : 1", with: "\"checklistCursor\" : \(checklistCursor)")
            .replacingOccurrences(of: "\"noteCursor\" : 2", with: "\"noteCursor\" : \(noteCursor)")
            .replacingOccurrences(of: "\"scroll\" : 3", with: "\"scroll\" : \(scroll)")
        return Array(text.utf8)
    }

    static let impossible: [(pane: Position.Pane, checklist: Int, note: Int, scroll: Int)] = [
        (.guidance, 0, 0, -1),
        (.checklist, Int.max, 0, Int.min),
        (.notes, Int.min, Int.max, 0),
        (.notes, 0, Int.min, Int.max),
    ]

    /// The coach crashed (SIGILL) at every start on such a file. It must open on the
    /// step, take keys in every pane, and keep the note.
    @Test(arguments: impossible)
    func theCoachOpensOnASessionWithAnImpossiblePosition(_ values: (pane: Position.Pane, checklist: Int, note: Int, scroll: Int)) throws {
        try FileManager.default.createDirectory(atPath: dir.file("data/sessions"), withIntermediateDirectories: true)
        dir.write("data/sessions/default.json",
                  sessionFile(pane: values.pane, checklistCursor: values.checklist, noteCursor: values.note, scroll: values.scroll))
        chmod(dir.file("data/sessions/default.json"), 0o600)
        let errors = dir.file("coach-stderr.txt")
        let tmux = try TmuxSession(command: "\(Repository.binary) 2> \(errors)", environment: rekindle.terminalEnvironment)
        try tmux.waitFor("Welcome back.")
        try tmux.send("Enter")
        try tmux.waitFor("Step 1 · Reflecting on the Relationship")
        try tmux.waitFor("words that must survive")
        for _ in 0..<4 {
            try tmux.send("Down", "Up", "PageDown", "End", "Home", "Tab")
        }
        try tmux.send("e")
        try tmux.waitFor("Esc done")
        try tmux.type(" and more")
        try tmux.send("Escape")
        try tmux.waitFor("e write")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0, "\(values): \((try? String(contentsOfFile: errors, encoding: .utf8)) ?? "")")
        // The keys may have moved to another part (the steps list takes Up and Down):
        // the words typed are in a note, and Step 1's note is whole.
        let saved = try #require(try SessionStore(dataDirectory: dir.file("data")).load("default"))
        #expect(saved.noteText(for: Guide.builtIn.steps[0].id).contains("words that must survive"))
        #expect(saved.notes.values.contains { $0.text.contains(" and more") })
    }

    /// `import` took such files as they were. It refuses them in one line naming the
    /// file, and creates nothing.
    @Test func importRefusesAnImpossiblePositionInOneLine() throws {
        for (index, values) in Self.impossible.enumerated() {
            let file = dir.file("hostile-\(index).json")
            dir.write("hostile-\(index).json",
                      sessionFile(pane: values.pane, checklistCursor: values.checklist, noteCursor: values.note, scroll: values.scroll))
            let result = try rekindle.run(["import", file, "--as", "imported"])
            #expect(result.status == 1, "\(values)")
            #expect(result.stderr.hasPrefix("rekindle: cannot import \(file): it has an impossible value at 'session.position."), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: dir.file("data/sessions/imported.json")))
        }
        #expect(try rekindle.run(["import", dir.file("hostile-0.json"), "--as", "imported"]).stderr ==
            "rekindle: cannot import \(dir.file("hostile-0.json")): it has an impossible value at 'session.position.scroll' (-1); positions run from 0 to \(Position.limit)\n")
    }

    /// Runs the binary with its memory bounded (so a regression that reads without limit
    /// fails instead of taking the machine's memory), killed if it has not ended in 20 s
    /// (a FIFO would otherwise keep it waiting for a writer).
    func runBounded(_ arguments: [String]) throws -> Command.Result {
        let running = try Command("/bin/sh", ["-c", "ulimit -v 4000000; exec \"$0\" \"$@\"", Repository.binary] + arguments,
                                  environment: rekindle.environment).start()
        if let result = running.wait(seconds: 20) { return result }
        kill(running.pid, SIGKILL)
        let result = running.wait()
        Issue.record("rekindle \(arguments.joined(separator: " ")) was still running after 20 s")
        return result
    }

    /// `guide check`, `import` and `--guide` read `/dev/zero` until memory ran out. What
    /// is not a plain file, or is larger than 64 MB, is refused in one line naming it,
    /// before a byte is read.
    @Test func whatIsNotAPlainFileOrTooLargeIsRefusedUnread() throws {
        let fifo = dir.file("fifo.md")
        #expect(mkfifo(fifo, 0o600) == 0)
        defer { unlink(fifo) }
        dir.write("huge.md", [])
        #expect(truncate(dir.file("huge.md"), off_t(BoundedFile.limit + 1)) == 0)
        let cases = [
            ("/dev/zero", "is a device, not a plain file"),
            (fifo, "is a pipe (FIFO), not a plain file"),
            (dir.file("huge.md"), "is larger than 64 MB (67108865 bytes), the most rekindle reads"),
            (dir.path, "is a folder, not a plain file"),
        ]
        for (path, reason) in cases {
            for arguments in [["guide", "check", path], ["list", "--guide", path]] {
                let result = try runBounded(arguments)
                #expect(result.status == 1, "\(arguments)")
                #expect(result.stderr == "\(path): the guide \(reason)\n", "\(arguments)")
            }
            let result = try runBounded(["import", path])
            #expect(result.status == 1, "import \(path)")
            #expect(result.stderr == "rekindle: cannot import \(path): it \(reason)\n", "import \(path)")
        }
    }

    /// A guide saved with a byte-order mark was refused at 1:1, pointing at nothing visible.
    @Test func aGuideWithAByteOrderMarkIsUsed() throws {
        dir.write("bom.md", [0xEF, 0xBB, 0xBF] + Array("# Small\n\n## Only Step\n- [ ] Do it\n".utf8))
        let checked = try rekindle.run(["guide", "check", dir.file("bom.md")])
        #expect(checked.stderr == "")
        #expect(checked.stdout == "\(dir.file("bom.md")): OK: 'Small', 1 step, 1 action\n")
        // Columns count from the first visible character.
        dir.write("bad.md", [0xEF, 0xBB, 0xBF] + Array("# T é".utf8) + [0xFF] + Array("\n\n## Only Step\n- [ ] Do it\n".utf8))
        #expect(try rekindle.run(["guide", "check", dir.file("bad.md")]).stderr == "\(dir.file("bad.md")):1:7: invalid UTF-8\n")
    }
}
