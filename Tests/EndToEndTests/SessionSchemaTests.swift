import Foundation
import Testing
import TestSupport
@testable import RekindleCore

/// docs/session.schema.json describes what rekindle writes: session files and the JSON
/// export. Checked with PyPI's check-jsonschema (`make test` installs it in .build/venv)
/// against every sample format migrated and written again, a session with every field,
/// files the real binary saved after a walk through the coach, and `export --format json`.
@Suite(.serialized) struct SessionSchemaTests {
    let dir = TemporaryDirectory()
    static let checker = Repository.root + "/.build/venv/bin/check-jsonschema"
    static let schema = Repository.root + "/docs/session.schema.json"

    func validate(_ files: [String]) throws {
        #expect(FileManager.default.isExecutableFile(atPath: Self.checker), "run make test (it installs check-jsonschema)")
        let result = try Command(Self.checker, ["--schemafile", Self.schema] + files).run()
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func everyShapeOfSessionWrittenAgainMatchesTheSchema() throws {
        let folder = Repository.root + "/Tests/RekindleCoreTests/SessionSamples"
        var files: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() {
            let bytes = try #require(FileManager.default.contents(atPath: "\(folder)/\(name)")).map { $0 }
            dir.write(name, SessionCodec.encode(try SessionCodec.decode(bytes)))
            files.append(dir.file(name))
        }
        #expect(files.count >= 8)
        try validate(files)
    }

    @Test func whatTheCoachSavesAndExportsMatchesTheSchema() throws {
        let rekindle = Rekindle(dataDirectory: dir.file("data"))
        let tmux = try TmuxSession(command: Repository.binary, environment: rekindle.terminalEnvironment)
        try tmux.waitFor("Welcome")
        try tmux.begin()
        try tmux.send("n", "Tab", "Space", "x")
        try tmux.send("e")
        try tmux.type("a note é 😀")
        try tmux.send("Escape")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        let export = try Command(Repository.binary, ["export", "--format", "json", "--output", dir.file("export.json")],
                                 environment: rekindle.environment).run()
        #expect(export.status == 0, "\(export.stderr)")
        try validate([dir.file("data/sessions/default.json"), dir.file("export.json")])
    }

    @Test func theSchemaRefusesWhatRekindleWouldNot() throws {
        let bad = #"{"version": 3, "session": {"name": "x", "guideID": "g", "guideHash": "h", "startedAt": "2026-12-07T10:00:00Z", "lastUsedAt": "2026-12-07T10:00:00Z", "checks": {}, "notes": {}, "checkIns": [{"at": "2026-12-07T10:00:00Z", "mood": 9}]}}"#
        dir.write("bad.json", Array(bad.utf8))
        let result = try Command(Self.checker, ["--schemafile", Self.schema, dir.file("bad.json")]).run()
        #expect(result.status != 0, "a mood of 9 is outside 1-5")
    }
}
