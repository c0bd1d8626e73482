/*
 * scan: one input from the first byte to the last.
 *
 * Reads with read(2) into a buffer of fixed size that never grows with
 * the input, and moves a window along it.  Each window is viewed
 * (textview), matched up to a cut point (matcher), and the matches are
 * settled (resolver) and printed (printer).  The cut is a white space at
 * least MATCH_MAX bytes before the window's end, and the next window
 * starts at least LOOKBEHIND_MAX bytes before the cut, at the start of a
 * white-space run: every candidate is thus matched with the same context
 * whatever the buffer size, and a match on the cut is found once.
 */
#ifndef TRAWL_SCAN_H
#define TRAWL_SCAN_H

#include <stddef.h>
#include <stdint.h>

#include "matcher.h"
#include "stats.h"
#include "printer.h"
#include "resolve.h"
#include "textview.h"

#define BUFFER_MIN 1024
#define BUFFER_DEFAULT (256 * 1024)
#define BUFFER_MAX (1u << 30)

struct scanner {
	unsigned char *buf;
	size_t cap, len;
	uint64_t base;           /* input offset of buf[0] */
	struct textview tv;
	struct matcher *m;
	struct resolver res;
	struct printer *pr;
	struct recvec recs, carry;
	int with_file;           /* the file column is wanted */
	int offsets_chars;
	int line_buffered;       /* process what has come when the input pauses */
	int paused;              /* the last fill stopped at a pause */
	/* position bookkeeping for emitted rows */
	uint64_t ck_off, ck_line, ck_chars;
	const char *name;
	const char *record_id;   /* the id column while scanning a record */
	uint64_t matches;        /* rows printed for this input */
	int echo;                /* print the text between rows (ansi, html) */
	int show_name;           /* echo formats: head each input with its name */
	uint64_t echo_pos;       /* echoed up to this offset */
	struct stats *stats;     /* when set, every row is counted there */
	/* When set, rows go here instead of to the printer (tests, fuzzing). */
	void (*on_row)(void *arg, const struct row *r);
	void *on_row_arg;
};

void scan_init(struct scanner *s, size_t bufsize, struct matcher *m, struct printer *pr);
void scan_free(struct scanner *s);

/* Scan the input on fd, named name in rows and messages.  Returns 0, or
 * -1 after reporting a read error (rows before it are printed). */
int scan_fd(struct scanner *s, int fd, const char *name);

/* Scan a byte string as one input (tests, fuzzing, records). */
void scan_mem(struct scanner *s, const unsigned char *p, size_t n, const char *name);

#endif
