import Foundation
import Testing
import TestSupport
@testable import RekindleCore

/// Issue 23: an export goes into the path the person gave. Only a new path or a plain
/// file is replaced (atomically, 0600); a link, a FIFO or a device is written into.
@Suite struct OutputFileTests {
    let dir = TemporaryDirectory()
    let text = Array("# exported\n".utf8)

    @Test func aNewPathOrAPlainFileIsWrittenAtomicallyAndPrivately() throws {
        try OutputFile.write(text, to: dir.file("new.md"))
        #expect(dir.read("new.md") == text)
        #expect(POSIX.mode(of: dir.file("new.md")) == 0o600)
        dir.write("old.md", Array("old".utf8))
        chmod(dir.file("old.md"), 0o644)
        try OutputFile.write(text, to: dir.file("old.md"))
        #expect(dir.read("old.md") == text)
        #expect(POSIX.mode(of: dir.file("old.md")) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["new.md", "old.md"])
    }

    @Test func aLinkIsFollowedAndStaysALink() throws {
        dir.write("target.md", Array("a much longer old text than the export".utf8))
        chmod(dir.file("target.md"), 0o640)
        symlink(dir.file("target.md"), dir.file("link.md"))
        try OutputFile.write(text, to: dir.file("link.md"))
        #expect(POSIX.kind(of: dir.file("link.md")) == .symbolicLink)
        #expect(dir.read("target.md") == text)
        #expect(POSIX.mode(of: dir.file("target.md")) == 0o640)
        symlink(dir.file("created.md"), dir.file("dangling.md"))
        try OutputFile.write(text, to: dir.file("dangling.md"))
        #expect(POSIX.kind(of: dir.file("dangling.md")) == .symbolicLink)
        #expect(dir.read("created.md") == text)
        #expect(POSIX.mode(of: dir.file("created.md")) == 0o600)
    }

    @Test func aFIFOIsStreamedIntoAndStaysAFIFO() throws {
        let fifo = dir.file("pipe")
        #expect(mkfifo(fifo, 0o600) == 0)
        // Held open for reading (without waiting for a writer) so the export can open it.
        let reader = open(fifo, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        #expect(reader >= 0)
        defer { close(reader) }
        try OutputFile.write(text, to: fifo)
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(reader, &buffer, buffer.count)
        #expect(Array(buffer.prefix(max(0, count))) == text)
        #expect(POSIX.kind(of: fifo) == .other)
    }

    @Test func aFolderIsRefused() {
        #expect(throws: POSIX.Failure(operation: "write to", path: dir.path, code: EISDIR)) { try OutputFile.write(text, to: dir.path) }
    }

    @Test func dashAndDevStdoutMeanStandardOutput() {
        #expect(OutputFile.isStandardOutput("-"))
        #expect(OutputFile.isStandardOutput("/dev/stdout"))
        #expect(!OutputFile.isStandardOutput("./-"))
        #expect(!OutputFile.isStandardOutput("/dev/null"))
    }
}
