import Foundation
import Testing
import TestSupport
@testable import RekindleCore

/// Issue 23: a data folder the person already had is theirs. It is used as it is (one
/// warning if others can read it), never chmodded, and never through a link; without a
/// HOME there is no default folder at all.
@Suite struct DataDirectoryTests {
    let dir = TemporaryDirectory()

    @Test func withoutAnAbsoluteHomeThereIsNoDefaultFolder() throws {
        for home: String? in [nil, "", ".", "relative/home"] {
            var environment: [String: String] = [:]
            environment["HOME"] = home
            #expect(throws: DataDirectory.Unknown(home: home)) { try DataDirectory.resolve(explicit: nil, environment: environment) }
            let line = DataDirectory.Unknown(home: home).description
            #expect(line.contains("--data-dir DIR or REKINDLE_DATA_DIR"))
            #expect(!line.contains("\n"))
        }
        #expect(try DataDirectory.resolve(explicit: nil, environment: ["HOME": "/home/x"]) == "/home/x/.local/share/rekindle")
        #expect(try DataDirectory.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "/data"]) == "/data/rekindle")
        #expect(try DataDirectory.resolve(explicit: nil, environment: ["REKINDLE_DATA_DIR": "mine"]) == "mine")
        #expect(try DataDirectory.resolve(explicit: "flag", environment: [:]) == "flag")
    }

    @Test(arguments: [0o1777, 0o755, 0o2775, 0o711] as [mode_t])
    func anExistingFolderKeepsItsModeThroughASave(mode: mode_t) throws {
        let data = dir.file("data")
        mkdir(data, 0o700)
        chmod(data, mode)
        let store = try SessionStore(dataDirectory: data)
        try store.save(Session(name: "default", guide: sampleGuide, now: noon))
        _ = try SessionStore(dataDirectory: data).load("default")
        #expect(POSIX.mode(of: data) == mode)
        #expect(POSIX.mode(of: store.sessionsPath) == 0o700)
        let warning = "note: \(data) can be read by other users; rekindle leaves it as it is, and only you can open your sessions' files"
        #expect(store.notices == (mode & 0o044 != 0 ? [warning] : []))
    }

    @Test func aPrivateExistingFolderGivesNoWarning() throws {
        mkdir(dir.file("data"), 0o700)
        chmod(dir.file("data"), 0o700)
        #expect(try SessionStore(dataDirectory: dir.file("data")).notices.isEmpty)
    }

    @Test func nothingIsChmoddedThroughALink() throws {
        mkdir(dir.file("real"), 0o755)
        chmod(dir.file("real"), 0o755)
        symlink(dir.file("real"), dir.file("data"))
        mkdir(dir.file("elsewhere"), 0o755)
        chmod(dir.file("elsewhere"), 0o755)
        symlink(dir.file("elsewhere"), dir.file("real/sessions"))
        let store = try SessionStore(dataDirectory: dir.file("data"))
        try store.save(Session(name: "default", guide: sampleGuide, now: noon))
        #expect(POSIX.mode(of: dir.file("real")) == 0o755)
        #expect(POSIX.mode(of: dir.file("elsewhere")) == 0o755)
        #expect(POSIX.kind(of: dir.file("data")) == .symbolicLink)
        #expect(POSIX.kind(of: dir.file("real/sessions")) == .symbolicLink)
        #expect(store.notices.count == 2)
    }

    /// Rekindle's own sessions folder is still made private, with a notice.
    @Test func itsOwnSessionsFolderIsTightened() throws {
        mkdir(dir.file("data"), 0o700)
        mkdir(dir.file("data/sessions"), 0o755)
        chmod(dir.file("data/sessions"), 0o755)
        let store = try SessionStore(dataDirectory: dir.file("data"))
        #expect(POSIX.mode(of: store.sessionsPath) == 0o700)
        #expect(store.notices == ["tightened permissions of \(store.sessionsPath) to 0700 (it was 755)"])
    }

    /// Each folder it creates, parents included, is 0700 whatever the umask (set with
    /// chmod here, not left to mkdir, so the umask of the test process is not touched).
    @Test func foldersItCreatesAre0700() throws {
        let data = dir.file("new/deeper/data")
        #expect(try POSIX.makeDirectory(data, mode: 0o700))
        for folder in ["new", "new/deeper", "new/deeper/data"] { #expect(POSIX.mode(of: dir.file(folder)) == 0o700) }
        #expect(try !POSIX.makeDirectory(data, mode: 0o700))
    }
}
