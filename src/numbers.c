/* numbers: grouping conventions, number words, exact decimals. */
#include "numbers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COEF_MAX 999999999999999999LL   /* 18 digits */

static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_sep(char c) { return c == ' ' || c == '-' || c == '\n' || c == '\t' || c == '\r'; }

int num_parse_digits(const char *s, size_t n, const char *lang, struct dec *out)
{
	size_t i = 0;
	int neg = 0;
	while (i < n && (s[i] == ' '))
		i++;
	if (i < n && (s[i] == '-' || s[i] == '+')) {
		neg = s[i] == '-';
		i++;
		while (i < n && s[i] == ' ')
			i++;
	}
	while (n > i && s[n - 1] == ' ')
		n--;
	/* ".5" and ",5": a leading mark is the decimal one. */
	int lead = i + 1 < n && (s[i] == '.' || s[i] == ',') && is_digit(s[i + 1]);
	if (i >= n || (!is_digit(s[i]) && !lead))
		return -1;

	/* Count the marks to decide which is decimal. */
	int ndot = 0, ncomma = 0;
	size_t lastdot = 0, lastcomma = 0;
	for (size_t k = i; k < n; k++) {
		if (s[k] == '.') { ndot++; lastdot = k; }
		else if (s[k] == ',') { ncomma++; lastcomma = k; }
		else if (!is_digit(s[k]) && s[k] != ' ' && s[k] != '\'')
			return -1;
	}
	char dmark = 0;
	if (lead) {
		if (ndot + ncomma != 1)
			return -1;
		dmark = s[i];
	} else if (ndot && ncomma) {
		dmark = lastdot > lastcomma ? '.' : ',';
		if ((dmark == '.' && ndot > 1) || (dmark == ',' && ncomma > 1))
			return -1;
	} else if (ndot == 1 || ncomma == 1) {
		char m = ndot ? '.' : ',';
		size_t at = ndot ? lastdot : lastcomma, digits = 0;
		for (size_t k = at + 1; k < n && is_digit(s[k]); k++)
			digits++;
		int fr = lang && strcmp(lang, "fr") == 0;
		if (digits == 3 && at + 4 == n) {
			/* The ambiguous shape: the language decides. */
			if (fr)
				dmark = m == ',' ? ',' : 0;
			else
				dmark = m == '.' ? '.' : 0;
		} else {
			dmark = m;
		}
	}

	int64_t coef = 0;
	int exp = 0, frac = 0, sig = 0;
	for (size_t k = i; k < n; k++) {
		char c = s[k];
		if (c == dmark) {
			if (frac)
				return -1;
			frac = 1;
			continue;
		}
		if (!is_digit(c))
			continue;   /* a group separator */
		if (coef == 0 && c == '0' && !frac)
			continue;
		if (sig >= 18) {
			if (c != '0')
				return -1;   /* more precision than a coefficient holds */
			if (!frac)
				exp++;
			continue;
		}
		coef = coef * 10 + (c - '0');
		if (coef)
			sig++;
		if (frac)
			exp--;
	}
	/* Group separators must stand before exactly three digits. */
	for (size_t k = i; k < n; k++) {
		char c = s[k];
		if (c == dmark || is_digit(c))
			continue;
		size_t digits = 0;
		for (size_t j = k + 1; j < n && is_digit(s[j]); j++)
			digits++;
		int indian = c == ',' && digits == 2;
		if (digits != 3 && !indian)
			return -1;
	}
	while (exp < 0 && coef % 10 == 0 && coef != 0) {
		coef /= 10;   /* trailing zeros after the mark say nothing */
		exp++;
	}
	if (exp > 12 || exp < -12)
		return -1;   /* over 30 digits, or 12 decimals: no amount is written so */
	out->coef = neg ? -coef : coef;
	out->exp = exp;
	return 0;
}

/* One token of words[] at s: the longest run of up to 4 words joined by
 * white space or '-' that the list knows, a hyphen counting as a space
 * ("quatre-vingt" is looked up as "quatre vingt").  Returns its length,
 * the value in *v. */
