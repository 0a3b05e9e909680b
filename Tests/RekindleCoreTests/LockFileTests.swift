import Foundation
import Testing
import TestSupport
@testable import RekindleCore

/// Issue 23: only a plain file can keep a second rekindle off a session. Anything else
/// in place of `NAME.lock` refuses the session with one line and is left as it is.
@Suite struct LockFileTests {
    let dir = TemporaryDirectory()

    @Test func aFIFOInPlaceOfTheLockIsRefused() throws {
        let store = try SessionStore(dataDirectory: dir.file("data"))
        let lock = store.sessionsPath + "/default.lock"
        #expect(mkfifo(lock, 0o600) == 0)
        #expect {
            try store.lock("default")
        } throws: { error in
            guard case let .unreadable(name, path, reason) = error as? StoreError else { return false }
            return name == "default" && path == lock && reason.hasPrefix("is a FIFO, not a plain file")
        }
        #expect(POSIX.kind(of: lock) == .other)
        #expect(throws: StoreError.self) { try store.whileLocked("default") {} }
    }

    @Test func aFolderOrALinkInPlaceOfTheLockIsRefused() throws {
        let store = try SessionStore(dataDirectory: dir.file("data"))
        mkdir(store.sessionsPath + "/folder.lock", 0o700)
        dir.write("target", [])
        symlink(dir.file("target"), store.sessionsPath + "/link.lock")
        for (name, what) in [("folder", "a folder"), ("link", "a symbolic link")] {
            #expect(throws: StoreError.unreadable(name: name, path: store.sessionsPath + "/\(name).lock",
                                                  reason: "is \(what), not a plain file, so it cannot keep a second rekindle off the session")) {
                try store.lock(name)
            }
        }
        #expect(POSIX.kind(of: store.sessionsPath + "/link.lock") == .symbolicLink)
    }

    @Test func aPlainLockStillExcludesAndNamesItsHolder() throws {
        let store = try SessionStore(dataDirectory: dir.file("data"))
        let first = try store.lock("default")
        #expect(throws: StoreError.locked(name: "default", pid: getpid())) { try store.lock("default") }
        withExtendedLifetime(first) {}
    }
}
