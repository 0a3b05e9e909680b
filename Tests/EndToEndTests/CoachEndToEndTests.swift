import Foundation
import Testing
import TestSupport
@testable import RekindleCore

/// The real binary in a real terminal (tmux), driven like a person would.
@Suite(.serialized) struct CoachEndToEndTests {
    let dir = TemporaryDirectory()
    var rekindle: Rekindle { Rekindle(dataDirectory: dir.file("data")) }

    var environment: [String: String] { rekindle.terminalEnvironment }

    /// Starts the coach; `then` runs in the pane's shell after it exits (e.g. `stty -a`).
    func start(_ arguments: String = "", width: Int = 80, height: Int = 24, then: String = "") throws -> TmuxSession {
        let after = then.isEmpty ? "" : "\nstatus=$?; \(then); (exit $status)"
        return try TmuxSession(width: width, height: height, command: "\(Repository.binary) \(arguments)\(after)",
                               environment: environment)
    }

    /// Starts the coach with `command` typed into an interactive shell in tmux, for
    /// tests of what the coach leaves behind it; returns once it shows its welcome.
    func startInShell(_ command: String) throws -> TmuxSession {
        let tmux = try TmuxSession(command: "exec sh -i", environment: environment.merging(["PS1": "$ "]) { $1 })
        try tmux.waitFor("$")
        try tmux.typeLine(command)
        try tmux.waitFor("Welcome.")
        return tmux
    }

    func session() throws -> Session? {
        try SessionStore(dataDirectory: dir.file("data")).load("default")
    }

    /// The running coach's pid, from its session lock (which names its holder).
    func holderPID() -> Int32 { rekindle.holderPID() }

    /// Runs the coach in a terminal with its stderr kept in a file (tmux may drop the
    /// first row of a pane whose program ends at once), and returns that error output.
    func errorOutput(of command: String) throws -> String {
        let file = dir.file("stderr-\(UUID().uuidString).txt")
        let tmux = try TmuxSession(command: "\(command) 2> \(file)", environment: environment)
        #expect(try tmux.waitForExit() == 1)
        return try String(contentsOfFile: file, encoding: .utf8)
    }

    @Test func firstRunWalksEveryPartThenResumesOnTheSameStepWithTheNote() throws {
        let tmux = try start()
        try tmux.waitFor("Welcome. Take your time.")
        try tmux.begin()
        try tmux.waitFor("Opening")
        for part in Guide.builtIn.parts.dropFirst() {
            try tmux.send("n")
            try tmux.waitFor(part.kind == .step ? "\(Guide.builtIn.label(of: part)) · \(part.title)" : part.title)
        }
        for _ in 0..<10 { try tmux.send("p") }
        try tmux.waitFor("Step 1 · Reflecting on the Relationship")
        try tmux.send("Tab")
        try tmux.waitFor("Space check")
        try tmux.send("Space")
        try tmux.waitFor("Actions · 1 of 4 done")
        try tmux.send("Down", "Space")
        try tmux.waitFor("Actions · 2 of 4 done")
        try tmux.send("e")
        try tmux.waitFor("Writing · Step 1")
        try tmux.type("Notes: é 中文 😀 done")
        try tmux.waitFor("é 中文 😀 done")
        // Esc and q in one write would be Alt-q: a person's Esc comes alone.
        try tmux.send("Escape")
        try tmux.waitFor("e write")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(try session()?.noteText(for: "reflect") == "Notes: é 中文 😀 done")

        let again = try start()
        try again.waitFor("Welcome back.")
        try again.waitFor("You were on Step 1: Reflecting on the Relationship")
        try again.send("Enter")
        try again.waitFor("Step 1 · Reflecting on the Relationship")
        try again.waitFor("Notes: é 中文 😀 done")
        try again.waitFor("Actions · 2 of 4 done")
        try again.send("q")
        #expect(try again.waitForExit() == 0)

        let review = try rekindle.run(["review"])
        #expect(review.stdout.contains("[x] Write down three things that first drew you to each other (checked "))
        #expect(review.stdout.contains("[x] List what worked well between you and what repeatedly went wrong (checked "))
    }