static size_t word_token(const char *s, size_t n, const struct list *words, const char **v)
{
	size_t ends[4];
	int k = 0;
	size_t i = 0;
	while (i < n && k < 4) {
		while (i < n && !is_sep(s[i]))
			i++;
		ends[k++] = i;
		while (i < n && is_sep(s[i]))
			i++;
	}
	char key[128];
	for (int j = k - 1; j >= 0; j--) {
		if (ends[j] >= sizeof key)
			continue;
		for (size_t c = 0; c < ends[j]; c++)
			key[c] = s[c] == '-' ? ' ' : s[c];
		const char *val = list_get(words, key, ends[j]);
		if (val) {
			*v = val;
			return ends[j];
		}
	}
	return 0;
}

/* The decimals after "point" / "virgule", s[0..n): single digits read one
 * by one ("one four" .14, "zéro cinq" .05), else a number in words read
 * whole after any zeros ("vingt-cinq" .25).  No scale, no second mark. */
static int decimals_words(const char *s, size_t n, const struct list *words, struct dec *out)
{
	int64_t digits = 0, whole = 0;
	int ndig = 0, zeros = 0, all_digits = 1, any = 0;
	size_t i = 0, rest = 0;
	while (i < n) {
		while (i < n && is_sep(s[i]))
			i++;
		if (i >= n)
			break;
		const char *v;
		size_t len = word_token(s + i, n - i, words, &v);
		if (len && v[0] == '+' && ndig == zeros && any) {
			all_digits = 0;   /* "vingt et un" */
			i += len;
			continue;
		}
		if (!len || v[0] < '0' || v[0] > '9')
			return -1;   /* a scale, a multiplier, a mark */
		int64_t x = strtoll(v, NULL, 10);
		if (x < 0 || x > 99)
			return -1;
		if (all_digits && x <= 9) {
			if (ndig >= 12)
				return -1;
			digits = digits * 10 + x;
			ndig++;
			if (digits == 0)
				zeros++, rest = i + len;
		} else {
			if (ndig > zeros)
				return -1;   /* "un vingt": digits, then a number */
			all_digits = 0;
		}
		any = 1;
		i += len;
	}
	if (!any)
		return -1;
	if (all_digits) {
		out->coef = digits;
		out->exp = -ndig;
		return 0;
	}
	/* "vingt-cinq", "zéro vingt-cinq": the words after the zeros, whole */
	struct dec w;
	if (num_parse_words(s + rest, n - rest, words, &w) < 0 || w.exp != 0)
		return -1;
	whole = w.coef;
	int nd = 0;
	for (int64_t t = whole; t; t /= 10)
		nd++;
	if (whole <= 0 || nd + zeros > 12)
		return -1;
	out->coef = whole;
	out->exp = -(nd + zeros);
	return 0;
}

int num_parse_words(const char *s, size_t n, const struct list *words, struct dec *out)
{
	int64_t total = 0, cur = 0;
	int any = 0;
	size_t i = 0;
	if (!words)
		return -1;
	while (i < n) {
		while (i < n && is_sep(s[i]))
			i++;
		if (i >= n)
			break;
		const char *v;
		size_t len = word_token(s + i, n - i, words, &v);
		if (!len)
			return -1;
		i += len;
		if (v[0] == '+')
			continue;
		if (v[0] == '.') {
			/* "point", "virgule": what follows are the decimals */
			struct dec f, w = { total + cur, 0 };
			if (!any || decimals_words(s + i, n - i, words, &f) < 0 ||
			    dec_add(w, f, out) < 0)
				return -1;
			return 0;
		}
		int64_t x = strtoll(v + (v[0] == 'x' || v[0] == '*'), NULL, 10);
		if (x <= 0 && v[0] != '0')
			return -1;
		if (v[0] == 'x') {
			if ((cur ? cur : 1) > COEF_MAX / x)
				return -1;   /* "cent cent cent...": no number */
			cur = (cur ? cur : 1) * x;
		} else if (v[0] == '*') {
			if (cur == 0 && total > 0) {
				if (total > COEF_MAX / x)
					return -1;
				total *= x;      /* "mille milliards" */
			} else {
				if ((cur ? cur : 1) > COEF_MAX / x)
					return -1;
				total += (cur ? cur : 1) * x;
			}
			cur = 0;
		} else {
			if (x > COEF_MAX - cur)
				return -1;
			cur += x;
		}
		if (total > COEF_MAX || cur > COEF_MAX)
			return -1;
		any = 1;
	}
	if (!any)
		return -1;
	out->coef = total + cur;
	out->exp = 0;
	return 0;
}

