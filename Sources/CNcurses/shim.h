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
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *rk_stdscr(void) { return stdscr; }
static inline int rk_lines(void) { return LINES; }
static inline int rk_cols(void) { return COLS; }
static inline int rk_key_code_yes(void) { return KEY_CODE_YES; }
static inline int rk_key_f(int n) { return KEY_F(n); }
static inline int rk_err(void) { return ERR; }

static inline attr_t rk_a_normal(void) { return A_NORMAL; }
static inline attr_t rk_a_bold(void) { return A_BOLD; }
static inline attr_t rk_a_reverse(void) { return A_REVERSE; }
static inline attr_t rk_a_underline(void) { return A_UNDERLINE; }
static inline attr_t rk_a_dim(void) { return A_DIM; }
static inline attr_t rk_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }

static inline mmask_t rk_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t rk_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t rk_button1_clicked(void) { return BUTTON1_CLICKED | BUTTON1_RELEASED; }
static inline mmask_t rk_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t rk_button5_pressed(void) { return BUTTON5_PRESSED; }

/// Writes one grapheme (UTF-8) at a position with attributes; ncursesw decodes it
/// with the locale set by setlocale.
static inline void rk_put(int y, int x, const char *utf8, attr_t attrs) {
    attrset(attrs);
    mvaddstr(y, x, utf8);
}

#endif
