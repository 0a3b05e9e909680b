import Foundation
import Testing
import TestSupport
@testable import RekindleCore

/// Issue 23: a coach killed while the external editor is open leaves the note's
/// private folder behind; the next coach removes it as it starts.
@Suite(.serialized) struct EditorLeftoversTests {
    let dir = TemporaryDirectory()
    var rekindle: Rekindle { Rekindle(dataDirectory: dir.file("data")) }

    func leftovers(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix("rekindle-") }
    }

    /// Waits (polling, up to the tmux timeout) until `condition` holds.
    func waitUntil(_ what: String, _ condition: () -> Bool) throws {
        guard retrying(for: TmuxSession.timeout, { condition() ? () : nil }) != nil else {
            throw TmuxSession.Failure(message: "never: \(what)")
        }
    }

    @Test func theNextCoachRemovesTheFolderOfOneKilledWhileItsEditorWasOpen() throws {
        let temporary = dir.file("tmp")
        mkdir(temporary, 0o700)
        // Someone's own folder with a similar name, which must stay.
        mkdir(temporary + "/rekindle-editor-mine01", 0o700)
        dir.write("tmp/rekindle-editor-mine01/keep.txt", Array("mine".utf8))
        // The editor keeps a backup and stays open until it is killed. Its pid file
        // appears whole (renamed into place) once the backup is made: the test kills it
        // as soon as it sees the file.
        dir.write("editor.sh", Array("""
            cp "$1" "$1~"
            echo $$ > \(dir.file("editor.pid.new"))
            mv \(dir.file("editor.pid.new")) \(dir.file("editor.pid"))
            exec sleep 600

            """.utf8))
        var environment = rekindle.terminalEnvironment
        environment["TMPDIR"] = temporary
        environment["EDITOR"] = "sh \(dir.file("editor.sh"))"
        let first = try TmuxSession(command: Repository.binary, environment: environment)
        try first.waitFor("Welcome.")
        try first.begin()
        try first.send("e")
        try first.waitFor("Esc done")
        try first.type("secret words")
        try first.waitFor("secret words")
        try first.send("C-e")
        try waitUntil("the editor's pid file appears") { FileManager.default.fileExists(atPath: dir.file("editor.pid")) }
        kill(rekindle.holderPID(), SIGKILL)
        let editor = Int32(String(decoding: dir.read("editor.pid") ?? [], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        #expect(editor > 0)
        kill(editor, SIGKILL)
        try first.waitForExit()
        let left = leftovers(in: temporary).filter { $0 != "rekindle-editor-mine01" }
        #expect(left.count == 1, "\(left)")
        #expect(left.allSatisfy { FileManager.default.fileExists(atPath: "\(temporary)/\($0)/note.md~") })

        let second = try TmuxSession(command: Repository.binary, environment: environment)
        try second.waitFor("Welcome")
        // Removed beside the first screen, on the save thread.
        try waitUntil("only the person's own folder is left") { leftovers(in: temporary) == ["rekindle-editor-mine01"] }
        #expect(dir.read("tmp/rekindle-editor-mine01/keep.txt") == Array("mine".utf8))
        try second.send("q")
        #expect(try second.waitForExit() == 0)
    }
}