int num_parse(const char *s, size_t n, const char *lang, const struct list *words,
	      struct dec *out)
{
	for (size_t i = 0; i < n; i++)
		if (is_digit(s[i]))
			return num_parse_digits(s, n, lang, out);
	return num_parse_words(s, n, words, out);
}

int dec_from_str(const char *s, struct dec *out)
{
	return num_parse_digits(s, strlen(s), "en", out) == 0 && !strchr(s, ',') ? 0 : -1;
}

static void normalize_dec(struct dec *a)
{
	while (a->coef != 0 && a->coef % 10 == 0 && a->exp < 0) {
		a->coef /= 10;
		a->exp++;
	}
	if (a->coef == 0)
		a->exp = 0;
}

int dec_mul(struct dec a, struct dec b, struct dec *out)
{
	normalize_dec(&a);
	normalize_dec(&b);
	int64_t x = a.coef, y = b.coef;
	if (x && y) {
		int64_t ax = x < 0 ? -x : x, ay = y < 0 ? -y : y;
		if (ax > COEF_MAX / ay)
			return -1;
	}
	out->coef = x * y;
	out->exp = a.exp + b.exp;
	normalize_dec(out);
	return 0;
}

int dec_add(struct dec a, struct dec b, struct dec *out)
{
	while (a.exp > b.exp) {
		if (a.coef > COEF_MAX / 10 || a.coef < -COEF_MAX / 10)
			return -1;
		a.coef *= 10;
		a.exp--;
	}
	while (b.exp > a.exp) {
		if (b.coef > COEF_MAX / 10 || b.coef < -COEF_MAX / 10)
			return -1;
		b.coef *= 10;
		b.exp--;
	}
	out->coef = a.coef + b.coef;
	out->exp = a.exp;
	if (out->coef > COEF_MAX || out->coef < -COEF_MAX)
		return -1;
	normalize_dec(out);
	return 0;
}

int dec_cmp(struct dec a, struct dec b)
{
	struct dec d;
	if (dec_add(a, dec_neg(b), &d) < 0) {
		/* Too far apart to subtract exactly: compare magnitudes. */
		double x = (double)a.coef, y = (double)b.coef;
		for (int i = 0; i < a.exp; i++) x *= 10;
		for (int i = 0; i > a.exp; i--) x /= 10;
		for (int i = 0; i < b.exp; i++) y *= 10;
		for (int i = 0; i > b.exp; i--) y /= 10;
		return x < y ? -1 : x > y;
	}
	return d.coef < 0 ? -1 : d.coef > 0;
}

struct dec dec_neg(struct dec a)
{
	a.coef = -a.coef;
	return a;
}

int dec_format(struct dec a, char *buf, size_t cap)
{
	char digits[32];
	normalize_dec(&a);
	int neg = a.coef < 0;
	uint64_t c = (uint64_t)(neg ? -a.coef : a.coef);
	int nd = snprintf(digits, sizeof digits, "%llu", (unsigned long long)c);
	size_t o = 0;
	char tmp[128];
	if (neg)
		tmp[o++] = '-';
	if (a.exp >= 0) {
		memcpy(tmp + o, digits, (size_t)nd);
		o += (size_t)nd;
		for (int i = 0; i < a.exp && o < sizeof tmp - 1; i++)
			tmp[o++] = '0';
	} else {
		int point = nd + a.exp;   /* digits before the mark */
		if (point <= 0) {
			tmp[o++] = '0';
			tmp[o++] = '.';
			for (int i = 0; i < -point && o < sizeof tmp - 1; i++)
				tmp[o++] = '0';
			memcpy(tmp + o, digits, (size_t)nd);
			o += (size_t)nd;
		} else {
			memcpy(tmp + o, digits, (size_t)point);
			o += (size_t)point;
			tmp[o++] = '.';
			memcpy(tmp + o, digits + point, (size_t)(nd - point));
			o += (size_t)(nd - point);
		}
	}
	if (o >= cap)
		o = cap - 1;
	memcpy(buf, tmp, o);
	buf[o] = '\0';
	return (int)o;
}
