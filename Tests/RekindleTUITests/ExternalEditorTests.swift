import Foundation
import Testing
import TestSupport
import RekindleCore
@testable import RekindleTUI

/// Issue 23: the editor's private folder goes whole, whatever the editor left in it,
/// and folders a killed coach left are removed at the next start; nothing else is.
@Suite struct ExternalEditorTests {
    let dir = TemporaryDirectory()

    func folders() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasPrefix("rekindle-") }.sorted()
    }

    /// An editor that keeps a backup, a swap file and a folder of its own, one it
    /// cannot write to: the whole folder still goes.
    @Test func theWholeFolderGoesWhateverTheEditorLeftInIt() throws {
        dir.write("editor.sh", Array("""
            cp "$1" "$1~"
            printf swap > "$(dirname "$1")/.note.md.swp"
            mkdir "$(dirname "$1")/backups"
            cp "$1" "$(dirname "$1")/backups/note.md.1"
            chmod 500 "$(dirname "$1")/backups"
            printf ' and more' >> "$1"

            """.utf8))
        let result = ExternalEditor.edit("begun", environment: ["EDITOR": "sh \(dir.file("editor.sh"))", "TMPDIR": dir.path])
        #expect(result.text == "begun and more")
        #expect(result.problem == nil)
        #expect(folders().isEmpty, "\(folders())")
    }

    @Test func aFailingEditorLeavesNothingEither() throws {
        dir.write("editor.sh", Array("cp \"$1\" \"$1~\"\nexit 3\n".utf8))
        let result = ExternalEditor.edit("begun", environment: ["EDITOR": "sh \(dir.file("editor.sh"))", "TMPDIR": dir.path])
        #expect(result.text == nil)
        #expect(result.problem?.contains("status 3") == true)
        #expect(folders().isEmpty, "\(folders())")
    }

    /// Makes a folder as a coach does for its editor, marked as Rekindle's.
    func leftover(_ name: String, marked: Bool = true) {
        mkdir(dir.file(name), 0o700)
        if marked { dir.write("\(name)/\(ExternalEditor.markerName)", []) }
        dir.write("\(name)/note.md", Array("private words".utf8))
        dir.write("\(name)/note.md~", Array("private words".utf8))
        mkdir(dir.file("\(name)/sub"), 0o700)
        dir.write("\(name)/sub/file", Array("more".utf8))
    }

    @Test func leftoversOfEarlierCoachesGoAndNothingElse() throws {
        leftover("rekindle-editor-AbC123")
        leftover("rekindle-editor-xyz789")
        // Not Rekindle's: no marker, a name of another length or prefix, a plain file,
        // a link to a marked folder (neither followed nor removed).
        leftover("rekindle-editor-nomark", marked: false)
        leftover("rekindle-editor-toolong1")
        leftover("rekindle-AbC123")
        dir.write("rekindle-editor-file01", Array("a file".utf8))
        leftover("target")
        symlink(dir.file("target"), dir.file("rekindle-editor-link01"))
        // In use: another coach holds its lock while its editor runs.
        leftover("rekindle-editor-inuse1")
        let held = open(dir.file("rekindle-editor-inuse1"), O_RDONLY | O_DIRECTORY)
        #expect(flock(held, LOCK_EX) == 0)
        defer { close(held) }
        // Another user's (only root can make one).
        if geteuid() == 0 {
            leftover("rekindle-editor-others")
            let nobody: uid_t = 65534
            for path in ["rekindle-editor-others", "rekindle-editor-others/\(ExternalEditor.markerName)"] {
                chown(dir.file(path), nobody, nobody)
            }
        }
        ExternalEditor.removeLeftovers(environment: ["TMPDIR": dir.path])
        var kept = ["rekindle-AbC123", "rekindle-editor-file01", "rekindle-editor-inuse1", "rekindle-editor-link01",
                    "rekindle-editor-nomark", "rekindle-editor-toolong1"]
        if geteuid() == 0 { kept.append("rekindle-editor-others") }
        #expect(folders() == kept.sorted())
        for name in kept where name != "rekindle-editor-file01" {
            #expect(dir.read("\(name)/note.md") != nil, "\(name)")
        }
        #expect(dir.read("target/\(ExternalEditor.markerName)") != nil)
    }
}
