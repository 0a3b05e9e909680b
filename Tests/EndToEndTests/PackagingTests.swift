import Foundation
import Testing
import TestSupport
@testable import RekindleCore

/// Issue 28: Rekindle installs like other terminal tools. The man page cannot go stale
/// and renders cleanly; `make install` puts every file in its place without asking for
/// test tools, and `make uninstall` takes them all away; `make dist` packs the release
/// and the binary runs on the glibc the README promises.
@Suite struct PackagingTests {
    let dir = TemporaryDirectory()

    /// The files `make install` puts under PREFIX, with their modes.
    static let installed: [(String, Int)] = [
        ("bin/rekindle", 0o755), ("share/man/man1/rekindle.1", 0o644), ("share/bash-completion/completions/rekindle", 0o644),
        ("share/zsh/site-functions/_rekindle", 0o644), ("share/fish/vendor_completions.d/rekindle.fish", 0o644),
    ]

    /// The oldest glibc the release binary may need (README, "Installing").
    static let glibcFloor = [2, 34]

    func make(_ arguments: [String]) throws -> Command.Result {
        try Command("/usr/bin/env", ["make", "-C", Repository.root, "--no-print-directory"] + arguments).run()
    }

    func completion(_ shell: String) throws -> String {
        try Command(Repository.binary, ["--generate-completion-script", shell]).run().stdout
    }

    /// The release binary `make test` drives (stripped), rather than a debug build.
    var isReleaseBinary: Bool { Repository.binary.hasSuffix("/.build/rekindle") }

    // MARK: - The man page

