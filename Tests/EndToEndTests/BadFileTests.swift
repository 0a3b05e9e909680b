import Foundation
import Testing
import TestSupport
@testable import RekindleCore

/// Promise 5: a bad session file never costs data. Each gives one clear line, from
/// the plain commands and from the coach, and every byte on disk stays as it was.
@Suite struct BadFileTests {
    enum Bad: String, CaseIterable {
        case corrupt, truncated, empty, binary, wrongTypes, futureVersion, handEditedWithoutVersion, folder, danglingLink
    }

    let dir = TemporaryDirectory()

    func plant(_ bad: Bad) throws -> String {
        let store = try SessionStore(dataDirectory: dir.file("data"))
        let path = store.path(of: "default")
        var good = Session(name: "default", guide: .builtIn, now: Date())
        good.setNote("words that must survive", for: Guide.builtIn.parts[1], at: Date())
        let json = SessionCodec.encode(good)
        switch bad {
        case .corrupt: dir.write("data/sessions/default.json", Array(json.prefix(40)) + Array("}}garbage{{".utf8) + Array(json.dropFirst(40)))
        case .truncated: dir.write("data/sessions/default.json", Array(json.prefix(json.count / 2)))
        case .empty: dir.write("data/sessions/default.json", [])
        case .binary: dir.write("data/sessions/default.json", (0..<512).map { UInt8(truncatingIfNeeded: $0 &* 37) })
        case .wrongTypes: dir.write("data/sessions/default.json", Array(String(decoding: json, as: UTF8.self).replacingOccurrences(of: "\"checklistCursor\" : 0", with: "\"checklistCursor\" : \"zero\"").utf8))
        case .futureVersion: dir.write("data/sessions/default.json", Array(String(decoding: json, as: UTF8.self).replacingOccurrences(of: "\"version\" : \(SessionCodec.currentVersion)", with: "\"version\" : 7").utf8))
        case .handEditedWithoutVersion: dir.write("data/sessions/default.json", Array("{\"session\": {\"name\": \"default\"}}".utf8))
        case .folder: try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        case .danglingLink: try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: dir.file("nowhere.json"))
        }
        // Private like a real session file, so the only line is about what is wrong.
        if POSIX.kind(of: path) == .file { chmod(path, 0o600) }
        return path
    }

    func snapshot(_ path: String) -> String {
        let kind = POSIX.kind(of: path)
        let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? ""
        return "\(kind) \(target) \(dir.read("data/sessions/default.json").map { $0.description } ?? "")"
    }

    @Test(arguments: Bad.allCases)
    func isReportedInOneLineAndLeftUntouched(_ bad: Bad) throws {
        let path = try plant(bad)
        let before = snapshot(path)
        let rekindle = Rekindle(dataDirectory: dir.file("data"))
        for command in [["review"], ["export"], ["reset", "--yes"], ["import", dir.file("none.json"), "--force"]] {
            let result = try rekindle.run(command)
            #expect(result.status == 1, "\(bad) \(command)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(bad) \(command): \(result.stderr)")
            #expect(!result.stderr.contains("words that must survive"))
        }
        let errors = dir.file("coach-stderr.txt")
        let tmux = try TmuxSession(command: "\(Repository.binary) 2> \(errors)", environment: rekindle.terminalEnvironment)
        #expect(try tmux.waitForExit() == 1)
        let line = try String(contentsOfFile: errors, encoding: .utf8)
        #expect(line.hasPrefix("rekindle: cannot open session 'default': "), "\(bad): \(line)")
        #expect(line.hasSuffix("it was left untouched. Fix or move it aside, then run rekindle again.\n"), "\(bad): \(line)")
        #expect(snapshot(path) == before)
    }
}
