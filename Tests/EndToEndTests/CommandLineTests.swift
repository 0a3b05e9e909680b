import Foundation
import Testing
import TestSupport
@testable import RekindleCore

@Suite struct CommandLineTests {
    let dir = TemporaryDirectory()
    var rekindle: Rekindle { Rekindle(dataDirectory: dir.file("data")) }

    /// A session with one check and one note, saved where the binary will find it.
    func seed(_ name: String = "default") throws -> Session {
        let store = try SessionStore(dataDirectory: dir.file("data"))
        let guide = Guide.builtIn
        var session = Session(name: name, guide: guide, now: Date(timeIntervalSince1970: 1_795_000_000))
        let step = guide.steps[0]
        session.setChecked(true, item: step.checklist[0], in: step, at: Date(timeIntervalSince1970: 1_795_003_600))
        session.setNote("Private words é 中文 😀", for: step, at: Date(timeIntervalSince1970: 1_795_007_200))
        try store.save(session)
        return session
    }

    /// How `review` and `list` say a time: relative to now, in the tests' zone (UTC).
    func said(_ date: Date) -> String { RelativeTime.text(date, now: Date(), zone: .fixed(0)) }

    @Test func listShowsProgressAndDates() throws {
        let session = try seed()
        let result = try rekindle.run(["list"])
        #expect(result.status == 0)
        let started = said(session.startedAt), used = said(session.lastUsedAt)
        let width = max("STARTED".count, started.count)
        #expect(result.stdout == """
            SESSION  ACTIONS  STEPS  \("STARTED".padding(toLength: width, withPad: " ", startingAt: 0))  LAST USED
            default  1/41     0/10   \(started.padding(toLength: width, withPad: " ", startingAt: 0))  \(used)

            """)
    }

    @Test func reviewPrintsCheckedItemsWithDatesAndNotes() throws {
        _ = try seed()
        let result = try rekindle.run(["review"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Progress: 1 of 41 actions checked, 0 of 10 steps completed"))
        #expect(result.stdout.contains("Step 1: Reflecting on the Relationship (1 of 4 done)"))
        #expect(result.stdout.contains("  [x] Write down three things that first drew you to each other (checked \(said(Date(timeIntervalSince1970: 1_795_003_600))))"))
        #expect(result.stdout.contains("    Private words é 中文 😀"))
    }

    @Test func jsonExportImportsBackToAnIdenticalSession() throws {
        let original = try seed()
        let export = dir.file("out.json")
        #expect(try rekindle.run(["export", "--format", "json", "--output", export]).status == 0)
        let imported = try rekindle.run(["import", export, "--as", "copy"])
        #expect(imported.status == 0, "\(imported.stderr)")
        var copy = try #require(try SessionStore(dataDirectory: dir.file("data")).load("copy"))
        copy.name = original.name
        #expect(copy == original)
        let again = try rekindle.run(["import", export, "--as", "copy"])
        #expect(again.status == 1)
        #expect(again.stderr == "rekindle: a session named 'copy' already exists; use --force to replace it or --as to pick another name\n")
        #expect(try rekindle.run(["import", export, "--as", "copy", "--force"]).status == 0)
        #expect(POSIX.mode(of: export) == 0o600)
    }

    @Test func markdownExportGoesToStdout() throws {
        _ = try seed()
        let result = try rekindle.run(["export"])
        #expect(result.stdout.hasPrefix("---\ntitle: \"How to Get Back Together with Your Ex\"\nsession: \"default\"\n"))
        #expect(result.stdout.contains("\n# How to Get Back Together with Your Ex\n"))
        #expect(result.stdout.contains("- ✓ Write down three things that first drew you to each other (checked 2026-11-18 12:06 +0000)"))
        #expect(result.stdout.contains("- ○ List what worked well between you and what repeatedly went wrong"))
        #expect(result.stdout.contains("\n> Private words é 中文 😀\n"))
    }

    @Test func resetAsksFirstUnlessToldYes() throws {
        _ = try seed()
        let declined = try rekindle.run(["reset"], input: "n\n")
        #expect(declined.status == 1)
        #expect(declined.stderr.contains("Erase all checks and notes in session 'default'? This cannot be undone. [y/N] "))
        #expect(try rekindle.run(["review"]).stdout.contains("1 of 41 actions checked"))
        let confirmed = try rekindle.run(["reset", "--step", "1"], input: "y\n")
        #expect(confirmed.status == 0)
        #expect(try rekindle.run(["review"]).stdout.contains("0 of 41 actions checked"))
        #expect(try rekindle.run(["reset", "--yes"]).status == 0)
        #expect(try rekindle.run(["reset", "--yes", "--step", "99"]).status == 64)
    }

    @Test func usageErrorsExit64AndFailuresExit1WithOneLine() throws {
        #expect(try rekindle.run(["export", "--format", "pdf"]).status == 64)
        #expect(try rekindle.run(["no-such-command"]).status == 64)
        let missing = try rekindle.run(["review", "nobody"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "rekindle: no session named 'nobody'. Run 'rekindle list' to see the sessions.\n")
        #expect(try rekindle.run(["review", "../etc"]).status == 1)
    }

    @Test func anUnreadableSessionIsNamedAndLeftAlone() throws {
        _ = try SessionStore(dataDirectory: dir.file("data"))
        let bytes = Array("{\"version\": 2, \"session\": {\"name\": 1".utf8)
        dir.write("data/sessions/default.json", bytes)
        chmod(dir.file("data/sessions/default.json"), 0o600)
        for command in [["review"], ["reset", "--yes"], ["export"]] {
            let result = try rekindle.run(command)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("rekindle: cannot open session 'default': "))
            #expect(result.stderr.hasSuffix("it was left untouched. Fix or move it aside, then run rekindle again.\n"))
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
        #expect(dir.read("data/sessions/default.json") == bytes)
    }

    @Test func guideCommandsShowAndCheck() throws {
        let shown = try rekindle.run(["guide", "show"])
        #expect(shown.stdout == String(decoding: Guide.builtInSource, as: UTF8.self))
        dir.write("bad.md", Array("# T\n## S\nText.\n- [x] a\n".utf8))
        let bad = try rekindle.run(["guide", "check", dir.file("bad.md")])
        #expect(bad.status == 1)
        #expect(bad.stderr == "\(dir.file("bad.md")):4:1: checklist items in a guide start unchecked: write '- [ ] text'\n")
        let review = try rekindle.run(["review", "--guide", dir.file("bad.md")])
        #expect(review.status == 1)
        dir.write("good.md", Array("# T\n## S\n- [ ] a\n".utf8))
        #expect(try rekindle.run(["guide", "check", dir.file("good.md")]).stdout.hasSuffix("OK: 'T', 1 step, 1 action\n"))
        dir.write("helped.md", Array("# T\n## Help {.help}\n### G\n- S (UK): call 1\n## S\n- [ ] a\n".utf8))
        #expect(try rekindle.run(["guide", "check", dir.file("helped.md")]).stdout.hasSuffix("OK: 'T', 1 step, 1 action, help with 1 group\n"))
        dir.write("unhelpful.md", Array("# T\n## Help {.help}\n### G\n## S\n- [ ] a\n".utf8))
        let unhelpful = try rekindle.run(["guide", "check", dir.file("unhelpful.md")])
        #expect(unhelpful.status == 1)
        #expect(unhelpful.stderr == "\(dir.file("unhelpful.md")):3:1: group 'G' has no services: add one as '- Name (region): how to reach'\n")
    }

    @Test func versionHelpAndCompletions() throws {
        #expect(try rekindle.run(["--version"]).stdout == Version.current + "\n")
        for command in [[], ["list"], ["review"], ["trend"], ["export"], ["import"], ["reset"], ["guide"], ["guide", "check"], ["help-now"]] {
            let help = try rekindle.run(command + ["--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("USAGE:"))
        }
        #expect(try rekindle.run(["--generate-completion-script", "bash"]).stdout.contains("_rekindle"))
    }

    /// Issue 23: `rekindle --guide FILE list`, as the README shows: the options every
    /// command takes may come before the command's name.
    @Test func commonOptionsMayComeBeforeTheCommand() throws {
        _ = try seed()
        dir.write("g.md", Array("# Own Guide\n## S\n- [ ] a\n".utf8))
        let elsewhere = Rekindle(dataDirectory: dir.file("elsewhere"))
        for (runner, arguments) in [(rekindle, ["--guide", dir.file("g.md"), "list"]), (rekindle, ["--guide=\(dir.file("g.md"))", "list"]),
                                    (elsewhere, ["--data-dir", dir.file("data"), "--guide", dir.file("g.md"), "list"])] {
            let result = try runner.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(result.stdout.contains("default  0/1"), "\(arguments): \(result.stdout)")
        }
        let review = try rekindle.run(["--guide", dir.file("g.md"), "review", "default"])
        #expect(review.status == 0, "\(review.stderr)")
        #expect(review.stdout.hasPrefix("Own Guide\n"))
        let other = try elsewhere.run(["--data-dir=\(dir.file("data"))", "export", "--format", "json"])
        #expect(other.status == 0, "\(other.stderr)")
        #expect(other.stdout.contains("Private words"))
        // A guide file named like a command is still the guide of the default command
        // (which then cannot read it), not a usage error.
        #expect(try rekindle.run(["--guide", "list"]).status == 1)
    }

    /// Issue 23: every usage error is exactly one line on stderr, with exit 64.
    @Test func usageErrorsAreOneLine() throws {
        _ = try seed()
        for arguments in [["export", "--format", "pdf"], ["no-such-command"], ["--no-such-option"], ["review", "-x"],
                          ["import"], ["list", "extra"], ["reset", "--yes", "--step", "99"], ["export", "--format"],
                          ["--guide"], ["trend", "--days", "0"]] {
            let result = try rekindle.run(arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stdout.isEmpty, "\(arguments)")
            #expect(result.stderr.hasPrefix("rekindle: ") && result.stderr.hasSuffix("\n"), "\(arguments): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(arguments): \(result.stderr)")
        }
        #expect(try rekindle.run(["export", "--format", "pdf"]).stderr
            == "rekindle: the value 'pdf' is invalid for '--format <format>'. Please provide one of 'markdown', 'html', 'letter', 'letter-html' or 'json'; see 'rekindle --help'\n")
    }

    /// Issue 23: a session whose name starts with '-' is reached after '--' (or '='
    /// for --session), and both the usage error and --help say so.
    @Test func aNameStartingWithADashGoesAfterDoubleDash() throws {
        _ = try seed("-x")
        let flag = try rekindle.run(["review", "-x"])
        #expect(flag.status == 64)
        #expect(flag.stderr == "rekindle: unknown option '-x'; a session name that starts with '-' goes after '--' (rekindle review -- -x) or '=' (rekindle --session=-x); see 'rekindle --help'\n")
        let review = try rekindle.run(["review", "--", "-x"])
        #expect(review.status == 0, "\(review.stderr)")
        #expect(review.stdout.contains("Session '-x': started"))
        #expect(try rekindle.run(["export", "--format", "json", "--", "-x"]).stdout.contains("\"-x\""))
        #expect(try rekindle.run(["reset", "--yes", "--", "-x"]).stdout == "Erased all checks and notes in session '-x'.\n")
        // The coach takes it as --session=-x (and here, without a terminal, walks it).
        let open = try rekindle.run(["--session=-x"], input: "where\n")
        #expect(open.status == 0, "\(open.stderr)")
        #expect(open.stdout.contains("Welcome back.") && open.stdout.contains("Session '-x' is kept in"))
        func help(_ arguments: [String]) throws -> String {
            try rekindle.run(arguments).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        #expect(try help(["review", "--help"]).contains("goes after '--' (rekindle review -- -x)"))
        #expect(try help(["--help"]).contains("(rekindle --session=-x)"))
    }
}
