import Foundation
import Testing
import TestSupport
@testable import RekindleCore

/// Promise 1 of the reliability suite: SIGKILL at any moment of a save never corrupts
/// or empties a session. The binary reports each step of a save (REKINDLE_SAVE_MARKERS)
/// and the test kills it right after a chosen step, cycling through all of them.
/// `make soak` runs the same with REKINDLE_SOAK_KILLS=5000.
@Suite(.serialized) struct KillNineTests {
    let dir = TemporaryDirectory()
    static let steps = ["begin", "written", "synced", "renamed", "done"]
    static var headlessKills: Int { Int(ProcessInfo.processInfo.environment["REKINDLE_SOAK_KILLS"] ?? "") ?? 180 }

    var rekindle: Rekindle { Rekindle(dataDirectory: dir.file("data")) }

    /// Waits until the marker file shows `step` or the process ends; true if it was seen.
    func waitForMarker(_ step: String, in file: String, pid: pid_t) -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if let text = dir.read(file).map({ String(decoding: $0, as: UTF8.self) }),
               text.split(separator: "\n").contains(Substring(step)) { return true }
            if kill(pid, 0) != 0 { return false }
            usleep(200)
        }
        return false
    }

    @Test func headlessSavesSurviveKillNineAtEveryStep() throws {
        var versions: [Session] = []
        for label in ["A", "B"] {
            var session = Session(name: "default", guide: .builtIn, now: Date(timeIntervalSince1970: 1_795_000_000))
            session.setNote(String(repeating: "version \(label) é 中文 😀\n", count: 2000), for: Guide.builtIn.parts[1], at: session.startedAt)
            dir.write("\(label).json", SessionCodec.encode(session))
            versions.append(session)
        }
        #expect(try rekindle.run(["import", dir.file("A.json"), "--force"]).status == 0)
        var killed = 0
        var observed = Set<String>()
        for round in 0..<Self.headlessKills {
            let step = Self.steps[round % Self.steps.count]
            let marker = "markers-\(round).txt"
            var environment = rekindle.environment
            environment["REKINDLE_SAVE_MARKERS"] = dir.file(marker)
            let running = try Command(Repository.binary, ["import", dir.file(round % 2 == 0 ? "B.json" : "A.json"), "--force"],
                                      environment: environment).start()
            if waitForMarker(step, in: marker, pid: running.pid) {
                kill(running.pid, SIGKILL)
                killed += 1
                observed.insert(step)
            }
            _ = running.wait()
            let bytes = try #require(dir.read("data/sessions/default.json"), "session file missing after kill \(round)")
            let session = try SessionCodec.decode(bytes)
            #expect(versions.contains(session), "after a kill at '\(step)' the session is neither the old nor the new one")
            unlink(dir.file(marker))
        }
        #expect(killed >= Self.headlessKills * 9 / 10)
        #expect(observed == Set(Self.steps))
        // The next run clears temporary files that killed saves left behind.
        _ = try rekindle.run(["list"])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.file("data/sessions")).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func theCoachSurvivesKillNineWhileTyping() throws {
        var environment = rekindle.terminalEnvironment
        var typed = ""
        for round in 0..<20 {
            let step = Self.steps[round % Self.steps.count]
            let marker = "tui-markers-\(round).txt"
            environment["REKINDLE_SAVE_MARKERS"] = dir.file(marker)
            let tmux = try TmuxSession.writingInTheOpening(Repository.binary, environment: environment)
            let words = "word\(round) "
            try tmux.type(words)
            let pid = rekindle.holderPID()
            if waitForMarker(step, in: marker, pid: pid) { kill(pid, SIGKILL) }
            try tmux.waitForExit()
            // Before the first save completes there is no file yet: that is the state before.
            let session = try SessionStore(dataDirectory: dir.file("data")).load("default")
            #expect(session != nil || typed.isEmpty, "round \(round): the session file vanished")
            let note = session?.noteText(for: "opening") ?? ""
            #expect(note == typed || note == typed + words, "round \(round), killed after '\(step)': \(note)")
            typed = note
        }
    }

    /// Kills during the save of a bracketed paste: the note has the whole paste or
    /// none of it, never a part.
    @Test func theCoachSurvivesKillNineDuringAPaste() throws {
        var environment = rekindle.terminalEnvironment
        var kept = ""
        for round in 0..<10 {
            let step = Self.steps[round % Self.steps.count]
            let marker = "paste-markers-\(round).txt"
            environment["REKINDLE_SAVE_MARKERS"] = dir.file(marker)
            let tmux = try TmuxSession.writingInTheOpening(Repository.binary, environment: environment)
            let pasted = "paste \(round):\t" + String(repeating: "é 中文 😀 words\n", count: 2_000)
            dir.write("paste-\(round).txt", Array(pasted.utf8))
            try tmux.tmux(["load-buffer", "-b", "kill", dir.file("paste-\(round).txt")])
            try tmux.tmux(["paste-buffer", "-p", "-d", "-b", "kill", "-t", "main"])
            let pid = rekindle.holderPID()
            if waitForMarker(step, in: marker, pid: pid) { kill(pid, SIGKILL) }
            try tmux.waitForExit()
            let session = try SessionStore(dataDirectory: dir.file("data")).load("default")
            let note = session?.noteText(for: "opening") ?? ""
            #expect(note == kept || note == kept + pasted, "round \(round), killed after '\(step)': \(note.suffix(80))")
            kept = note
        }
    }
}