    @Test func reviewScreenListsCheckedActionsWithDatesAndOpensAStep() throws {
        let tmux = try start()
        try tmux.waitFor("Welcome.")
        try tmux.begin()
        try tmux.send("n", "Tab", "Space")
        try tmux.waitFor("Actions · 1 of 4 done")
        try tmux.send("r")
        try tmux.waitFor("Step 1: Reflecting on the Relationship  1/4")
        // "today 21:04", then the text: unchecked actions start in the same column.
        try tmux.waitUntil("the check, said as today") { screen in
            screen.split(separator: "\n").contains { $0.hasPrefix("    [x] today ") && $0.dropFirst(19).hasPrefix("  Write down three things") }
        }
        try tmux.send("a")
        try tmux.waitFor("[ ]" + String(repeating: " ", count: 14) + "List what worked well")
        try tmux.send("Escape")
        try tmux.waitFor("Step 1 · Reflecting")
        // Enter opens the part selected: the opening, step 1, then step 2.
        try tmux.send("r")
        try tmux.waitFor("Enter open")
        try tmux.send("Down", "Down", "Enter")
        try tmux.waitFor("Step 2 · Give Each Other Space")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func reviewTUIOpensStraightOnTheReview() throws {
        let tmux = try start("review --tui")
        try tmux.waitFor("Showing what you did or started; press a to show every action.")
        try tmux.send("Escape")
        try tmux.waitFor("Opening")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    /// What the coach wrote to its terminal from its start to its end.
    func output(of command: String) throws -> [UInt8] {
        let capture = dir.file("output-\(UUID().uuidString).bin")
        let tmux = try TmuxSession(command: command, environment: environment)
        try tmux.tmux(["pipe-pane", "-o", "-t", "main", "cat >> \(capture)"])
        try tmux.waitFor("Welcome")
        try tmux.begin()
        try tmux.waitFor("Opening")
        try tmux.send("q")
        try tmux.waitForExit()
        return (try? Data(contentsOf: URL(fileURLWithPath: capture))).map(Array.init) ?? []
    }

    /// Colours where the terminal has them, from the chosen theme; none at all under NO_COLOR.
    @Test func themesAndNoColorAreHonoured() throws {
        func has(_ sequence: String, _ bytes: [UInt8]) -> Bool { bytes.firstRange(of: Array(sequence.utf8)) != nil }
        let dark = try output(of: Repository.binary)
        let light = try output(of: "REKINDLE_THEME=light \(Repository.binary)")
        let highContrast = try output(of: "\(Repository.binary) --theme high-contrast")
        let none = try output(of: "NO_COLOR=1 \(Repository.binary) --theme light")
        // The muted grey of each theme (Palette): 245 dark, 242 light, none in high contrast.
        #expect(has("38;5;245m", dark) && !has("38;5;242m", dark))
        #expect(has("38;5;242m", light) && !has("38;5;245m", light))
        #expect(!has("38;5;245m", highContrast) && !has("38;5;242m", highContrast) && has("38;5;", highContrast))
        #expect(!has("38;5;", none) && !(0...7).contains { has("\u{1B}[3\($0)m", none) })
        let refused = try rekindle.run(["--theme", "sepia"])
        #expect(refused.status == 64)
        #expect(refused.stderr == "rekindle: unknown theme 'sepia'; the themes are dark, light, high-contrast\n")
    }

    /// F9 opens the help while writing (where ! is typed); Esc comes back to the note as it was.
    @Test func f9WhileWritingThenEscKeepsTheNoteAndWriting() throws {
        let tmux = try TmuxSession.writingInTheOpening(Repository.binary, environment: environment)
        try tmux.type("draft!")
        try tmux.waitFor("▎ draft!")
        try tmux.send("F9")
        try tmux.waitFor("If you are in danger now")
        try tmux.send("Escape")
        try tmux.waitFor("Writing ·")
        try tmux.type(" more")
        try tmux.waitFor("▎ draft! more")
        try tmux.send("Escape")
        try tmux.waitFor("e write")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(try session()?.noteText(for: "opening") == "draft! more")
    }

    /// A step walked with keys alone, as a new person would, at a small and a large size:
    /// Tab onto the notes then Space leaves them as they were; after quitting, one line
    /// says where the session is.
    @Test(arguments: [(80, 24), (200, 60)])
    func aStepWalkedByKeysAlone(width: Int, height: Int) throws {
        let tmux = try start(width: width, height: height)
        try tmux.waitFor("Welcome. Take your time.")
        try tmux.begin()
        try tmux.send("n")
        try tmux.waitFor("Step 1 · Reflecting on the Relationship")
        try tmux.send("Tab")
        try tmux.waitFor("Space check")
        try tmux.send("Space", "Down", "Space")
        try tmux.waitFor("Actions · 2 of 4 done")
        try tmux.send("Tab")
        try tmux.waitFor("e write")
        try tmux.send("Space")
        try tmux.waitFor("To write here, press e or Enter.")
        try tmux.waitFor("Nothing written yet. Press e to write.")
        try tmux.send("Down", "Down", "Enter")
        try tmux.waitFor("Writing · Step 1 · Reflecting on the Relationship")
        try tmux.type("One page at a time")
        try tmux.waitFor("One page at a time")
        try tmux.send("Escape")
        try tmux.waitFor("e write")
        try tmux.send("n")
        try tmux.waitFor("Step 2 · Give Each Other Space")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        // The line is on the shell's screen, below the coach's last one (or scrolled just above).
        let shown = try tmux.tmux(["capture-pane", "-p", "-J", "-S", "-5", "-t", "main"])
        #expect(shown.contains("Saved. Session 'default' is kept in \(dir.file("data"))/sessions/default.json"), "\(shown)")
        let session = try #require(try session())
        #expect(session.noteText(for: "reflect") == "One page at a time")
        #expect(session.checks.count == 2)
    }

    @Test func resizeToTinyAndBackKeepsThePlace() throws {
        let tmux = try start()
        try tmux.waitFor("Welcome.")
        try tmux.begin()
        try tmux.send("n", "e")
        try tmux.type("still here")
        try tmux.waitFor("still here")
        try tmux.resize(width: 30, height: 10)
        try tmux.waitFor("Terminal too small: need")
        try tmux.waitFor("40x12, have 30x10")
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor("Step 1 · Reflecting on the Relationship")
        try tmux.waitFor("▎ still here")
        try tmux.type(" and typing")
        try tmux.waitFor("still here and typing")
        try tmux.send("C-c")
        #expect(try tmux.waitForExit() == 0)
        #expect(try session()?.noteText(for: "reflect") == "still here and typing")
    }

    @Test func sigtermWhileEditingKeepsTheTextAndTheTerminal() throws {
        let marker = dir.file("stty.txt")
        let tmux = try start(then: "stty -a > \(marker)")
        try tmux.waitFor("Welcome.")
        try tmux.begin()
        try tmux.send("e")
        try tmux.type("typed just before the end")
        try tmux.waitFor("typed just before the end")
        #expect(kill(holderPID(), SIGTERM) == 0)
        #expect(try tmux.waitForExit() == 0)
        #expect(try session()?.noteText(for: "opening") == "typed just before the end")
        let stty = try String(contentsOfFile: marker, encoding: .utf8)
        #expect(stty.contains(" icanon") && stty.contains(" echo"))
    }

    @Test func quitControlCAndHangUpLeaveTheTerminalSane() throws {
        for key in ["q", "C-c", "SIGHUP", "SIGTERM"] {
            let marker = dir.file("stty-\(key).txt")
            let tmux = try start(then: "stty -a > \(marker)")
            try tmux.waitFor("Welcome")
            if key.hasPrefix("SIG") {
                kill(holderPID(), key == "SIGHUP" ? SIGHUP : SIGTERM)
            } else {
                try tmux.send(key)
            }
            try tmux.waitForExit()
            let stty = try String(contentsOfFile: marker, encoding: .utf8)
            #expect(stty.contains(" icanon") && stty.contains(" echo"), "after \(key)")
        }
    }

    @Test func aSecondInstanceOnTheSameSessionIsRefused() throws {
        let first = try start()
        try first.waitFor("Welcome.")
        let message = try errorOutput(of: Repository.binary)
        #expect(message == "rekindle: session 'default' is open in another rekindle (pid \(holderPID())). Close that one first, or use --session to open a different session.\n")
        try first.send("q")
        try first.waitForExit()
    }

    /// An unknown or missing terminal type is named, with what to do. (No terminal at
    /// all, or TERM=dumb, walks line by line instead: see WalkTests.)
    @Test func anUnknownOrMissingTerminalTypeSaysWhatToDo() throws {
        #expect(try errorOutput(of: "TERM=no-such-terminal \(Repository.binary)")
            .hasPrefix("rekindle: unknown terminal type 'no-such-terminal': this system's terminfo has no entry for it. Set TERM to one it has (e.g. TERM=xterm-256color)"))
        #expect(try errorOutput(of: "env -u TERM \(Repository.binary)").hasPrefix("rekindle: TERM is not set"))
    }

    /// After quitting, the shell's screen is as it was (alternate screen), or, on a
    /// terminal without one, cleared: the note never stays on show.
    @Test(arguments: ["xterm-256color", "vt100"])
    func quittingGivesTheShellItsScreenBackWithoutTheNote(term: String) throws {
        // printf, so the typed command line does not itself show the lines waited for.
        let tmux = try startInShell("printf 'before-%s\\n' coach; TERM=\(term) \(Repository.binary); printf 'after-%s\\n' coach")
        try tmux.begin()
        try tmux.send("e")
        try tmux.type("private words")
        try tmux.waitFor("private words")
        // Esc and q read at once would be Alt-q: q follows once Esc is seen.
        try tmux.send("Escape")
        try tmux.waitFor("e write")
        try tmux.send("q")
        let screen = try tmux.waitFor("after-coach")
        #expect(!screen.contains("private words"))
        if term == "xterm-256color" {
            // The shell's lines are back, with the next output right below them.
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let before = try #require(lines.firstIndex { $0.hasPrefix("before-coach") })
            #expect(lines[before + 1].hasPrefix("Saved. Session 'default' is kept in"))
            #expect(lines[(before + 2)...].prefix(2).contains("after-coach"))
        }
    }

    @Test func controlZSuspendsAndFgRedraws() throws {
        let tmux = try startInShell(Repository.binary)
        try tmux.send("C-z")
        try tmux.waitUntil("the shell prompt back") { !$0.contains("Welcome.") && $0.contains("$") }
        try tmux.typeLine("stty -a | grep -o -e ' -*icanon' -e ' -*echo ' ; fg")
        try tmux.waitFor("Welcome.")
        try tmux.send("q")
        try tmux.waitUntil("the coach to quit") { !$0.contains("Welcome.") }
        // grep -o prints each match on its own line; capture-pane drops trailing spaces.
        let lines = try tmux.screen().split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.contains("icanon") && lines.contains("echo") && !lines.contains("-icanon") && !lines.contains("-echo"))
    }

