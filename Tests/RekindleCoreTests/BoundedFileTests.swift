import Foundation
import Testing
import TestSupport
@testable import RekindleCore

/// Issue 23: `guide check`, `import` and `--guide` read `/dev/zero` until memory ran
/// out. A file named on the command line is read only if it is a plain file of at most
/// `BoundedFile.limit` bytes, checked before anything is read. (The FIFO, which would
/// block the test itself if it regressed, is tried on the binary in `HostileFileTests`.)
@Suite struct BoundedFileTests {
    let dir = TemporaryDirectory()

    func reason(_ path: String) -> String? {
        do {
            _ = try BoundedFile.read(path)
            return nil
        } catch {
            #expect(error.path == path)
            return error.reason
        }
    }

    /// A file of `size` bytes that takes no room on disk.
    func sparse(_ name: String, size: Int) -> String {
        dir.write(name, [])
        #expect(truncate(dir.file(name), off_t(size)) == 0)
        return dir.file(name)
    }

    @Test func aPlainFileOrALinkToOneIsRead() throws {
        dir.write("g.md", Array("# T\n".utf8))
        #expect(try BoundedFile.read(dir.file("g.md")) == Array("# T\n".utf8))
        try FileManager.default.createSymbolicLink(atPath: dir.file("link.md"), withDestinationPath: dir.file("g.md"))
        #expect(try BoundedFile.read(dir.file("link.md")) == Array("# T\n".utf8))
        dir.write("empty.md", [])
        #expect(try BoundedFile.read(dir.file("empty.md")) == [])
        // A file whose size the system does not know ahead (it says 0) is read all the same.
        #expect(try BoundedFile.read("/proc/self/status").count > 100)
    }

    @Test func whatIsNotAPlainFileIsRefusedUnread() throws {
        #expect(reason("/dev/zero") == "is a device, not a plain file")
        #expect(reason(dir.path) == "is a folder, not a plain file")
        #expect(reason(dir.file("missing.md")) == "cannot be read (No such file or directory)")
        try FileManager.default.createSymbolicLink(atPath: dir.file("zero"), withDestinationPath: "/dev/zero")
        #expect(reason(dir.file("zero")) == "is a device, not a plain file")
    }

    @Test func aFileOverTheLimitIsRefusedUnreadAndOneAtTheLimitIsRead() throws {
        #expect(BoundedFile.limit == 64 * 1024 * 1024)
        #expect(reason(sparse("huge.md", size: BoundedFile.limit + 1)) == "is larger than 64 MB (67108865 bytes), the most rekindle reads")
        #expect(reason(sparse("vast.md", size: 1 << 40)) == "is larger than 64 MB (1099511627776 bytes), the most rekindle reads")
        #expect(try BoundedFile.read(sparse("full.md", size: BoundedFile.limit)).count == BoundedFile.limit)
    }

    @Test func aGuideThatIsNotAPlainFileIsOneProblemNamingIt() {
        #expect(throws: GuideError(problems: [GuideProblem(file: "/dev/zero", line: 0, column: 0, message: "the guide is a device, not a plain file")])) {
            try Guide.load(path: "/dev/zero")
        }
    }
}
