#define _GNU_SOURCE
#include "Signals.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

static volatile sig_atomic_t terminating = 0;
static volatile sig_atomic_t stopped = 0;
static volatile sig_atomic_t resized = 0;
static volatile sig_atomic_t have_saved_modes = 0;
static struct termios saved_modes;
static int wake_pipe[2] = { -1, -1 };

/// What the crash handler writes: mouse reports and bracketed paste off, plain
/// style, cursor shown, the shell's own screen back, and a fresh line.
static const char terminal_reset[] = "\033[?1000l\033[?1002l\033[?1006l\033[?2004l\033[0m\033[?25h\033[?1049l\r\n";

static void wake(void) {
    int saved_errno = errno;
    if (wake_pipe[1] >= 0) {
        ssize_t ignored = write(wake_pipe[1], "!", 1);
        (void)ignored;
    }
    errno = saved_errno;
}

static void on_terminating(int number) { terminating = number; wake(); }
static void on_stop(int number) { (void)number; stopped = 1; wake(); }
static void on_resize(int number) { (void)number; resized = 1; wake(); }

static void on_crash(int number) {
    if (have_saved_modes) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_modes);
        ssize_t ignored = write(STDOUT_FILENO, terminal_reset, sizeof terminal_reset - 1);
        (void)ignored;
    }
    signal(number, SIG_DFL);
    raise(number);
}

static void handle(int number, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    sigaction(number, &action, NULL);
}

/// The wake-up pipe, non-blocking and closed on exec (Darwin has no pipe2).
static int open_wake_pipe(void) {
#ifdef __APPLE__
    if (pipe(wake_pipe) != 0) return -1;
    for (int i = 0; i < 2; i++) {
        if (fcntl(wake_pipe[i], F_SETFD, FD_CLOEXEC) != 0 || fcntl(wake_pipe[i], F_SETFL, O_NONBLOCK) != 0) {
            close(wake_pipe[0]);
            close(wake_pipe[1]);
            return -1;
        }
    }
    return 0;
#else
    return pipe2(wake_pipe, O_CLOEXEC | O_NONBLOCK);
#endif
}

int rk_signals_install(void) {
    if (tcgetattr(STDIN_FILENO, &saved_modes) == 0) have_saved_modes = 1;
    if (wake_pipe[0] < 0 && open_wake_pipe() != 0) wake_pipe[0] = wake_pipe[1] = -1;
    // Every signal whose default action ends the process, except the faults below:
    // the loop saves the note, restores the terminal and exits.
    static const int asked_to_end[] = {
        SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF,
        SIGIO, SIGXCPU, SIGXFSZ,
#ifdef SIGPWR
        SIGPWR,
#endif
#ifdef SIGSTKFLT
        SIGSTKFLT,
#endif
    };
    for (unsigned i = 0; i < sizeof asked_to_end / sizeof asked_to_end[0]; i++) handle(asked_to_end[i], on_terminating);
#ifdef SIGRTMIN
    for (int number = SIGRTMIN; number <= SIGRTMAX; number++) handle(number, on_terminating);
#endif
    // Faults: the program cannot go on, so the terminal is restored here.
    static const int crashes[] = { SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGFPE, SIGTRAP, SIGSYS };
    for (unsigned i = 0; i < sizeof crashes / sizeof crashes[0]; i++) handle(crashes[i], on_crash);
    handle(SIGTSTP, on_stop);
    handle(SIGWINCH, on_resize);
    signal(SIGPIPE, SIG_IGN);
    return wake_pipe[0];
}

static void drain_wake_pipe(void) {
    char buffer[64];
    while (wake_pipe[0] >= 0 && read(wake_pipe[0], buffer, sizeof buffer) > 0) {}
}

int rk_signals_take_terminating(void) {
    drain_wake_pipe();
    int number = terminating;
    terminating = 0;
    return number;
}

int rk_signals_take_stop(void) {
    int was = stopped;
    stopped = 0;
    return was;
}

int rk_signals_take_resize(void) {
    int was = resized;
    resized = 0;
    return was;
}

void rk_signals_stop_self(void) {
    struct sigaction previous, stop;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = SIG_DFL;
    sigemptyset(&stop.sa_mask);
    sigaction(SIGTSTP, &stop, &previous);
    raise(SIGTSTP);
    sigaction(SIGTSTP, &previous, NULL);
}

int rk_window_size(int *rows, int *columns) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return 0;
    *rows = size.ws_row;
    *columns = size.ws_col;
    return 1;
}

int rk_wait_for_input(int terminal, int wake, int milliseconds) {
#ifdef __APPLE__
    // Darwin's poll does not work on terminal devices (it reports POLLNVAL), so select.
    fd_set readable, failed;
    FD_ZERO(&readable);
    FD_ZERO(&failed);
    FD_SET(terminal, &readable);
    FD_SET(terminal, &failed);
    if (wake >= 0) FD_SET(wake, &readable);
    int highest = wake > terminal ? wake : terminal;
    struct timeval timeout = { milliseconds / 1000, (milliseconds % 1000) * 1000 };
    int ready = select(highest + 1, &readable, NULL, &failed, milliseconds < 0 ? NULL : &timeout);
    if (ready <= 0) return ready;
    return (FD_ISSET(terminal, &readable) ? RK_INPUT_READY : 0) | (FD_ISSET(terminal, &failed) ? RK_INPUT_GONE : 0)
        | (wake >= 0 && FD_ISSET(wake, &readable) ? RK_INPUT_WAKE : 0);
#else
    struct pollfd descriptors[2] = { { terminal, POLLIN, 0 }, { wake, POLLIN, 0 } };
    int ready = poll(descriptors, wake >= 0 ? 2 : 1, milliseconds);
    if (ready <= 0) return ready;
    return (descriptors[0].revents & POLLIN ? RK_INPUT_READY : 0)
        | (descriptors[0].revents & (POLLHUP | POLLERR | POLLNVAL) ? RK_INPUT_GONE : 0)
        | (wake >= 0 && descriptors[1].revents & POLLIN ? RK_INPUT_WAKE : 0);
#endif
}