    /// Output from elsewhere (a background job, `wall`) written over the coach goes at
    /// Ctrl-L, as the help says.
    @Test func controlLClearsWhatOtherOutputWroteOverTheScreen() throws {
        let tmux = try start()
        try tmux.waitFor("Welcome.")
        let tty = try tmux.tmux(["display-message", "-p", "-t", "main", "#{pane_tty}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let stray = try #require(FileHandle(forWritingAtPath: tty))
        stray.write(Data("\u{1B}[3;5HSTRAY-OUTPUT".utf8))
        try stray.close()
        try tmux.waitFor("STRAY-OUTPUT")
        try tmux.send("C-l")
        try tmux.waitUntil("the stray output to go") { !$0.contains("STRAY-OUTPUT") && $0.contains("Welcome.") }
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }
}

/// Promises of the reliability suite that need the real binary in a terminal.
@Suite(.serialized) struct ReliabilityEndToEndTests {
    let dir = TemporaryDirectory()

    var rekindle: Rekindle { Rekindle(dataDirectory: dir.file("data")) }

    var environment: [String: String] {
        rekindle.terminalEnvironment.merging(["SWIFT_BACKTRACE": "enable=no"]) { $1 }
    }

    @Test func aCrashInsideTheAppStillRestoresTheTerminal() throws {
        let marker = dir.file("stty.txt")
        let tmux = try TmuxSession(command: "REKINDLE_TEST_CRASH_KEY=! \(Repository.binary)\nstatus=$?; stty -a > \(marker); (exit $status)",
                                   environment: environment)
        try tmux.waitFor("Welcome.")
        try tmux.begin()
        try tmux.waitFor("Opening")
        try tmux.type("!")
        let status = try tmux.waitForExit()
        #expect(status > 128, "the test crash should end the program by a signal, got \(status)")
        let stty = try String(contentsOfFile: marker, encoding: .utf8)
        #expect(stty.contains(" icanon") && stty.contains(" echo"))
    }

    enum Ending: String, CaseIterable { case hangUp, terminate, closePane, killOneSecondAfterTyping }

    /// Promise 2: typing survives hang-ups and crashes.
    @Test(arguments: Ending.allCases)
    func typingSurvives(_ ending: Ending) throws {
        let tmux = try TmuxSession(command: Repository.binary, environment: environment)
        try tmux.waitFor("Welcome.")
        try tmux.begin()
        try tmux.send("e")
        try tmux.waitFor("Esc done")
        let words = "kept through \(ending.rawValue) é 😀"
        try tmux.type(words)
        try tmux.waitFor(words)
        let pid = rekindle.holderPID()
        switch ending {
        case .hangUp: kill(pid, SIGHUP)
        case .terminate: kill(pid, SIGTERM)
        case .closePane: try tmux.tmux(["kill-pane", "-t", "main"])
        case .killOneSecondAfterTyping:
            // The promise is about this moment: one second after the last keystroke.
            usleep(1_000_000)
            kill(pid, SIGKILL)
        }
        let deadline = Date().addingTimeInterval(TmuxSession.timeout)
        while kill(pid, 0) == 0 && Date() < deadline { usleep(10_000) }
        #expect(kill(pid, 0) != 0, "rekindle did not end after \(ending)")
        let session = try SessionStore(dataDirectory: dir.file("data")).load("default")
        #expect(session?.noteText(for: "opening") == words)
    }

    /// A terminal can go away without a SIGHUP reaching the coach: here it was handed
    /// the terminal as plain input and output, not as its controlling terminal. Reads
    /// then only return end-of-file; the coach must save and end, not spin holding the
    /// session's lock.
    @Test func typingSurvivesATerminalGoneWithoutASignal() throws {
        let terminal = try PseudoTerminal()
        let running = try Command(Repository.binary, [], environment: environment.merging(["TERM": "xterm-256color"]) { $1 },
                                  terminal: terminal.path).start()
        try terminal.waitFor("Welcome.")
        terminal.send("\r")
        try terminal.waitFor("Before you begin")
        terminal.send("\u{1B}")
        try terminal.waitFor("Opening")
        terminal.send("e")
        try terminal.waitFor("Writing")
        let words = "kept-through-a-gone-terminal"
        for character in words {
            terminal.send(String(character))
            try terminal.waitFor(String(character))
        }
        terminal.close()
        let ended = running.wait(seconds: TmuxSession.timeout)
        if ended == nil {
            kill(running.pid, SIGKILL)
            _ = running.wait()
        }
        #expect(ended != nil, "rekindle kept running after its terminal went away")
        #expect(try SessionStore(dataDirectory: dir.file("data")).load("default")?.noteText(for: "opening") == words)
    }

    /// Promise 3: when the first instance dies, the second may open the session.
    @Test func aSessionHeldByAKilledInstanceOpensAgain() throws {
        let first = try TmuxSession(command: Repository.binary, environment: environment)
        try first.waitFor("Welcome.")
        let pid = rekindle.holderPID()
        kill(pid, SIGKILL)
        try first.waitForExit()
        let second = try TmuxSession(command: Repository.binary, environment: environment)
        try second.waitFor("Welcome")
        try second.send("q")
        #expect(try second.waitForExit() == 0)
    }

    /// Promise 6: escape sequences and control bytes in notes are shown as visible
    /// placeholders; the bytes the coach writes to the terminal never contain them.
    @Test func controlBytesInNotesNeverReachTheTerminal() throws {
        let store = try SessionStore(dataDirectory: dir.file("data"))
        var session = Session(name: "default", guide: .builtIn, now: Date())
        session.setNote("title\u{1B}]2;PWNED\u{07} red\u{1B}[31mRED bell\u{07} c1\u{9B}2J end", for: Guide.builtIn.parts[0], at: Date())
        try store.save(session)
        let capture = dir.file("output.bin")
        let tmux = try TmuxSession(command: Repository.binary, environment: environment)
        try tmux.tmux(["pipe-pane", "-o", "-t", "main", "cat >> \(capture)"])
        try tmux.waitFor("Welcome back")
        try tmux.send("Enter")
        try tmux.waitFor("␛]2;PWNED␇ red␛[31mRED bell␇ c1�2J end")
        try tmux.send("q")
        try tmux.waitForExit()
        let bytes = try #require(dir.read("output.bin"))
        #expect(bytes.count > 1000)
        for raw in ["\u{1B}]2;PWNED", "\u{1B}[31mRED", "\u{07} c1", "\u{9B}", "\u{C2}\u{9B}"] {
            #expect(bytes.firstRange(of: Array(raw.utf8)) == nil, "raw \(raw.debugDescription) reached the terminal")
        }
    }

    /// Promise 8: note text never goes to stderr, even when the program crashes.
    @Test func noteTextNeverReachesStandardError() throws {
        let errors = dir.file("stderr.txt")
        let secret = "my secret words 4417"
        let tmux = try TmuxSession(command: "REKINDLE_TEST_CRASH_KEY=! \(Repository.binary) 2> \(errors)", environment: environment)
        try tmux.waitFor("Welcome.")
        try tmux.begin()
        try tmux.send("e")
        try tmux.waitFor("Esc done")
        try tmux.type(secret)
        try tmux.waitFor(secret)
        try tmux.send("Escape")
        try tmux.waitFor("e write")
        try tmux.type("!")
        #expect(try tmux.waitForExit() > 128)
        let stderr = try String(contentsOfFile: errors, encoding: .utf8)
        #expect(stderr.contains("crash requested"))
        #expect(!stderr.contains("4417"))
    }

    @Test func coreDumpsAreOffWhileNotesAreInMemory() throws {
        let tmux = try TmuxSession(command: Repository.binary, environment: environment)
        try tmux.waitFor("Welcome.")
        let pid = rekindle.holderPID()
        let limits = try String(contentsOfFile: "/proc/\(pid)/limits", encoding: .utf8)
        let core = try #require(limits.split(separator: "\n").first { $0.hasPrefix("Max core file size") })
        #expect(core.split(separator: " ", omittingEmptySubsequences: true).dropFirst(4).prefix(2) == ["0", "0"])
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }
}
