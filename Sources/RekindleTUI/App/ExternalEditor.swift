import RekindleCore

/// Hands a note to the person's own editor ($VISUAL, else $EDITOR, else vi) through a
/// private temporary file: a 0700 folder holding a 0600 file, both removed after.
enum ExternalEditor {
    struct Result {
        var text: String?
        var problem: String?
    }

    static func edit(_ text: String, environment: [String: String]) -> Result {
        let command = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let base = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array("\(base)/rekindle-XXXXXX".utf8CString)
        guard let folderPointer = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            return Result(problem: "Could not make a private temporary folder in \(base): \(String(cString: strerror(errno))).")
        }
        let folder = String(cString: folderPointer)
        let file = folder + "/note.md"
        defer {
            unlink(file)
            rmdir(folder)
        }
        do {
            try POSIX.writePrivateFile(Array(text.utf8), to: file)
        } catch {
            return Result(problem: "Could not write the note for the editor: \(error.reason).")
        }
        let status = spawnAndWait(["/bin/sh", "-c", command + " \"$1\"", "sh", file])
        guard status == 0 else {
            return Result(problem: "The editor '\(command)' ended with status \(status); the note was left as it was.")
        }
        do {
            let bytes = try POSIX.readFileFollowingLinks(file)
            var edited = String(decoding: bytes, as: UTF8.self)
            if edited.hasSuffix("\n") && !text.hasSuffix("\n") { edited.removeLast() }
            return Result(text: edited)
        } catch {
            return Result(problem: "Could not read the note back from the editor: \(error.reason).")
        }
    }

    /// Runs a program with the terminal and waits; returns its exit status (127: could not start).
    private static func spawnAndWait(_ arguments: [String]) -> Int32 {
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, arguments[0], nil, nil, &argv, environ) == 0 else { return 127 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }
}
