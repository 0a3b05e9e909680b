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
#include <langinfo.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

static inline WINDOW *rk_stdscr(void) { return stdscr; }
static inline FILE *rk_stdin(void) { return stdin; }
static inline FILE *rk_stdout(void) { return stdout; }
static inline int rk_lines(void) { return LINES; }
static inline int rk_cols(void) { return COLS; }

/// Sets the character type from the environment, and makes sure it is UTF-8,
/// which the coach reads and writes whatever the locale: a C or POSIX locale gets
/// C.UTF-8 (on every current Debian and Ubuntu), else another installed UTF-8
/// locale. Returns 0 when none is installed.
static inline int rk_use_utf8_ctype(void) {
    setlocale(LC_CTYPE, "");
    if (strcmp(nl_langinfo(CODESET), "UTF-8") == 0) return 1;
    static const char *const fallbacks[] = { "C.UTF-8", "C.utf8", "en_US.UTF-8", "en_GB.UTF-8" };
    for (unsigned i = 0; i < sizeof fallbacks / sizeof fallbacks[0]; i++) {
        if (setlocale(LC_CTYPE, fallbacks[i]) != NULL && strcmp(nl_langinfo(CODESET), "UTF-8") == 0) return 1;
    }
    return 0;
}

/// A terminfo string capability by name (e.g. "kcuu1"), or NULL when the terminal has none.
static inline const char *rk_string_capability(const char *name) {
    char *value = tigetstr(name);
    return value == (char *)-1 ? NULL : value;
}

/// Whether this system's terminfo describes `term` (found in $TERMINFO, ~/.terminfo,
/// $TERMINFO_DIRS or the built-in folders), without keeping what it loaded. A missing
/// database and a missing entry look the same: ncurses reports both as not found.
static inline int rk_terminfo_has(const char *term) {
    int status = 0;
    if (setupterm((char *)term, 1, &status) != OK) return 0;
    del_curterm(cur_term);
    return 1;
}

static inline attr_t rk_a_normal(void) { return A_NORMAL; }
static inline attr_t rk_a_bold(void) { return A_BOLD; }
static inline attr_t rk_a_reverse(void) { return A_REVERSE; }
static inline attr_t rk_a_underline(void) { return A_UNDERLINE; }
static inline attr_t rk_a_dim(void) { return A_DIM; }
static inline attr_t rk_a_italic(void) { return A_ITALIC; }
/// How many colours terminfo says the terminal has.
static inline int rk_colors(void) { int colors = tigetnum("colors"); return colors < 0 ? 0 : colors; }
/// The bits of an attribute that hold its colour pair.
static inline attr_t rk_a_color(void) { return A_COLOR; }


// MARK: - Output

/// Whether the terminal can place the cursor and clear the screen, which drawing needs.
static inline int rk_can_address_cursor(void) { return cursor_address != NULL && clear_screen != NULL; }

/// Before giving the terminal back: a terminal without an alternate screen would
/// keep showing the notes, so it is cleared; then ncurses is told where the cursor
/// is, by moving it with absolute addressing, and endwin leaves it on the bottom
/// line, where the shell's prompt belongs.
static inline void rk_leave_screen(void) {
    if (exit_ca_mode == NULL) putp(clear_screen);
    mvcur(-1, -1, LINES - 1, 0);
    fflush(stdout);
}

#endif