    @Test func theCommittedManPageIsWhatTheCommandsDescribe() throws {
        let generated = try Command("/usr/bin/env", ["python3", Repository.root + "/Packaging/manpage.py", Repository.binary]).run()
        #expect(generated.status == 0, "\(generated.stderr)")
        let committed = try String(contentsOfFile: Repository.root + "/rekindle.1", encoding: .utf8)
        #expect(generated.stdout == committed, "rekindle.1 is stale: run make man and commit it")
        for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "KEYS", "ENVIRONMENT", "FILES", "EXIT STATUS",
                        "EXAMPLES", "SEE ALSO"] {
            #expect(committed.contains("\n.SH \(section)\n"), "no \(section) section")
        }
        let isASCII = committed.unicodeScalars.allSatisfy { $0.isASCII }
        #expect(isASCII)
        #expect(committed.contains("rekindle \(Version.current)"))
    }

    @Test func theManPageRendersWithoutWarnings() throws {
        let page = Repository.root + "/rekindle.1"
        let groff = try Command("/usr/bin/env", ["groff", "-ww", "-z", "-man", "-Tutf8", page]).run()
        #expect(groff.status == 0 && groff.stderr.isEmpty, "\(groff.stderr)")
        var environment = ProcessInfo.processInfo.environment
        environment["MANWIDTH"] = "80"
        environment["LC_ALL"] = "C.UTF-8"
        let man = try Command("/usr/bin/env", ["man", "--warnings", "-l", page], environment: environment).run()
        #expect(man.status == 0 && man.stderr.isEmpty, "\(man.stderr)")
        #expect(man.stdout.contains("rekindle --session NAME") || man.stdout.contains("[--session NAME]"))
        #expect(man.stdout.contains("EXIT STATUS") && man.stdout.contains("REKINDLE_DATA_DIR"))
    }

    // MARK: - make install, make uninstall

    @Test func installPutsEveryFileInItsPlaceAndUninstallTakesThemAway() throws {
        let root = dir.file("root")
        let variables = ["PREFIX=/usr", "DESTDIR=\(root)", "RELEASE_BINARY=\(Repository.binary)"]
        let install = try make(["install-built"] + variables)
        #expect(install.status == 0, "\(install.stdout)\(install.stderr)")
        for (path, mode) in Self.installed {
            let attributes = try FileManager.default.attributesOfItem(atPath: "\(root)/usr/\(path)")
            #expect((attributes[.posixPermissions] as? Int) == mode, "\(path)")
        }
        #expect(FileManager.default.contents(atPath: "\(root)/usr/bin/rekindle") == FileManager.default.contents(atPath: Repository.binary))
        #expect(FileManager.default.contents(atPath: "\(root)/usr/share/man/man1/rekindle.1")
            == FileManager.default.contents(atPath: Repository.root + "/rekindle.1"))
        for (shell, path) in [("bash", "bash-completion/completions/rekindle"), ("zsh", "zsh/site-functions/_rekindle"),
                              ("fish", "fish/vendor_completions.d/rekindle.fish")] {
            let text = try String(contentsOfFile: "\(root)/usr/share/\(path)", encoding: .utf8)
            #expect(text == (try completion(shell)), "\(path)")
            #expect(text.contains("---completion"), "\(path) does not ask rekindle for session names")
        }
        let version = try Command("\(root)/usr/bin/rekindle", ["--version"]).run()
        #expect(version.stdout == Version.current + "\n")
        if isReleaseBinary {
            let sections = try Command("/usr/bin/env", ["readelf", "-S", "--wide", "\(root)/usr/bin/rekindle"]).run()
            #expect(sections.status == 0 && !sections.stdout.contains(".symtab"), "the installed binary is not stripped")
        }

        let uninstall = try make(["uninstall"] + variables)
        #expect(uninstall.status == 0, "\(uninstall.stderr)")
        for (path, _) in Self.installed {
            #expect(!FileManager.default.fileExists(atPath: "\(root)/usr/\(path)"), "\(path) is still there")
        }
        let left = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String }
            .filter { !((try? FileManager.default.attributesOfItem(atPath: "\(root)/\($0)")[.type] as? FileAttributeType) == .typeDirectory) }
        #expect(left == [], "left behind: \(left ?? [])")
    }

    /// `make install` asks only for what building needs; `make test` adds its tools.
    @Test func installNeverAsksForTestTools() throws {
        let install = try make(["-n", "install", "DESTDIR=\(dir.file("root"))"])
        #expect(install.status == 0, "\(install.stderr)")
        #expect(install.stdout.contains("libncurses-dev"))
        for tool in ["tmux", "groff", "man-db", "python3"] {
            #expect(!install.stdout.contains(tool), "make install would install \(tool)")
        }
        let test = try make(["-n", "test"])
        #expect(test.stdout.contains("tmux") && test.stdout.contains("groff-base"))
    }

    // MARK: - make dist, and the glibc it needs

    @Test func distPacksTheReleaseAndSaysWhichGlibcItNeeds() throws {
        let made = try make(["dist-built", "DIST_DIR=\(dir.path)", "RELEASE_BINARY=\(Repository.binary)"])
        #expect(made.status == 0, "\(made.stdout)\(made.stderr)")
        var architecture = utsname()
        uname(&architecture)
        let machine = withUnsafeBytes(of: architecture.machine) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let name = "rekindle-\(Version.current)-linux-\(machine)"
        let listing = try Command("/usr/bin/env", ["tar", "-tzf", dir.file("\(name).tar.gz")]).run()
        #expect(listing.status == 0, "\(listing.stderr)")
        let files = Set(listing.stdout.split(separator: "\n").map(String.init))
        for file in ["rekindle", "rekindle.1", "README.md", "LICENSE", "CHANGELOG.md", "docs/sealed-format.md",
                     "completions/rekindle.bash", "completions/_rekindle", "completions/rekindle.fish"] {
            #expect(files.contains("\(name)/\(file)"), "\(file) is not in the tarball: \(files.sorted())")
        }
        let floor = try glibcFloor()
        #expect(made.stdout.contains("runs on glibc \(floor.map(String.init).joined(separator: ".")) or newer"), "\(made.stdout)")
    }

    /// The highest GLIBC_ version the binary needs, read from its symbol versions.
    func glibcFloor() throws -> [Int] {
        let result = try Command("/bin/sh", [Repository.root + "/Packaging/glibc-floor.sh", Repository.binary]).run()
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").compactMap { Int($0) }
    }

    @Test func theBinaryRunsOnTheGlibcTheReadmePromises() throws {
        let floor = try glibcFloor()
        #expect(!floor.isEmpty)
        #expect(!Self.glibcFloor.lexicographicallyPrecedes(floor), "the binary needs glibc \(floor), newer than \(Self.glibcFloor)")
        // Packed relative relocations (GLIBC_ABI_DT_RELR) would need glibc 2.36 whatever the symbols.
        let needs = try Command("/usr/bin/env", ["readelf", "--version-info", "--wide", Repository.binary]).run()
        #expect(needs.status == 0 && needs.stdout.contains("GLIBC_2."))
        #expect(!needs.stdout.contains("GLIBC_ABI_DT_RELR"))
        let readme = try String(contentsOfFile: Repository.root + "/README.md", encoding: .utf8)
        #expect(readme.contains("glibc \(Self.glibcFloor.map(String.init).joined(separator: "."))"))
    }
}
