import RekindleCore

/// The signals that end a walk. Every change is saved as it is made, so ending at
/// once is safe; a save itself is never cut short, and Ctrl-C says so.
enum EndingSignals {
    static let all: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    /// Runs `body` (a save) with the ending signals held back; one that arrives
    /// meanwhile acts once the save is complete.
    static func held<T, Failure: Error>(_ body: () throws(Failure) -> T) throws(Failure) -> T {
        var blocked = sigset_t(), previous = sigset_t()
        sigemptyset(&blocked)
        for number in all { sigaddset(&blocked, number) }
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        return try body()
    }

    /// Ctrl-C says that everything is saved, then ends the program as it would have.
    /// Not when the program was started ignoring it (in the background of a script).
    static func sayStoppedOnInterrupt() {
        var current = sigaction()
        sigaction(SIGINT, nil, &current)
        let ignore = unsafeBitCast(SIG_IGN, to: Int.self)
        guard current.__sigaction_handler.sa_handler.map({ unsafeBitCast($0, to: Int.self) }) != ignore else { return }
        signal(SIGINT) { number in
            let words: StaticString = "\nStopped. Every change was saved as you made it.\n"
            _ = write(STDOUT_FILENO, words.utf8Start, words.utf8CodeUnitCount)
            signal(number, SIG_DFL)
            raise(number)
        }
    }
}
