/*
 * textview: a window of input bytes as the matcher sees it.
 *
 * The window is cut into runs: maximal stretches of valid UTF-8 that hold
 * no blank line, no NUL byte and no invalid sequence, so that no match
 * can cross one of those barriers.  A run that normalization would leave
 * as it is (ASCII, and the Latin letters of U+00A1..U+024F with no
 * combining mark) is matched in place: no copy, no map, which spares most
 * French text the map's four bytes per byte.  Any other run is copied in NFC, with every
 * space separator (U+00A0, U+202F, U+2009...) lumped to ' ', typographic
 * apostrophes to '\'', dashes and U+2212 to '-', and default-ignorable
 * code points (soft hyphen, BOM, zero-width space) dropped; a map gives,
 * for each view byte, the input offset of the character it came from,
 * so that every match maps back to exact input bytes.
 */
#ifndef TRAWL_TEXTVIEW_H
#define TRAWL_TEXTVIEW_H

#include <stddef.h>
#include <stdint.h>

struct tv_run {
	const unsigned char *text;   /* view text, valid UTF-8 */
	size_t len;
	uint64_t ostart;             /* input offset of text[0] */
	const uint32_t *map;         /* NULL: in place (text is the input); else
	                              * window-relative offsets */
};

struct textview {
	struct tv_run *runs;
	size_t nruns, runcap;
	unsigned char *view;         /* normalized copies of non-ASCII runs */
	uint32_t *map;
	size_t vlen, vcap;
	const unsigned char *win;    /* the window being viewed */
	size_t wlen;
	uint64_t base;               /* input offset of win[0] */
};

/* Prepare a view for windows of up to window_cap bytes. */
void tv_init(struct textview *tv, size_t window_cap);
void tv_free(struct textview *tv);

/* Build the runs of win[0..wlen), whose first byte is at input offset
 * base.  With at_eof false, an incomplete UTF-8 sequence at the very end
 * ends the last run instead of being a barrier (the next window sees it
 * whole).  The view refers to win until the next tv_build. */
void tv_build(struct textview *tv, const unsigned char *win, size_t wlen,
	      uint64_t base, int at_eof);

/* Input offset of the character holding view byte i (i < r->len). */
static inline uint64_t tv_ostart(const struct textview *tv,
				 const struct tv_run *r, size_t i)
{
	return r->map ? tv->base + r->map[i] : r->ostart + i;
}

/* Input offset just past the character holding view byte e-1 (e > 0):
 * the end of a match that ends at view offset e. */
uint64_t tv_oend(const struct textview *tv, const struct tv_run *r, size_t e);

/* Smallest view index i in r whose character starts at or after input
 * offset off (r->len when none). */
size_t tv_vindex(const struct textview *tv, const struct tv_run *r, uint64_t off);

/* The same, searching from view index hint (fast when the answer is near,
 * as it is when the view is about as long as the input). */
size_t tv_vindex_near(const struct textview *tv, const struct tv_run *r, uint64_t off,
		      size_t hint);

/* Length in input bytes of the normalization unit (a character and the
 * combining marks that follow it) at s[0..n); s[0] starts a valid
 * character, what follows may be anything. */
size_t tv_unit_len(const unsigned char *s, size_t n);

#endif
