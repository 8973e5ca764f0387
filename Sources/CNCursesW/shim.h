// The C side of the curses backend: the wide-character API and the macros Swift cannot see.
#ifndef RENCANA_CNCURSESW_SHIM_H
#define RENCANA_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <signal.h>
#include <string.h>
#include <ncursesw/curses.h>

// Globals that Swift 6 rejects as not concurrency-safe.
static inline WINDOW *rencana_stdscr(void) { return stdscr; }
static inline WINDOW *rencana_curscr(void) { return curscr; }
static inline int rencana_lines(void) { return LINES; }
static inline int rencana_cols(void) { return COLS; }

// Attributes (macros).
static inline attr_t rencana_a_normal(void) { return A_NORMAL; }
static inline attr_t rencana_a_bold(void) { return A_BOLD; }
static inline attr_t rencana_a_reverse(void) { return A_REVERSE; }
static inline attr_t rencana_a_underline(void) { return A_UNDERLINE; }
static inline attr_t rencana_a_dim(void) { return A_DIM; }
static inline attr_t rencana_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }
static inline attr_t rencana_a_altcharset(void) { return A_ALTCHARSET; }

// Whether the terminal's alternate character set has the DEC line-drawing horizontal line ('q' in acsc); after initscr.
static inline int rencana_has_acs_hline(void) { return (NCURSES_ACS('q') & A_ALTCHARSET) != 0; }

// Keys and mouse events (macros).
static inline int rencana_key_f(int n) { return KEY_F(n); }
static inline mmask_t rencana_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t rencana_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t rencana_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t rencana_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t rencana_button5_pressed(void) {
#ifdef BUTTON5_PRESSED
    return BUTTON5_PRESSED;
#else
    return 0;
#endif
}
static inline mmask_t rencana_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
// Whether the terminal description's mouse prefix (kmous) is SGR's "\E[<", which ncurses then decodes itself.
static inline int rencana_kmous_is_sgr(void) {
    const char *kmous = tigetstr("kmous");
    return kmous != NULL && kmous != (const char *)-1 && strcmp(kmous, "\033[<") == 0;
}
static inline mmask_t rencana_report_mouse_position(void) { return REPORT_MOUSE_POSITION; }

// The locale's character set, e.g. "UTF-8" (after setlocale).
static inline const char *rencana_codeset(void) { return nl_langinfo(CODESET); }

// Installs `handler` for `sig` with SA_RESETHAND, keeping the previous action in `old` (may be NULL).
static inline int rencana_install_handler(int sig, void (*handler)(int), int reset_hand, struct sigaction *old) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = reset_hand ? SA_RESETHAND : 0;
    return sigaction(sig, &action, old);
}

// Lets `sig` be delivered again inside its own handler (so a re-raise runs the previous action at once).
static inline void rencana_unblock_signal(int sig) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}

#endif
