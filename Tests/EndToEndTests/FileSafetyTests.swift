import Foundation
import Testing
import TestSupport
@testable import RekindleCore

/// Issue 23, "files harmed that are not Rekindle's" and "hostile files", through the
/// real binary: exports go into the path given (a FIFO, a device or a link is never
/// replaced), folders the person had keep their mode, no HOME means no journal in the
/// current folder, any umask leaves usable private folders, a sealed header cannot ask
/// for minutes of scrypt, and only a plain file can be a lock.
@Suite struct FileSafetyTests {
    let dir = TemporaryDirectory()
    var rekindle: Rekindle { Rekindle(dataDirectory: dir.file("data")) }
    static let passphrase = "long enough passphrase"
    /// The null device's number, makedev(1, 3) (a C macro Swift does not see).
    static let nullDevice: dev_t = 0x103

    /// A session with a note, saved under `data`, and the same as a JSON export in `in.json`.
    @discardableResult
    func seed(data: String? = nil) throws -> Session {
        var session = Session(name: "default", guide: .builtIn, now: Date(timeIntervalSince1970: 1_795_000_000))
        session.setNote("Private words é 中文 😀", for: Guide.builtIn.steps[0], at: Date(timeIntervalSince1970: 1_795_007_200))
        dir.write("in.json", SessionCodec.encode(session))
        if let data { try SessionStore(dataDirectory: data).save(session) }
        return session
    }

