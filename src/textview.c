/* textview: runs, NFC with lumping, and the offset map back to the input. */
#include "textview.h"
#include "utf8.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* Byte classes for the run splitter: bytes that need a closer look. */
enum { B_PLAIN, B_NUL, B_BREAK, B_HIGH };
static unsigned char byte_class[256];

static void init_classes(void)
{
	if (byte_class['\n'])
		return;
	byte_class[0] = B_NUL;
	byte_class['\n'] = B_BREAK;
	byte_class['\r'] = B_BREAK;
	for (int c = 0x80; c < 256; c++)
		byte_class[c] = B_HIGH;
}

void tv_init(struct textview *tv, size_t window_cap)
{
	init_classes();
	memset(tv, 0, sizeof *tv);
	/* NFC never makes UTF-8 more than three times longer. */
	tv->vcap = window_cap * 3 + 1024;
	/* Zeroed: PCRE2's JIT may read (and ignore) a few bytes past the end
	 * of a subject, which must not be uninitialized memory (valgrind). */
	tv->view = xcalloc(tv->vcap, 1);
	tv->map = xmalloc(tv->vcap * sizeof *tv->map);
	tv->runcap = 64;
	tv->runs = xmalloc(tv->runcap * sizeof *tv->runs);
}

void tv_free(struct textview *tv)
{
	free(tv->view);
	free(tv->map);
	free(tv->runs);
	memset(tv, 0, sizeof *tv);
}

static int combining(int32_t cp)
{
	return cp >= 0x300 && utf8proc_get_property(cp)->combining_class != 0;
}

size_t tv_unit_len(const unsigned char *s, size_t n)
{
	int32_t cp;
	int len = utf8_decode(s, n, &cp);
	size_t i = len > 0 ? (size_t)len : 1;
	/* What follows may be cut short or invalid (the end of a window):
	 * decode it strictly, within n. */
	while (i < n && s[i] >= 0xC0) {
		len = utf8_decode(s + i, n - i, &cp);
		if (len <= 0 || !combining(cp))
			break;
		i += (size_t)len;
	}
	return i;
}

/* Characters that NFC and lumping leave alone: ASCII, and the Latin
 * letters and signs of U+00A1..U+024F but the soft hyphen. */
static int stable_char(int32_t cp)
{
	return cp < 0x80 || (cp >= 0xA1 && cp <= 0x24F && cp != 0xAD);
}

#define NORM_OPTS (UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_LUMP | UTF8PROC_IGNORE)

static void put_unit(struct textview *tv, const unsigned char *u, size_t n,
		     uint32_t orig)
{
	int32_t cps[64];
	int32_t cp;
	utf8proc_ssize_t k = -1;

	if (!(n == (size_t)utf8_get(u, &cp) && stable_char(cp))) {
		k = utf8proc_decompose(u, (utf8proc_ssize_t)n, cps, 64, NORM_OPTS);
		if (k >= 0 && k <= 64)
			k = utf8proc_normalize_utf32(cps, k, NORM_OPTS);
		else
			k = -1;
		if (k >= 0 && tv->vlen + (size_t)k * 4 > tv->vcap)
			k = -1;
	}
	if (k < 0) {
		/* Already normal, or too odd to normalize: keep the bytes. */
		if (tv->vlen + n > tv->vcap)
			return;
		memcpy(tv->view + tv->vlen, u, n);
		for (size_t i = 0; i < n; i++)
			tv->map[tv->vlen++] = orig;
		return;
	}
	for (utf8proc_ssize_t i = 0; i < k; i++) {
		int len = utf8_put(cps[i], tv->view + tv->vlen);
		for (int j = 0; j < len; j++)
			tv->map[tv->vlen++] = orig;
	}
}

/* Add the run win[from, to).  A verbatim run (ASCII, or characters that
 * normalization leaves alone) is matched in place: no copy, no map. */
static void add_run(struct textview *tv, size_t from, size_t to, int verbatim)
{
	if (from >= to)
		return;
	if (tv->nruns == tv->runcap) {
		tv->runcap *= 2;
		tv->runs = xrealloc(tv->runs, tv->runcap * sizeof *tv->runs);
	}
	struct tv_run *r = &tv->runs[tv->nruns];
	r->ostart = tv->base + from;
	if (verbatim) {
		r->text = tv->win + from;
		r->len = to - from;
		r->map = NULL;
	} else {
		size_t v0 = tv->vlen;
		const unsigned char *w = tv->win;
		for (size_t i = from; i < to;) {
			/* ASCII not followed by a combining mark is its own unit:
			 * copy it straight (most bytes of French text). */
			if (w[i] < 0x80 && (i + 1 == to || w[i + 1] < 0x80)) {
				if (tv->vlen == tv->vcap)
					break;
				tv->map[tv->vlen] = (uint32_t)i;
				tv->view[tv->vlen++] = w[i++];
				continue;
			}
			size_t n = tv_unit_len(w + i, to - i);
			put_unit(tv, w + i, n, (uint32_t)i);
			i += n;
		}
		if (tv->vlen == v0)
			return;     /* only ignorable characters */
		r->text = tv->view + v0;
		r->len = tv->vlen - v0;
		r->map = tv->map + v0;
	}
	tv->nruns++;
}

