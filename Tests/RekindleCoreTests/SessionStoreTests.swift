import Foundation
import Testing
import TestSupport
@testable import RekindleCore

@Suite struct SessionStoreTests {
    let dir = TemporaryDirectory()

    func store() throws -> SessionStore { try SessionStore(dataDirectory: dir.file("data")) }

    @Test func savesAndLoadsAndLists() throws {
        let store = try store()
        #expect(try store.load("default") == nil)
        var session = Session(name: "default", guide: sampleGuide, now: noon)
        session.setNote("hello", for: sampleGuide.parts[1], at: noon)
        try store.save(session)
        try store.save(Session(name: "other", guide: sampleGuide, now: noon))
        #expect(try store.load("default") == session)
        #expect(try store.names() == ["default", "other"])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: store.sessionsPath).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    /// A save writes its notes into the file a piece at a time; the file must still
    /// hold exactly the encoded session.
    @Test func savedFileHoldsTheEncodedSession() throws {
        let store = try store()
        var session = Session(name: "long", guide: sampleGuide, now: noon)
        session.setNote(String(repeating: "a \"long\" note\t\u{1} é\n", count: 40_000), for: sampleGuide.parts[1], at: noon)
        try store.save(session)
        #expect(try POSIX.readFile(store.sessionsPath + "/long.json") == SessionCodec.encode(session))
        #expect(try store.load("long") == session)
    }

    @Test func refusesUnsafeNames() throws {
        let store = try store()
        for name in ["", ".hidden", "a/b", "../up", " with space", "tab\there", String(repeating: "x", count: 101)] {
            #expect(throws: StoreError.invalidName(name)) { try store.load(name) }
        }
    }

    @Test(arguments: [
        ([UInt8](), "is empty"),
        (Array("{\"version\": 2, \"sess".utf8), "is not valid JSON"),
        (Array("{\"version\": 9, \"session\": {}}".utf8), "was written by a newer rekindle"),
        ([0x00, 0xFF, 0x13, 0x37], "is not valid JSON"),
    ])
    func unreadableFilesAreReportedAndLeftByteForByte(bytes: [UInt8], reason: String) throws {
        let store = try store()
        let path = store.path(of: "default")
        dir.write("data/sessions/default.json", bytes)
        #expect {
            _ = try store.open("default", guide: .given(sampleGuide), now: noon)
        } throws: { error in
            guard case let .unreadable(name, errorPath, message) = error as? StoreError else { return false }
            return name == "default" && errorPath == path && message.hasPrefix(reason)
        }
        #expect(dir.read("data/sessions/default.json") == bytes)
        let line = StoreError.unreadable(name: "default", path: path, reason: reason).description
        #expect(line.contains("it was left untouched. Fix or move it aside, then run rekindle again."))
    }

    @Test func aFolderOrALinkInPlaceOfTheFileIsNeverReplaced() throws {
        let store = try store()
        try FileManager.default.createDirectory(atPath: store.path(of: "dir"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: store.path(of: "link"), withDestinationPath: dir.file("nowhere"))
        for name in ["dir", "link"] {
            #expect(throws: StoreError.self) { try store.load(name) }
            #expect(throws: StoreError.self) { try store.save(Session(name: name, guide: sampleGuide, now: noon)) }
        }
        #expect(POSIX.kind(of: store.path(of: "link")) == .symbolicLink)
        #expect(POSIX.kind(of: store.path(of: "dir")) == .directory)
    }

    @Test func aSecondHolderOfTheLockIsRefusedWithItsPID() throws {
        let store = try store()
        let first = try store.lock("default")
        #expect(throws: StoreError.locked(name: "default", pid: getpid())) { try store.lock("default") }
        withExtendedLifetime(first) {}
        _ = try store.lock("other")
    }

    @Test func aLockHeldByAnotherProcessIsRefusedAndReleasedWhenItDies() throws {
        let store = try store()
        _ = try store.lock("default")
        let holder = Process()
        // One process that holds the lock itself: the shell takes it, then becomes `sleep`.
        holder.executableURL = URL(fileURLWithPath: "/bin/sh")
        holder.arguments = ["-c", "exec 9>>\"$0\" && flock -n 9 && exec sleep 30", store.sessionsPath + "/default.lock"]
        try holder.run()
        defer { if holder.isRunning { holder.terminate() } }
        var refused = false
        for _ in 0..<200 where !refused {
            do {
                _ = try store.lock("default")
                usleep(10_000)
            } catch {
                refused = true
            }
        }
        #expect(refused)
        kill(holder.processIdentifier, SIGKILL)
        holder.waitUntilExit()
        let lock = try store.lock("default")
        withExtendedLifetime(lock) {}
    }

    @Test func aStaleLockFileFromADeadProcessIsSimplyTaken() throws {
        let store = try store()
        dir.write("data/sessions/default.lock", Array("999999\n".utf8))
        let lock = try store.lock("default")
        #expect(String(decoding: dir.read("data/sessions/default.lock") ?? [], as: UTF8.self) == "\(getpid())\n")
        withExtendedLifetime(lock) {}
    }

    @Test func aReadOnlyFolderGivesAClearErrorAndKeepsTheOldFile() throws {
        let store = try store()
        let session = Session(name: "default", guide: sampleGuide, now: noon)
        try store.save(session)
        let before = dir.read("data/sessions/default.json")
        try ReadOnly.make(store.sessionsPath)
        defer { ReadOnly.undo(store.sessionsPath) }
        var changed = session
        changed.setNote("new words", for: sampleGuide.parts[1], at: noon)
        #expect {
            try store.save(changed)
        } throws: { error in
            guard case let .io(operation, _, reason) = error as? StoreError else { return false }
            return operation == "save session to" && !reason.isEmpty
        }
        #expect(dir.read("data/sessions/default.json") == before)
    }
}

