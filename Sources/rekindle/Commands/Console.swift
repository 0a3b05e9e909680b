import ArgumentParser
import RekindleCore
import RekindleTUI

/// Where the commands talk to a person: results on stdout, problems on stderr as
/// one line each, and the exit code that says which. Lines for the person (errors,
/// questions, confirmations) go through `VisibleText.line`: a name or a title they
/// quote can neither drive the terminal nor split the line.
enum Console {
    static func error(_ line: String, terminator: String = "\n") {
        write(VisibleText.line(line) + terminator, to: STDERR_FILENO)
    }

    /// One line on stdout, such as a confirmation that quotes a name.
    static func say(_ line: String) {
        write(VisibleText.line(line) + "\n", to: STDOUT_FILENO)
    }

    /// Text as it is: a report that made its own text visible (`ReviewReport`), or
    /// JSON, which escapes it.
    static func output(_ text: String) {
        write(text, to: STDOUT_FILENO)
    }

    /// Unbuffered, so output and errors keep their order and nothing waits in a buffer at exit.
    private static func write(_ text: String, to fd: Int32) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let count = bytes.withUnsafeBytes { systemWrite(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return }
            bytes = bytes.dropFirst(count)
        }
    }

    /// Runs a command's body, turning known failures into "rekindle: …" and exit 1.
    static func run(_ body: () throws -> Void) throws {
        Privacy.disableCoreDumps()
        do {
            try body()
        } catch let error as GuideError {
            for problem in error.problems { Console.error(problem.description) }
            throw ExitCode.failure
        } catch let error as StoreError {
            Console.error("rekindle: \(error)")
            throw ExitCode.failure
        } catch let error as POSIX.Failure {
            Console.error("rekindle: " + L("store.io", error.operation, error.path, error.reason))
            throw ExitCode.failure
        } catch let error as NcursesTerminal.Unavailable {
            Console.error("rekindle: \(error)")
            throw ExitCode.failure
        } catch let error as SealFailure {
            Console.error("rekindle: " + L("seal.failure", error.description))
            throw ExitCode.failure
        } catch let error as CommandFailure {
            Console.error("rekindle: \(error.message)")
            throw ExitCode.failure
        }
    }
}

/// A failure a command words itself.
struct CommandFailure: Error {
    var message: String
}
