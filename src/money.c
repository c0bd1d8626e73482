/*
 * money: MONEY values, "AMOUNT CODE".
 *
 * Groups read (a trailing 2 marks the second end of a range, whose rule
 * also has groups part1 and part2 giving each end its own row):
 *   amount   digits in any grouping, or words of the numword list
 *   scale    list value: the multiplier ("millions" 1000000, "bn" 1e9)
 *   cur      list value: ISO 4217 code, or CODE/100 for a minor unit
 *            ("pence" GBP/100)
 *   minor    a number of hundredths added to the amount ("et 23 centimes")
 *   sign     '-' makes the amount negative
 * An end of a range lacking scale or currency takes the other end's.  An
 * amount with a scale but no currency is left for the resolver, which
 * gives it the currency of the sentence or drops it; an amount with
 * neither is not money.
 */
#include "normalize.h"
#include "numbers.h"

#include <stdio.h>
#include <string.h>

static const char *lookup2(const struct match *m, const char *base, int part)
{
	char g[32];
	snprintf(g, sizeof g, "%s%s", base, part == 2 ? "2" : "");
	const char *v = m_lookup(m, g);
	if (!v && part) {
		snprintf(g, sizeof g, "%s%s", base, part == 2 ? "" : "2");
		v = m_lookup(m, g);
	}
	return v;
}

static const char *group2(const struct match *m, const char *base, int part, size_t *n)
{
	char g[32];
	snprintf(g, sizeof g, "%s%s", base, part == 2 ? "2" : "");
	return m_group(m, g, n);
}

int norm_money(const struct match *m, struct normval *v)
{
	const char *lang = m->rule->file->lang;
	size_t n;
	const char *s = group2(m, "amount", m->part, &n);
	struct dec amount, x;
	if (!s || num_parse(s, n, lang, m_list(m, "numword"), &amount) < 0)
		return 0;

	const char *scale = lookup2(m, "scale", m->part);
	char g[32];
	snprintf(g, sizeof g, "scale%s", m->part == 2 ? "2" : "");
	if (!scale && m_group(m, g, &n))
		return 0;    /* a scale word the list does not know */
	if (scale) {
		if (dec_from_str(scale, &x) < 0 || dec_mul(amount, x, &amount) < 0)
			return 0;
	}
	const char *minor = group2(m, "minor", m->part, &n);
	if (minor) {
		struct dec c;
		if (num_parse(minor, n, lang, m_list(m, "numword"), &c) < 0)
			return 0;
		c.exp -= 2;
		if (dec_add(amount, c, &amount) < 0)
			return 0;
	}
	const char *sign = group2(m, "sign", m->part, &n);
	if (sign && memchr(sign, '-', n))
		amount = dec_neg(amount);

	char num[64];
	const char *cur = lookup2(m, "cur", m->part);
	if (!cur) {
		if (!scale)
			return 0;          /* a bare number is not money */
		dec_format(amount, num, sizeof num);
		nv_printf(v, "%s", num);
		v->flags |= NV_NEEDCUR;
		return 1;
	}
	char code[16];
	int div = 0;
	if (sscanf(cur, "%15[A-Z]/%d", code, &div) < 1)
		return 0;
	if (div > 0) {
		struct dec d = {1, 0};
		while (div >= 10) {
			d.exp--;
			div /= 10;
		}
		if (dec_mul(amount, d, &amount) < 0)
			return 0;
	}
	dec_format(amount, num, sizeof num);
	nv_printf(v, "%s %s", num, code);
	return 1;
}
