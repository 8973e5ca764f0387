// The C side of the curses backend: the wide-character API and the macros Swift cannot see.
#ifndef RENCANA_CNCURSESW_SHIM_H
#define RENCANA_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *rencana_stdscr(void) { return stdscr; }

#endif
