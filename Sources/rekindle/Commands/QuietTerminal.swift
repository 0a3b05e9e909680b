import RekindleCore

/// The terminal with echo off while a passphrase is typed, and on again on every way
/// out: the read's end, Ctrl-D, and a signal. Shells such as dash do not restore the
/// terminal after a program they ran was killed, so Ctrl-C at the prompt (SIGINT),
/// SIGTERM, SIGHUP or SIGQUIT would otherwise leave the shell typing blind. For the
/// prompt's duration those signals put the terminal back and then end the program as
/// they would have; Ctrl-Z (SIGTSTP) puts it back, stops, and turns echo off again
/// when the program continues. A signal the program was started ignoring stays ignored.
enum QuietTerminal {
    static let endingSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    /// Runs `read` with echo off on standard input (a terminal).
    static func whileReading<T>(_ read: () -> T) throws -> T {
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else {
            throw CommandFailure(message: L("passphrase.noEcho", String(cString: strerror(errno))))
        }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        modes.pointee = (saved: saved, quiet: quiet)
        let previous = (endingSignals + [SIGTSTP]).map { number in
            (number, install(number == SIGTSTP ? onStop : onEnd, for: number))
        }
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            for (number, var action) in previous { sigaction(number, &action, nil) }
        }
        return read()
    }

    /// The terminal's modes before and during the prompt, where a signal handler can
    /// read them: allocated once, never freed, and written before any handler is set.
    nonisolated(unsafe) static let modes = UnsafeMutablePointer<(saved: termios, quiet: termios)>.allocate(capacity: 1)

    /// Sets `handler` for a signal unless the program ignores it; returns the action it had.
    private static func install(_ handler: @convention(c) (Int32) -> Void, for number: Int32) -> sigaction {
        var previous = sigaction()
        sigaction(number, nil, &previous)
        let ignore = unsafeBitCast(SIG_IGN, to: Int.self)
        guard previous.plainHandler.map({ unsafeBitCast($0, to: Int.self) }) != ignore else { return previous }
        var action = sigaction()
        action.plainHandler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        sigaction(number, &action, nil)
        return previous
    }
}

extension sigaction {
    /// The handler that takes only the signal's number, under the name each C library
    /// gives the field.
    var plainHandler: (@convention(c) (Int32) -> Void)? {
        get {
            #if canImport(Darwin)
            __sigaction_u.__sa_handler
            #else
            __sigaction_handler.sa_handler
            #endif
        }
        set {
            #if canImport(Darwin)
            __sigaction_u.__sa_handler = newValue
            #else
            __sigaction_handler.sa_handler = newValue
            #endif
        }
    }
}

/// Echo back on, a new line after the prompt, and the signal's own ending.
/// Only async-signal-safe calls.
private func onEnd(_ number: Int32) {
    var newline: UInt8 = 0x0A
    _ = write(STDERR_FILENO, &newline, 1)
    echoOnAndTakeDefault(number)
}

/// Echo back on, then the signal's default action (ending or stopping the process).
private func echoOnAndTakeDefault(_ number: Int32) {
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &QuietTerminal.modes.pointee.saved)
    signal(number, SIG_DFL)
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    sigaddset(&unblocked, number)
    sigprocmask(SIG_UNBLOCK, &unblocked, nil)
    raise(number)
}

/// Ctrl-Z: echo back on while stopped, off again once continued.
private func onStop(_ number: Int32) {
    echoOnAndTakeDefault(number)
    // Continued.
    var action = sigaction()
    action.plainHandler = onStop
    sigemptyset(&action.sa_mask)
    action.sa_flags = SA_RESTART
    sigaction(number, &action, nil)
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &QuietTerminal.modes.pointee.quiet)
}
