import Foundation
import Testing
import TestSupport
@testable import RekindleCore

/// Promise 7: a full disk and a data folder that cannot be written are survived. The coach says so,
/// keeps the text in memory, retries, asks before quitting with unsaved text, and
/// loses nothing once the disk is usable again. Uses a real small tmpfs, so it needs
/// root (as CI and these machines have).
@Suite(.serialized, .enabled(if: Repository.runs(where: geteuid() == 0), "mounting a small tmpfs needs root"))
struct DiskFaultTests {
    let dir = TemporaryDirectory()

    func mount(_ arguments: [String]) throws {
        let result = try Command("/bin/mount", arguments).run()
        guard result.status == 0 else { throw TmuxSession.Failure(message: "mount \(arguments): \(result.stderr)") }
    }

    @Test func fullDiskAndUnwritableFolderLoseNothing() throws {
        let data = dir.file("data")
        mkdir(data, 0o700)
        try mount(["-t", "tmpfs", "-o", "size=16k,mode=0700", "tmpfs", data])
        defer { _ = try? Command("/bin/umount", ["-l", data]).run() }

        let tmux = try TmuxSession(command: Repository.binary, environment: Rekindle(dataDirectory: data).terminalEnvironment)
        try tmux.waitFor("Welcome.")
        try tmux.begin()
        try tmux.send("e")
        try tmux.waitFor("Esc done")

        // About 30 KB of text: more than the 16 KB disk holds.
        let line = "A line of private words, written while the disk is nearly full. é\n"
        dir.write("paste.txt", Array(String(repeating: line, count: 450).utf8) + Array("the very end".utf8))
        try tmux.tmux(["load-buffer", "-b", "big", dir.file("paste.txt")])
        try tmux.tmux(["paste-buffer", "-b", "big", "-t", "main"])
        try tmux.waitFor("the very end")
        try tmux.waitFor("No space left on device", timeout: 30)
        try tmux.waitFor("Your text is kept here; retrying")
        let partial = try SessionStore(dataDirectory: data).load("default")
        #expect(partial?.noteText(for: "opening").hasSuffix("the very end") != true)

        try tmux.send("C-c")
        try tmux.waitFor("Not saved. Quit and lose the latest changes? y: quit, n: stay")
        try tmux.send("n")

        try mount(["-o", "remount,size=8m", data])
        try tmux.waitFor("Saved. Everything is on disk again.", timeout: 30)
        let saved = try SessionStore(dataDirectory: data).load("default")
        #expect(saved?.noteText(for: "opening").hasSuffix("the very end") == true)

        // Then a folder nothing may be written to (the immutable attribute stops even root).
        let sessions = data + "/sessions"
        #expect(try Command("/usr/bin/chattr", ["+i", sessions]).run().status == 0)
        try tmux.send("Escape")
        try tmux.waitFor("e write")
        try tmux.send("e")
        try tmux.waitFor("Esc done")
        try tmux.type(" and after read-only")
        try tmux.waitFor("Not saved: Operation not permitted", timeout: 30)
        #expect(try Command("/usr/bin/chattr", ["-i", sessions]).run().status == 0)
        try tmux.waitFor("Saved. Everything is on disk again.", timeout: 30)
        try tmux.send("C-c")
        #expect(try tmux.waitForExit() == 0)
        let final = try SessionStore(dataDirectory: data).load("default")
        #expect(final?.noteText(for: "opening").hasSuffix("the very end and after read-only") == true)
    }
}
