import Foundation
import Testing
import TestSupport
@testable import RekindleCore

/// Issue 26: `rekindle help-now` gives the help section to a person who cannot use the
/// full screen: no terminal at all, a custom guide's own help, and the built-in
/// guide's (saying so) when a custom guide has none or cannot be read.
@Suite struct HelpNowTests {
    let dir = TemporaryDirectory()
    var rekindle: Rekindle { Rekindle(dataDirectory: dir.file("data")) }

    /// Runs the binary as from a script or a cron job: standard input /dev/null,
    /// output into pipes, no TERM.
    func runWithoutTerminal(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Repository.binary)
        process.arguments = arguments
        process.environment = rekindle.environment.filter { $0.key != "TERM" }
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        let (output, errors) = (Pipe(), Pipe())
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Both fit in a pipe's buffer, so reading one after the other cannot block.
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    static let builtInHelp = HelpReport.render(Guide.builtIn.help!)

    @Test func printsTheBuiltInHelpWithNoTerminal() throws {
        let result = try runWithoutTerminal(["help-now"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(result.stdout == Self.builtInHelp)
        for fact in ["Need help now\n", "call 911 (US), 999 (UK), 112 (EU)", "call or text 988", "call 116 123",
                     "call 1-800-799-7233; text START to 88788", "call 0808 2000 247", "findahelpline.com"] {
            #expect(result.stdout.contains(fact), "\(fact)")
        }
    }

    @Test func printsACustomGuidesOwnHelp() throws {
        dir.write("fr.md", Array("""
            # Se relever

            ## Besoin d'aide {#aide .help}
            Vous n'êtes pas seul.

            ### En danger
            - Urgences (FR): appeler le 112
            ### Idées suicidaires
            - 3114 (FR): appeler le 3114\u{1B}[2J

            ## Étape {#etape}
            Texte.

            """.utf8))
        for arguments in [["help-now", "--guide", dir.file("fr.md")], ["--guide", dir.file("fr.md"), "help-now"]] {
            let result = try runWithoutTerminal(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(result.stdout == """
                Besoin d'aide

                Vous n'êtes pas seul.

                En danger
                  - Urgences (FR): appeler le 112

                Idées suicidaires
                  - 3114 (FR): appeler le 3114␛[2J

                """, "\(arguments)")
        }
    }

    @Test func aGuideWithoutHelpGetsTheBuiltInOneAndSaysSo() throws {
        dir.write("plain.md", Array("# Plain\n## S\n- [ ] a\n".utf8))
        let result = try runWithoutTerminal(["help-now", "--guide", dir.file("plain.md")])
        #expect(result.status == 0)
        #expect(result.stdout == "The guide \(dir.file("plain.md")) has no help section; this is the built-in guide's.\n\n" + Self.builtInHelp)
    }

    @Test func aBrokenGuideStillGetsHelp() throws {
        dir.write("broken.md", Array("no title\n".utf8))
        let path = dir.file("broken.md")
        let result = try runWithoutTerminal(["help-now", "--guide", path])
        #expect(result.status == 0)
        #expect(result.stderr == "rekindle: the guide \(path) cannot be read (run 'rekindle guide check \(path)' to see why); this is the built-in guide's help.\n")
        #expect(result.stdout == "\n" + Self.builtInHelp)
    }
}