/* If a blank line starts at s[i] (a line break), return the index just
 * past the white space that holds it; else 0. */
static size_t blank_line_end(const unsigned char *s, size_t n, size_t i)
{
	int breaks = 0;
	size_t j = i;
	while (j < n) {
		unsigned char c = s[j];
		if (c == '\n') {
			breaks++;
		} else if (c == '\r') {
			if (j + 1 < n && s[j + 1] == '\n')
				j++;
			breaks++;
		} else if (c != ' ' && c != '\t' && c != '\f' && c != '\v') {
			break;
		}
		j++;
	}
	return breaks >= 2 ? j : 0;
}

/* Bytes from s[i] on that need no attention (not NUL, CR, LF nor
 * non-ASCII), eight at a time. */
static size_t plain_run(const unsigned char *s, size_t i, size_t n)
{
	const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
	while (i + 8 <= n) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		uint64_t lf = w ^ (ones * '\n'), cr = w ^ (ones * '\r');
		uint64_t special = w | ((w - ones) & ~w) | ((lf - ones) & ~lf) | ((cr - ones) & ~cr);
		if (special & highs)
			break;
		i += 8;
	}
	while (i < n && byte_class[s[i]] == B_PLAIN)
		i++;
	return i;
}

void tv_build(struct textview *tv, const unsigned char *win, size_t wlen,
	      uint64_t base, int at_eof)
{
	tv->win = win;
	tv->wlen = wlen;
	tv->base = base;
	tv->nruns = 0;
	tv->vlen = 0;

	size_t start = 0, i = 0;
	int verbatim = 1;   /* the run so far is its own view */
	while (i < wlen) {
		unsigned char c = win[i];
		switch (byte_class[c]) {
		case B_PLAIN:
			i = plain_run(win, i + 1, wlen);
			break;
		case B_BREAK: {
			size_t j = blank_line_end(win, wlen, i);
			if (j) {
				add_run(tv, start, i, verbatim);
				start = i = j;
				verbatim = 1;
			} else {
				i++;
			}
			break;
		}
		case B_NUL:
			add_run(tv, start, i, verbatim);
			start = ++i;
			verbatim = 1;
			break;
		default: {
			int32_t cp;
			int len = utf8_decode(win + i, wlen - i, &cp);
			if (len > 0) {
				/* A combining mark is not stable: the run
				 * around it is normalized. */
				if (!stable_char(cp))
					verbatim = 0;
				i += (size_t)len;
			} else if (len == 0 && !at_eof) {
				add_run(tv, start, i, verbatim);
				return;     /* the rest comes with the next window */
			} else {
				add_run(tv, start, i, verbatim);
				start = ++i;
				verbatim = 1;
			}
		}
		}
	}
	add_run(tv, start, wlen, verbatim);
}

uint64_t tv_oend(const struct textview *tv, const struct tv_run *r, size_t e)
{
	if (!r->map) {
		while (e < r->len && (r->text[e] & 0xC0) == 0x80)
			e++;
		return r->ostart + e;
	}
	uint32_t u = r->map[e - 1];
	return tv->base + u + tv_unit_len(tv->win + u, tv->wlen - u);
}

size_t tv_vindex_near(const struct textview *tv, const struct tv_run *r, uint64_t off,
		      size_t hint)
{
	if (!r->map)
		return tv_vindex(tv, r, off);
	if (off <= tv->base)
		return 0;
	uint32_t rel = (uint32_t)(off - tv->base);
	size_t j = hint < r->len ? hint : r->len;
	if (j < r->len && r->map[j] < rel) {
		while (j < r->len && r->map[j] < rel)
			j++;
	} else {
		while (j > 0 && r->map[j - 1] >= rel)
			j--;
	}
	return j;
}

size_t tv_vindex(const struct textview *tv, const struct tv_run *r, uint64_t off)
{
	if (!r->map) {
		if (off <= r->ostart)
			return 0;
		if (off - r->ostart >= r->len)
			return r->len;
		size_t i = (size_t)(off - r->ostart);
		while (i < r->len && (r->text[i] & 0xC0) == 0x80)
			i++;
		return i;
	}
	size_t lo = 0, hi = r->len;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (tv->base + r->map[mid] < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}
