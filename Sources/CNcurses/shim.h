// The only C surface Rekindle uses. SwiftPM drops pkg-config's defines, so the
// wide-character API is switched on here, and macros or globals that Swift cannot
// see are wrapped in tiny inline functions.
#ifndef REKINDLE_CNCURSES_SHIM_H
#define REKINDLE_CNCURSES_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

static inline WINDOW *rk_stdscr(void) { return stdscr; }
static inline FILE *rk_stdin(void) { return stdin; }
static inline FILE *rk_stdout(void) { return stdout; }
static inline int rk_lines(void) { return LINES; }
static inline int rk_cols(void) { return COLS; }
static inline int rk_key_code_yes(void) { return KEY_CODE_YES; }
static inline int rk_key_f(int n) { return KEY_F(n); }
static inline int rk_err(void) { return ERR; }

/// What stdin reports within `milliseconds` (0: right now), without ncurses: poll's
/// revents (POLLIN when bytes wait; POLLHUP, POLLERR or POLLNVAL when the terminal is
/// gone), or 0.
static inline short rk_input_events(int milliseconds) {
    struct pollfd input = { .fd = STDIN_FILENO, .events = POLLIN, .revents = 0 };
    return poll(&input, 1, milliseconds) > 0 ? input.revents : 0;
}

static inline attr_t rk_a_normal(void) { return A_NORMAL; }
static inline attr_t rk_a_bold(void) { return A_BOLD; }
static inline attr_t rk_a_reverse(void) { return A_REVERSE; }
static inline attr_t rk_a_underline(void) { return A_UNDERLINE; }
static inline attr_t rk_a_dim(void) { return A_DIM; }

static inline mmask_t rk_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t rk_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t rk_button5_pressed(void) { return BUTTON5_PRESSED; }

// MARK: - Output
// The terminfo sequences a frame needs, sent to `out` (Swift collects them with the
// frame's text and writes everything at once). No state lives here: a static in a
// header's inline function can exist once per compiled Swift file.

/// Whether the terminal can place the cursor and clear the screen, which drawing needs.
static inline int rk_can_address_cursor(void) { return cursor_address != NULL && clear_screen != NULL; }

static inline void rk_move_cursor(int y, int x, NCURSES_OUTC out) { tputs(tiparm(cursor_address, y, x), 1, out); }
/// Whether cursor addressing is the common `ESC [ row ; column H` (no padding).
static inline int rk_cursor_address_is_ansi(void) {
    return cursor_address != NULL && strcmp(cursor_address, "\033[%i%p1%d;%p2%dH") == 0;
}
static inline void rk_clear_screen(NCURSES_OUTC out) { tputs(clear_screen, LINES, out); }
/// Returns 0, sending nothing, when the terminal has no clear-to-end-of-line.
static inline int rk_clear_to_end_of_line(NCURSES_OUTC out) {
    if (clr_eol == NULL) return 0;
    tputs(clr_eol, 1, out);
    return 1;
}

/// Before giving the terminal back: a terminal without an alternate screen would
/// keep showing the notes, so it is cleared; then ncurses is told where the cursor
/// is, by moving it with absolute addressing, and endwin leaves it on the bottom
/// line, where the shell's prompt belongs.
static inline void rk_leave_screen(void) {
    if (exit_ca_mode == NULL) putp(clear_screen);
    mvcur(-1, -1, LINES - 1, 0);
    fflush(stdout);
}

// MARK: - Signals
// Handlers only record what arrived; the run loop acts on it (save, restore, exit).
// The one exception is a crash, where the loop will never run again: the handler
// then restores the saved terminal modes with async-signal-safe calls only.

// Storage lives in functions: Swift's importer emits inline functions, not header globals.
static inline volatile sig_atomic_t *rk_pending_signal(void) { static volatile sig_atomic_t number = 0; return &number; }
static inline volatile sig_atomic_t *rk_have_saved_termios(void) { static volatile sig_atomic_t saved = 0; return &saved; }
static inline struct termios *rk_saved_termios(void) { static struct termios modes; return &modes; }

