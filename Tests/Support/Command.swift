import Foundation

/// Runs a program to completion and captures what it printed.
///
/// Uses `posix_spawn` and files rather than Foundation's `Process` and pipes: a daemon
/// the command starts (tmux's server) keeps inherited descriptors open long after the
/// command itself has finished, and must not keep the test waiting.
public struct Command: Sendable {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    public var executable: String
    public var arguments: [String]
    public var environment: [String: String] = ProcessInfo.processInfo.environment
    public var input: String?
    /// A terminal (`PseudoTerminal.path`) for standard input, output and error, in
    /// place of files; it does not become the program's controlling terminal.
    public var terminal: String?

    public init(_ executable: String, _ arguments: [String], environment: [String: String]? = nil, input: String? = nil,
                terminal: String? = nil) {
        self.executable = executable
        self.arguments = arguments
        if let environment { self.environment = environment }
        self.input = input
        self.terminal = terminal
    }

    public func run() throws -> Result {
        try start().wait()
    }

    /// Starts the program without waiting, e.g. to signal it while it runs.
    public func start() throws -> Running {
        let folder = TemporaryDirectory()
        folder.write("in", Array((input ?? "").utf8))
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let terminal {
            for descriptor: Int32 in 0...2 {
                posix_spawn_file_actions_addopen(&actions, descriptor, terminal, O_RDWR | O_NOCTTY, 0)
            }
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, folder.file("in"), O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, folder.file("out"), O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_addopen(&actions, 2, folder.file("err"), O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        // Test threads may block signals; a child must start with none blocked and
        // default handlers, or a daemon it starts (tmux's server) never sees SIGCHLD.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw SpawnFailure(executable: executable, code: spawned) }
        return Running(pid: pid, folder: folder)
    }

    /// A started program.
    public struct Running: Sendable {
        public let pid: pid_t
        let folder: TemporaryDirectory

        /// Waits for the end; the status is 128 + N for a program ended by signal N.
        public func wait() -> Result {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            return result(status)
        }

        /// Waits at most `seconds` for the end; nil while the program still runs.
        public func wait(seconds: TimeInterval) -> Result? {
            let deadline = Date().addingTimeInterval(seconds)
            var status: Int32 = 0
            repeat {
                if waitpid(pid, &status, WNOHANG) == pid { return result(status) }
                usleep(10_000)
            } while Date() < deadline
            return nil
        }

        private func result(_ status: Int32) -> Result {
            let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
            return Result(status: exitStatus,
                          stdout: String(decoding: folder.read("out") ?? [], as: UTF8.self),
                          stderr: String(decoding: folder.read("err") ?? [], as: UTF8.self))
        }
    }

    public struct SpawnFailure: Error {
        public var executable: String
        public var code: Int32
    }
}
