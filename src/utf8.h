/*
 * utf8: strict UTF-8 decoding (RFC 3629: no overlongs, no surrogates,
 * nothing above U+10FFFF) and the few character classes the matcher needs.
 */
#ifndef TRAWL_UTF8_H
#define TRAWL_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decode one code point from s[0..n).  Returns its length (1-4) and sets
 * *cp; returns 0 when s holds a valid but incomplete prefix (more bytes
 * needed), -1 when s[0] starts an invalid sequence. */
int utf8_decode(const unsigned char *s, size_t n, int32_t *cp);

/* Decode a code point known to be valid (text views are valid UTF-8). */
static inline int utf8_get(const unsigned char *s, int32_t *cp)
{
	unsigned c = s[0];
	if (c < 0x80) { *cp = (int32_t)c; return 1; }
	if (c < 0xE0) { *cp = (int32_t)(((c & 0x1F) << 6) | (s[1] & 0x3F)); return 2; }
	if (c < 0xF0) {
		*cp = (int32_t)(((c & 0x0F) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3F));
		return 3;
	}
	*cp = (int32_t)(((c & 0x07) << 18) | ((s[1] & 0x3Fu) << 12) |
	      ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3F));
	return 4;
}

/* Encode cp into dst (4 bytes of room); returns the length. */
int utf8_put(int32_t cp, unsigned char *dst);

/* Character classes over code points (Unicode general categories). */
int uc_is_letter(int32_t cp);
int uc_is_upper(int32_t cp);
int uc_is_digit(int32_t cp);
int uc_is_mark(int32_t cp);
int32_t uc_tolower(int32_t cp);

/* Number of code points in s[0..n), an invalid byte counting as one. */
size_t utf8_count(const unsigned char *s, size_t n);

/* Fold s[0..n) for dictionary lookups: lower case, runs of white space as
 * one ' ', typographic apostrophes as '\''.  Writes at most cap bytes
 * into out and returns the folded length, or (size_t)-1 if it does not
 * fit. */
size_t utf8_fold(const unsigned char *s, size_t n, unsigned char *out, size_t cap);

#endif