    /// Runs the binary through `sh`, in `folder`, under `umask`, with `environment`.
    func shell(_ arguments: [String], in folder: String? = nil, umask: String? = nil,
               environment: [String: String]? = nil, input: String? = nil) throws -> Command.Result {
        let quoted = ([Repository.binary] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        var script = "exec " + quoted.joined(separator: " ")
        if let umask { script = "umask \(umask) && " + script }
        if let folder { script = "cd '\(folder)' && " + script }
        return try Command("/bin/sh", ["-c", script], environment: environment ?? rekindle.environment, input: input).run()
    }

    func fileType(_ path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
    }

    // MARK: export --output

    // The JSON export throughout: it holds no time of its own, so two exports a second
    // apart (across a minute's turn) are the same bytes.
    @Test func exportStreamsIntoAFIFOAndLeavesItAFIFO() throws {
        try seed(data: dir.file("data"))
        let expected = try rekindle.run(["export", "--format", "json"]).stdout
        let fifo = dir.file("pipe")
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = try Command("/bin/cat", [fifo]).start()
        let export = try rekindle.run(["export", "--format", "json", "--output", fifo])
        #expect(export.status == 0, "\(export.stderr)")
        guard let read = reader.wait(seconds: 10) else {
            kill(reader.pid, SIGKILL)
            _ = reader.wait()
            Issue.record("nothing was written into the FIFO; it is now \(String(describing: fileType(fifo)))")
            return
        }
        #expect(read.stdout == expected)
        #expect(fileType(fifo) == S_IFIFO)
    }

    @Test func exportWritesThroughALinkAndLeavesTheLink() throws {
        try seed(data: dir.file("data"))
        let expected = try rekindle.run(["export", "--format", "json"]).stdout
        mkdir(dir.file("mine"), 0o755)
        dir.write("mine/notes.json", Array(String(repeating: "older and longer text ", count: 5000).utf8))
        chmod(dir.file("mine/notes.json"), 0o640)
        symlink(dir.file("mine/notes.json"), dir.file("link.json"))
        let export = try rekindle.run(["export", "--format", "json", "--output", dir.file("link.json")])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(fileType(dir.file("link.json")) == S_IFLNK)
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: dir.file("link.json"))) == dir.file("mine/notes.json"))
        #expect(dir.read("mine/notes.json") == Array(expected.utf8))
        #expect(POSIX.mode(of: dir.file("mine/notes.json")) == 0o640)
    }

    @Test func exportIntoADeviceLeavesTheDevice() throws {
        try seed(data: dir.file("data"))
        // A null device of the test's own (root only), else a FIFO held open for reading.
        let device = dir.file("null")
        let isDevice = mknod(device, S_IFCHR | 0o666, Self.nullDevice) == 0
        var reader: Int32 = -1
        if !isDevice {
            #expect(mkfifo(device, 0o600) == 0)
            reader = open(device, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        }
        defer { if reader >= 0 { close(reader) } }
        let export = try rekindle.run(["export", "--output", device])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(fileType(device) == (isDevice ? S_IFCHR : S_IFIFO))
    }

    @Test func dashAndDevStdoutAreStandardOutputEvenForAnEncryptedSession() throws {
        try seed(data: dir.file("data"))
        let expected = try rekindle.run(["export", "--format", "json"]).stdout
        mkdir(dir.file("cwd"), 0o700)
        let dash = try shell(["export", "--format", "json", "--output", "-"], in: dir.file("cwd"))
        #expect(dash.status == 0, "\(dash.stderr)")
        #expect(dash.stdout == expected)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.file("cwd")).isEmpty)
        #expect(try rekindle.run(["encrypt"], input: Self.passphrase + "\n").status == 0)
        let sealed = try shell(["export", "--format", "json", "--output", "-"], in: dir.file("cwd"), input: Self.passphrase + "\n")
        #expect(sealed.status == 0, "\(sealed.stderr)")
        #expect(sealed.stdout == expected)
        // /dev itself is only ever written to by a binary that got the rest right: as
        // root, the old code renamed its temporary file over /dev/stdout.
        try #require(dash.status == 0 && sealed.status == 0 && dash.stdout == expected)
        let devStdout = try rekindle.run(["export", "--format", "json", "--output", "/dev/stdout"], input: Self.passphrase + "\n")
        #expect(devStdout.status == 0, "\(devStdout.stderr)")
        #expect(devStdout.stdout == expected)
        #expect(fileType("/dev/stdout") == S_IFLNK)
    }

    @Test func exportToDevNullLeavesTheNullDevice() throws {
        try seed(data: dir.file("data"))
        // Only once the same export into a device of the test's own kept it a device.
        let own = dir.file("null")
        try #require(mknod(own, S_IFCHR | 0o666, Self.nullDevice) == 0, "needs root to make a device node")
        #expect(try rekindle.run(["export", "--output", own]).status == 0)
        try #require(fileType(own) == S_IFCHR)
        let export = try rekindle.run(["export", "--output", "/dev/null"])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(fileType("/dev/null") == S_IFCHR)
    }

    // MARK: the person's data folder

    enum Chosen: String, CaseIterable { case flag, environment }

    @Test(arguments: [0o1777, 0o755, 0o2775] as [mode_t], Chosen.allCases)
    func aFolderThePersonHadKeepsItsModeThroughListAndASave(mode: mode_t, chosen: Chosen) throws {
        try seed()
        let folder = dir.file("shared")
        mkdir(folder, 0o700)
        chmod(folder, mode)
        let run: ([String]) throws -> Command.Result = { arguments in
            switch chosen {
            case .flag: try rekindle.run(arguments + ["--data-dir", folder])
            case .environment: try Rekindle(dataDirectory: folder).run(arguments)
            }
        }
        let list = try run(["list"])
        #expect(list.status == 0)
        #expect(list.stderr == "rekindle: note: \(folder) can be read by other users; rekindle leaves it as it is, and only you can open your sessions' files\n")
        #expect(POSIX.mode(of: folder) == mode)
        let saved = try run(["import", dir.file("in.json")])
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(POSIX.mode(of: folder) == mode)
        #expect(POSIX.mode(of: folder + "/sessions") == 0o700)
        #expect(POSIX.mode(of: folder + "/sessions/default.json") == 0o600)
        #expect(try run(["list"]).stdout.contains("default"))
    }

    @Test func aPrivateFolderGivesNoWarningAndALinkedOneIsNotChmoddedThroughTheLink() throws {
        try seed()
        mkdir(dir.file("private"), 0o700)
        chmod(dir.file("private"), 0o700)
        #expect(try rekindle.run(["list", "--data-dir", dir.file("private")]).stderr.isEmpty)
        mkdir(dir.file("real"), 0o755)
        chmod(dir.file("real"), 0o755)
        symlink(dir.file("real"), dir.file("linked"))
        mkdir(dir.file("elsewhere"), 0o755)
        chmod(dir.file("elsewhere"), 0o755)
        symlink(dir.file("elsewhere"), dir.file("real/sessions"))
        let linked = Rekindle(dataDirectory: dir.file("linked"))
        #expect(try linked.run(["list"]).status == 0)
        #expect(try linked.run(["import", dir.file("in.json")]).status == 0)
        #expect(POSIX.mode(of: dir.file("real")) == 0o755)
        #expect(POSIX.mode(of: dir.file("elsewhere")) == 0o755)
        #expect(fileType(dir.file("linked")) == S_IFLNK)
        #expect(fileType(dir.file("real/sessions")) == S_IFLNK)
    }

    @Test func withoutHomeNothingIsMadeInTheCurrentFolder() throws {
        try seed()
        mkdir(dir.file("cwd"), 0o755)
        var environment = rekindle.environment
        for name in ["HOME", "XDG_DATA_HOME", "REKINDLE_DATA_DIR"] { environment[name] = nil }
        for home: String? in [nil, "", "."] {
            environment["HOME"] = home
            for command in [["list"], ["review"], ["import", dir.file("in.json")]] {
                let result = try shell(command, in: dir.file("cwd"), environment: environment)
                #expect(result.status == 64, "\(command) \(String(describing: home))")
                #expect(result.stderr.hasPrefix("rekindle: "))
                #expect(result.stderr.hasSuffix("give one with --data-dir DIR or REKINDLE_DATA_DIR=DIR\n"))
                #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.file("cwd")).isEmpty)
        environment["HOME"] = nil
        let given = try shell(["list", "--data-dir", dir.file("given")], in: dir.file("cwd"), environment: environment)
        #expect(given.status == 0)
        #expect(POSIX.kind(of: dir.file("given/sessions")) == .directory)
    }

    @Test(arguments: ["0277", "0377", "0777"])
    func anyUmaskLeavesPrivateUsableFolders(umask: String) throws {
        let session = try seed()
        let data = dir.file("new/data")
        var environment = rekindle.environment
        environment["REKINDLE_DATA_DIR"] = data
        let list = try shell(["list"], umask: umask, environment: environment)
        #expect(list.status == 0, "\(list.stderr)")
        for folder in ["new", "new/data", "new/data/sessions"] { #expect(POSIX.mode(of: dir.file(folder)) == 0o700, "\(folder)") }
        let saved = try shell(["import", dir.file("in.json")], umask: umask, environment: environment)
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(POSIX.mode(of: data + "/sessions/default.json") == 0o600)
        #expect(POSIX.mode(of: data + "/sessions/default.lock") == 0o600)
        #expect(try SessionStore(dataDirectory: data).load("default") == session)
    }

    // MARK: hostile files

    @Test func aSealedHeaderAskingForHugeScryptIsRefusedAtOnceNamingTheFile() throws {
        let store = try SessionStore(dataDirectory: dir.file("data"))
        // Accepted by the old bounds (N up to 2^20, r up to 32, p up to 16): 64 MB, and
        // 32 times the standard work; the new ones stop at twice the standard.
        let salt = Data(repeating: 7, count: 32).base64EncodedString()
        let bytes = Array("REKINDLE-SEALED 1\n{\"cipher\":\"ChaChaPoly\",\"kdf\":\"scrypt\",\"n\":65536,\"p\":16,\"r\":8,\"salt\":\"\(salt)\"}\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n".utf8)
        dir.write("data/sessions/default.json", bytes)
        chmod(store.path(of: "default"), 0o600)
        for command in [["review"], ["export"], ["decrypt"], ["reset", "--yes"]] {
            let started = Date()
            let running = try Command(Repository.binary, command, environment: rekindle.environment, input: Self.passphrase + "\n").start()
            guard let result = running.wait(seconds: 3) else {
                kill(running.pid, SIGKILL)
                _ = running.wait()
                Issue.record("\(command) still deriving a key after 3 s")
                continue
            }
            #expect(Date().timeIntervalSince(started) < 3)
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr.hasPrefix("rekindle: cannot open session 'default': \(store.path(of: "default")) asks for more scrypt work"), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
            #expect(!result.stderr.contains("Passphrase"), "\(command): asked for a passphrase first")
        }
        #expect(dir.read("data/sessions/default.json") == bytes)
    }

    @Test func aFIFOInPlaceOfTheLockRefusesTheSession() throws {
        try seed(data: dir.file("data"))
        let lock = dir.file("data/sessions/default.lock")
        #expect(mkfifo(lock, 0o600) == 0)
        let before = dir.read("data/sessions/default.json")
        let refusal = "rekindle: cannot open session 'default': \(lock) is a FIFO, not a plain file, so it cannot keep a second rekindle off the session; it was left untouched. Fix or move it aside, then run rekindle again.\n"
        // Every command that takes the lock (review only reads).
        for command in [["reset", "--yes"], ["import", dir.file("in.json"), "--force"], ["encrypt"]] {
            let running = try Command(Repository.binary, command, environment: rekindle.environment, input: Self.passphrase + "\n").start()
            guard let result = running.wait(seconds: 10) else {
                kill(running.pid, SIGKILL)
                _ = running.wait()
                Issue.record("\(command) hung on the FIFO")
                continue
            }
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr == refusal, "\(command)")
        }
        let errors = dir.file("coach-stderr.txt")
        let tmux = try TmuxSession(command: "\(Repository.binary) 2> \(errors)", environment: rekindle.terminalEnvironment)
        #expect(try tmux.waitForExit() == 1)
        #expect((try? String(contentsOfFile: errors, encoding: .utf8)) == refusal)
        #expect(fileType(lock) == S_IFIFO)
        #expect(dir.read("data/sessions/default.json") == before)
    }
}
