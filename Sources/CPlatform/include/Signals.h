// Signals while the coach owns the terminal. Handlers only record what arrived and
// wake the run loop through a pipe; the loop acts on it (saves, restores the terminal,
// exits). The one exception is a crash, after which the loop never runs again: that
// handler restores the terminal itself with async-signal-safe calls only.
#ifndef REKINDLE_SIGNALS_H
#define REKINDLE_SIGNALS_H

/// Saves the terminal's modes (for a crash), then installs the handlers: every
/// signal whose default would end the process either asks the loop to save and
/// leave, or (a crash) restores the terminal and ends it; SIGTSTP and SIGWINCH are
/// noted; SIGPIPE is ignored. Returns the descriptor that becomes readable when a
/// signal arrives (poll it beside the terminal), or -1 if the pipe failed.
int rk_signals_install(void);

/// The terminating signal that arrived since the last call (its number), or 0.
/// Also empties the wake-up pipe.
int rk_signals_take_terminating(void);

/// Whether SIGTSTP (Ctrl-Z from another process, or the terminal) arrived since the last call.
int rk_signals_take_stop(void);

/// Whether the window was resized since the last call.
int rk_signals_take_resize(void);

/// Stops the process the way a shell expects (the default SIGTSTP action), and
/// puts the handler back once `fg` continues it.
void rk_signals_stop_self(void);

/// The terminal's size from the kernel, or 0 when it cannot say.
int rk_window_size(int *rows, int *columns);

/// What `rk_wait_for_input` found: bytes to read on the terminal, the terminal gone
/// (hung up or failed), a signal's wake-up.
enum { RK_INPUT_READY = 1, RK_INPUT_GONE = 2, RK_INPUT_WAKE = 4 };

/// Waits up to `milliseconds` (-1: without end) for the terminal or the wake-up
/// descriptor (-1: none) to become readable: poll, or on Darwin select, whose poll
/// does not work on terminals. Returns the RK_INPUT_ bits found, 0 when the time
/// passed, or -1 with errno set (EINTR when a signal came).
int rk_wait_for_input(int terminal, int wake, int milliseconds);

#endif
