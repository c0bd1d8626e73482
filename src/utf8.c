/* utf8: strict decoding and character classes (utf8proc's tables). */
#include "utf8.h"

#include <utf8proc.h>

int utf8_decode(const unsigned char *s, size_t n, int32_t *cp)
{
	unsigned c = s[0];
	int len;
	int32_t v, min;

	if (c < 0x80) {
		*cp = (int32_t)c;
		return 1;
	}
	if (c < 0xC2)
		return -1;              /* continuation byte or overlong lead */
	if (c < 0xE0) {
		len = 2; v = c & 0x1F; min = 0x80;
	} else if (c < 0xF0) {
		len = 3; v = c & 0x0F; min = 0x800;
	} else if (c < 0xF5) {
		len = 4; v = c & 0x07; min = 0x10000;
	} else {
		return -1;
	}
	for (int i = 1; i < len; i++) {
		if ((size_t)i >= n)
			return 0;   /* valid so far, cut short */
		if ((s[i] & 0xC0) != 0x80)
			return -1;
		v = (v << 6) | (s[i] & 0x3F);
		/* Reject overlongs and surrogates as early as the second byte so
		 * that a truncated bad sequence is not reported as incomplete. */
		if (i == 1) {
			if (len == 3 && c == 0xE0 && s[1] < 0xA0) return -1;
			if (len == 3 && c == 0xED && s[1] > 0x9F) return -1;
			if (len == 4 && c == 0xF0 && s[1] < 0x90) return -1;
			if (len == 4 && c == 0xF4 && s[1] > 0x8F) return -1;
		}
	}
	if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return -1;
	*cp = v;
	return len;
}

int utf8_put(int32_t cp, unsigned char *dst)
{
	return (int)utf8proc_encode_char(cp, dst);
}

int uc_is_letter(int32_t cp)
{
	if (cp < 0x80)
		return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
	utf8proc_category_t c = utf8proc_category(cp);
	return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

int uc_is_upper(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	utf8proc_category_t c = utf8proc_category(cp);
	return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

int uc_is_digit(int32_t cp)
{
	if (cp < 0x80)
		return cp >= '0' && cp <= '9';
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_ND;
}

int uc_is_mark(int32_t cp)
{
	if (cp < 0x300)
		return 0;
	utf8proc_category_t c = utf8proc_category(cp);
	return c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME;
}

int32_t uc_tolower(int32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
	return utf8proc_tolower(cp);
}

size_t utf8_count(const unsigned char *s, size_t n)
{
	size_t count = 0;
	for (size_t i = 0; i < n; i++)
		count += (s[i] & 0xC0) != 0x80;
	return count;
}

size_t utf8_fold(const unsigned char *s, size_t n, unsigned char *out, size_t cap)
{
	size_t o = 0, i = 0;
	int space = 0;
	while (i < n) {
		if (s[i] < 0x80 && s[i] > ' ') {
			/* ASCII, not a space: the common case, at once */
			if (space && o > 0) {
				if (o >= cap)
					return (size_t)-1;
				out[o++] = ' ';
			}
			space = 0;
			if (o >= cap)
				return (size_t)-1;
			unsigned char c = s[i++];
			out[o++] = c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
			continue;
		}
		int32_t cp;
		int len = utf8_decode(s + i, n - i, &cp);
		if (len <= 0) {
			cp = s[i];
			len = 1;
		}
		i += (size_t)len;
		if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ||
		    cp == 0xA0 || cp == 0x202F || (cp >= 0x2000 && cp <= 0x200A)) {
			space = 1;
			continue;
		}
		if (cp == 0x2019 || cp == 0x2018 || cp == 0x2032)
			cp = '\'';
		if (space && o > 0) {
			if (o >= cap)
				return (size_t)-1;
			out[o++] = ' ';
		}
		space = 0;
		if (o + 4 > cap)
			return (size_t)-1;
		o += (size_t)utf8_put(uc_tolower(cp), out + o);
	}
	return o;
}