/// The run loop may block in a read with nothing to time: a signal that lands after
/// it last looked and before the read starts would wait for the next key. So each
/// handler also sets an alarm, which interrupts that read a second later (SIGALRM's
/// handler does nothing and restarts nothing); taking the signal cancels it.
static inline void rk_flag_handler(int signal_number) {
    *rk_pending_signal() = signal_number;
    alarm(1);
}

static inline void rk_alarm_handler(int signal_number) { (void)signal_number; }

/// ncurses' SIGWINCH handler, which notes a resize for its next read.
static inline struct sigaction *rk_ncurses_resize_action(void) { static struct sigaction action; return &action; }

static inline void rk_resize_handler(int signal_number) {
    void (*noted)(int) = rk_ncurses_resize_action()->sa_handler;
    if (noted != SIG_DFL && noted != SIG_IGN) noted(signal_number);
    alarm(1);
}

/// Call after ncurses starts: its SIGWINCH handler then sets the alarm too (see
/// rk_flag_handler), for a resize that lands just before a read.
static inline void rk_watch_resizes(void) {
    struct sigaction *noted = rk_ncurses_resize_action();
    if (sigaction(SIGWINCH, NULL, noted) != 0 || (noted->sa_flags & SA_SIGINFO)) return;
    struct sigaction wrapped = *noted;
    wrapped.sa_handler = rk_resize_handler;
    sigaction(SIGWINCH, &wrapped, NULL);
}

/// A signal or resize was taken: its alarm is not needed.
static inline void rk_cancel_alarm(void) { alarm(0); }

static inline void rk_crash_handler(int signal_number) {
    if (*rk_have_saved_termios()) {
        static const char reset[] = "\033[?1000l\033[?1002l\033[?1006l\033[0m\033[?25h\033[?1049l\r\n";
        tcsetattr(STDIN_FILENO, TCSAFLUSH, rk_saved_termios());
        ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
        (void)ignored;
    }
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

/// Installs the handlers; call before ncurses starts so it does not install its own
/// SIGTSTP handler (ncurses only does so where the disposition is still the default).
static inline void rk_install_signal_handlers(void) {
    if (tcgetattr(STDIN_FILENO, rk_saved_termios()) == 0) *rk_have_saved_termios() = 1;
    struct sigaction flag;
    memset(&flag, 0, sizeof flag);
    flag.sa_handler = rk_flag_handler;
    sigemptyset(&flag.sa_mask);
    int flagged[] = { SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGTSTP };
    for (unsigned i = 0; i < sizeof flagged / sizeof flagged[0]; i++) sigaction(flagged[i], &flag, NULL);
    struct sigaction crash;
    memset(&crash, 0, sizeof crash);
    crash.sa_handler = rk_crash_handler;
    sigemptyset(&crash.sa_mask);
    struct sigaction wake;
    memset(&wake, 0, sizeof wake);
    wake.sa_handler = rk_alarm_handler;
    sigemptyset(&wake.sa_mask);
    sigaction(SIGALRM, &wake, NULL);
    int crashes[] = { SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGFPE, SIGTRAP };
    for (unsigned i = 0; i < sizeof crashes / sizeof crashes[0]; i++) sigaction(crashes[i], &crash, NULL);
    signal(SIGPIPE, SIG_IGN);
}

/// The signal that arrived since the last call, or 0.
static inline int rk_take_signal(void) {
    int number = *rk_pending_signal();
    if (number == 0) return 0;
    *rk_pending_signal() = 0;
    rk_cancel_alarm();
    return number;
}

/// Stops the process the way a shell expects (default SIGTSTP action), and puts
/// the flag handler back once `fg` continues it.
static inline void rk_stop_self(void) {
    struct sigaction previous, stop;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = SIG_DFL;
    sigemptyset(&stop.sa_mask);
    sigaction(SIGTSTP, &stop, &previous);
    raise(SIGTSTP);
    sigaction(SIGTSTP, &previous, NULL);
}

#endif
