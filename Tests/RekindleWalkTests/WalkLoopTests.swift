import Foundation
import Testing
import TestSupport
@testable import RekindleCore
@testable import RekindleWalk

/// The walk's loop against a real store: what it saves, when, and that it holds the
/// session's lock throughout.
@Suite struct WalkLoopTests {
    let dir = TemporaryDirectory()

    /// Walks session "t" through `lines`, after passing over the opening's four safety
    /// questions (Enter skips each); `whileReading` runs before each line is read.
    func walk(_ lines: [String], whileReading: (SessionStore) -> Void = { _ in }) throws -> (output: String, saved: Bool) {
        let store = try SessionStore(dataDirectory: dir.path)
        let opened = try open(store)
        var loop = WalkLoop(conversation: Conversation(guide: .builtIn, session: opened.session, isReturning: opened.existed, zone: .local),
                            store: store, lock: opened.lock, seal: nil)
        var pending = (Array(repeating: "", count: Screening.Question.allCases.count) + lines)[...], output = ""
        let saved = loop.run(prompt: "", read: {
            whileReading(store)
            return pending.popFirst()
        }, write: { output += $0 })
        return (output, saved)
    }

    /// Opens session "t", asking again for a while when it is locked: a program another
    /// test starts at that moment shares this process's open files until it has started
    /// (posix_spawn's child), an earlier walk's lock among them.
    func open(_ store: SessionStore) throws -> OpenedSession {
        if let opened = retrying(for: 5, { try? store.open("t", guide: .builtIn(.english), now: Date()) }) { return opened }
        return try store.open("t", guide: .builtIn(.english), now: Date())
    }

    @Test func movingAloneSavesNothingButACheckIsSavedAtOnce() throws {
        let moved = try walk(["next", "go 2"])
        #expect(moved.saved && moved.output.hasSuffix("Nothing was checked or written, so no session was saved.\n"))
        #expect(!FileManager.default.fileExists(atPath: dir.file("sessions/t.json")))
        var checks: [Int] = []
        let checked = try walk(["go 2", "check 2", "next", "quit", "never read"]) { store in
            checks.append((try? store.load("t"))??.checks.count ?? -1)
        }
        #expect(checks == [-1, -1, -1, -1, -1, -1, 1, 1], "saved after the check, before the next line is read; nothing read after quit")
        #expect(checked.output.contains("Saved. Session 't' is kept in \(dir.path)/sessions/t.json"))
        let session = try #require(try SessionStore(dataDirectory: dir.path).load("t"))
        #expect(session.isChecked("space.mute") && session.position.partID == "self-improvement")
    }

    @Test func theLockIsHeldWhileWalking() throws {
        var refusals: [StoreError] = []
        _ = try walk(["where"]) { store in
            do throws(StoreError) { _ = try store.lock("t") } catch { refusals.append(error) }
        }
        // Before each of the safety questions' answers, the "where" and the end of input.
        #expect(refusals.count == 6 && refusals.allSatisfy { if case .locked = $0 { true } else { false } })
        // Free once the walk is over. Asked again for a while: a program another test
        // starts at that moment shares this process's open files until it has started
        // (posix_spawn's child), the lock's among them.
        let taken = retrying(for: 5) { try? SessionStore(dataDirectory: dir.path).lock("t") }
        #expect(taken != nil)
    }

    @Test func aReplyStandsApartFromTheNext() throws {
        let output = try walk(["where", "check 1"]).output
        #expect(output.contains("for who to call or text.\n\nOpening: How to Get Back Together with Your Ex\n"))
        #expect(output.contains("\n\nThis part has no actions; 'next' goes on when you are ready.\n\nNothing was checked"))
    }
}
