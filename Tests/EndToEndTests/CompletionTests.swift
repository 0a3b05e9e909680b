import Foundation
import Testing
import TestSupport
@testable import RekindleCore

/// Issue 28: the bash completion the binary generates (and `make install` installs)
/// offers session names from the data folder, guide files and the default command's
/// options, as bash itself runs it. zsh and fish were checked by hand (README).
@Suite struct CompletionTests {
    let dir = TemporaryDirectory()
    var rekindle: Rekindle { Rekindle(dataDirectory: dir.file("data")) }

    init() throws {
        for name in ["spring", "summer", "autumn"] {
            let store = try SessionStore(dataDirectory: dir.file("data"))
            try store.save(Session(name: name, guide: .builtIn, now: Date()))
        }
        try FileManager.default.createDirectory(atPath: dir.file("guides"), withIntermediateDirectories: true)
        for file in ["mine.md", "theirs.md", "notes.txt"] { dir.write("guides/\(file)", []) }
        let script = try rekindle.run(["--generate-completion-script", "bash"])
        #expect(script.status == 0)
        dir.write("rekindle.bash", Array(script.stdout.utf8))
        // Fills COMP_WORDS as bash does for a line typed up to its end, then runs the
        // completion function and prints what it offers.
        dir.write("complete.bash", Array("""
            source "$1"; shift
            COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
            read -ra COMP_WORDS <<< "$COMP_LINE"
            [[ "$COMP_LINE" == *" " ]] && COMP_WORDS+=("")
            COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
            _rekindle rekindle "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"

            """.utf8))
    }

    /// What bash offers for a line, in the guides folder, with the binary first on PATH.
    func offered(_ line: String, environment extra: [String: String] = [:]) throws -> [String] {
        var environment = rekindle.environment
        let binaryFolder = URL(fileURLWithPath: Repository.binary).deletingLastPathComponent().path
        environment["PATH"] = binaryFolder + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment.merge(extra) { $1 }
        let command = "cd \(dir.file("guides")) && exec bash \(dir.file("complete.bash")) \(dir.file("rekindle.bash")) \"$0\""
        let result = try Command("/bin/bash", ["-c", command, line], environment: environment).run()
        #expect(result.status == 0, "\(line): \(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init).sorted()
    }

    @Test func sessionNamesAreOffered() throws {
        #expect(URL(fileURLWithPath: Repository.binary).lastPathComponent == "rekindle")
        let sessions = ["autumn", "spring", "summer"]
        for line in ["rekindle review ", "rekindle export ", "rekindle reset ", "rekindle encrypt ", "rekindle decrypt ",
                     "rekindle --session ", "rekindle open --session ", "rekindle import x.json --as "] {
            #expect(try offered(line) == sessions, "\(line)")
        }
        #expect(try offered("rekindle review s") == ["spring", "summer"])
        #expect(try offered("rekindle --session au") == ["autumn"])
    }

    @Test func theDataFolderOnTheLineIsTheOneRead() throws {
        let other = Rekindle(dataDirectory: dir.file("other"))
        let store = try SessionStore(dataDirectory: other.dataDirectory)
        try store.save(Session(name: "winter", guide: .builtIn, now: Date()))
        #expect(try offered("rekindle --data-dir \(other.dataDirectory) review ") == ["winter"])
        #expect(try offered("rekindle review --data-dir=\(other.dataDirectory) ") == ["winter"])
        // A folder that does not exist offers nothing, and is not made.
        #expect(try offered("rekindle --data-dir \(dir.file("none")) review ") == [])
        #expect(!FileManager.default.fileExists(atPath: dir.file("none")))
    }

    @Test func guideFilesAreOffered() throws {
        #expect(try offered("rekindle --guide ") == ["mine.md", "theirs.md"])
        #expect(try offered("rekindle guide check ") == ["mine.md", "theirs.md"])
        #expect(try offered("rekindle list --guide m") == ["mine.md"])
    }

    @Test func commandsAndOptionsAreOffered() throws {
        let top = try offered("rekindle ")
        for word in ["review", "list", "help-now", "--session", "--guide", "--data-dir", "--version"] {
            #expect(top.contains(word), "\(word) in \(top)")
        }
        #expect(try offered("rekindle --theme ") == ["dark", "high-contrast", "light"])
        #expect(try offered("rekindle export --format ") == ["html", "json", "letter", "letter-html", "markdown"])
    }
}
