import Foundation
import Testing
import TestSupport
@testable import RekindleCore

/// Issue 23, hostile files given to the real binary: files that are not plain files
/// or are huge, a guide with a byte-order mark.
@Suite struct HostileFileTests {
    let dir = TemporaryDirectory()
    var rekindle: Rekindle { Rekindle(dataDirectory: dir.file("data")) }

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
                #expect(result.stderr == "\(path):0:0: the guide \(reason)\n", "\(arguments)")
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
        #expect(checked.stdout == "\(dir.file("bom.md")): OK: 'Small', 1 steps, 1 checklist items\n")
        // Columns count from the first visible character.
        dir.write("bad.md", [0xEF, 0xBB, 0xBF] + Array("# T é".utf8) + [0xFF] + Array("\n\n## Only Step\n- [ ] Do it\n".utf8))
        #expect(try rekindle.run(["guide", "check", dir.file("bad.md")]).stderr == "\(dir.file("bad.md")):1:7: invalid UTF-8\n")
    }
}