/// Makes a folder unwritable even for root (who ignores permission bits), using the
/// immutable attribute where needed.
enum ReadOnly {
    static func make(_ path: String) throws {
        chmod(path, 0o500)
        if geteuid() == 0 {
            let chattr = try Process.run(URL(fileURLWithPath: "/usr/bin/chattr"), arguments: ["+i", path])
            chattr.waitUntilExit()
        }
        let probe = path + "/.probe"
        if FileManager.default.createFile(atPath: probe, contents: nil) {
            unlink(probe)
            undo(path)
            throw CantMakeReadOnly(path: path)
        }
    }

    static func undo(_ path: String) {
        if geteuid() == 0, let chattr = try? Process.run(URL(fileURLWithPath: "/usr/bin/chattr"), arguments: ["-i", path]) {
            chattr.waitUntilExit()
        }
        chmod(path, 0o700)
    }

    struct CantMakeReadOnly: Error { var path: String }
}

/// umask is per process, so the tests that change it run one at a time.
@Suite(.serialized) struct PermissionTests {
    @Test func foldersAre0700AndFiles0600UnderAnyUmask() throws {
        let dir = TemporaryDirectory()
        let old = umask(0)
        defer { umask(old) }
        let store = try SessionStore(dataDirectory: dir.file("data"))
        try store.save(Session(name: "default", guide: sampleGuide, now: noon))
        let lock = try store.lock("default")
        withExtendedLifetime(lock) {}
        #expect(POSIX.mode(of: dir.file("data")) == 0o700)
        #expect(POSIX.mode(of: store.sessionsPath) == 0o700)
        #expect(POSIX.mode(of: store.path(of: "default")) == 0o600)
        #expect(POSIX.mode(of: store.sessionsPath + "/default.lock") == 0o600)
    }

    @Test func looseSessionFilesAreTightenedWithANotice() throws {
        let dir = TemporaryDirectory()
        let store = try SessionStore(dataDirectory: dir.file("data"))
        try store.save(Session(name: "default", guide: sampleGuide, now: noon))
        chmod(store.path(of: "default"), 0o644)
        let again = try SessionStore(dataDirectory: dir.file("data"))
        #expect(POSIX.mode(of: store.path(of: "default")) == 0o600)
        #expect(again.notices == ["tightened permissions of \(store.path(of: "default")) to 0600 (it was 644)"])
    }

    /// A data folder the person already had keeps its mode (issue 23): they are told,
    /// once, that others can read it.
    @Test func aLooseFolderThePersonHadIsKeptWithANotice() throws {
        let dir = TemporaryDirectory()
        mkdir(dir.file("data"), 0o755)
        chmod(dir.file("data"), 0o755)
        let store = try SessionStore(dataDirectory: dir.file("data"))
        #expect(POSIX.mode(of: dir.file("data")) == 0o755)
        #expect(store.notices.count == 1)
        #expect(store.notices.first?.contains("can be read by other users") == true)
    }
}
