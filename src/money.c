/*
 * money: MONEY values, "AMOUNT CODE".
 *
 * Groups read (a trailing 2 marks the second end of a range, whose rule
 * also has groups part1 and part2 giving each end its own row):
 *   amount   digits in any grouping, or words of the numword list
 *   scale    list value: the multiplier ("millions" 1000000, "bn" 1e9)
 *   add      a number added after the scale ("2 millions 500 mille")
 *   andhalf  0.5 added to the amount before the scale ("two and a half
 *            million", "deux millions et demi")
 *   half     the amount halved ("half a million", "un demi-milliard")
 *   cur      the currency: the first of the groups cur, curn, curcs, cursym,
 *            symcs, code, codepre whose text its list knows; the value is
 *            an ISO 4217 code, or CODE/100 for a minor unit ("pence"
 *            GBP/100)
 *   minor    a number of hundredths added to the amount ("et 23 centimes")
 *   sign     '-' makes the amount negative
 * An end of a range lacking the currency takes the other end's; lacking
 * the scale, it takes the other end's when the range stays increasing
 * ("$10-15 million": 10 is 10000000 USD; "$500 to $2 million": 500 is
 * 500 USD).  An amount with a scale but no currency is left for the
 * resolver, which gives it the currency of the sentence or drops it; an
 * amount with neither is not money.
 */
#include "normalize.h"
#include "numbers.h"

#include <stdio.h>
#include <string.h>

static const char *const cur_groups[] = {"cur", "curn", "curcs", "cursym", "symcs", "code", "codepre"};
#define NCURG (sizeof cur_groups / sizeof *cur_groups)

static const char *sfx(int part) { return part == 2 ? "2" : ""; }

static const char *group_p(const struct match *m, const char *base, int part, size_t *n)
{
	char g[32];
	snprintf(g, sizeof g, "%s%s", base, sfx(part));
	return m_group(m, g, n);
}

/* The currency of one end: 1 with *code set, 0 if the end names none,
 * -1 if it names one its lists do not know. */
static int end_currency(const struct match *m, int part, const char **code)
{
	int named = 0;
	for (size_t i = 0; i < NCURG; i++) {
		char g[32];
		size_t n;
		snprintf(g, sizeof g, "%s%s", cur_groups[i], sfx(part));
		if (!m_group(m, g, &n))
			continue;
		named = 1;
		const char *v = m_lookup(m, g);
		if (v) {
			*code = v;
			return 1;
		}
	}
	return named ? -1 : 0;
}

/* The scale of one end: 1 with *x set, 0 if none, -1 if unknown. */
static int end_scale(const struct match *m, int part, struct dec *x)
{
	char g[32];
	size_t n;
	snprintf(g, sizeof g, "scale%s", sfx(part));
	if (!m_group(m, g, &n))
		return 0;
	const char *v = m_lookup(m, g);
	if (!v || dec_from_str(v, x) < 0)
		return -1;
	return 1;
}

static int end_amount(const struct match *m, int part, struct dec *a)
{
	size_t n;
	const char *s = group_p(m, "amount", part, &n);
	return s ? num_parse(s, n, m->rule->file->lang, m_list(m, "numword"), a) : -1;
}

int norm_money(const struct match *m, struct normval *v)
{
	const char *lang = m->rule->file->lang;
	const struct list *words = m_list(m, "numword");
	int part = m->part, other = part == 1 ? 2 : part == 2 ? 1 : 0;
	size_t n;
	struct dec amount, x;

	if (end_amount(m, part, &amount) < 0)
		return 0;
	if (group_p(m, "andhalf", part, &n) && dec_add(amount, (struct dec){5, -1}, &amount) < 0)
		return 0;
	if (group_p(m, "half", part, &n) && dec_mul(amount, (struct dec){5, -1}, &amount) < 0)
		return 0;

	int has_scale = end_scale(m, part, &x);
	if (has_scale < 0)
		return 0;
	if (!has_scale && other) {
		struct dec xo, ao;
		if (end_scale(m, other, &xo) == 1 && end_amount(m, other, &ao) == 0) {
			int increasing = part == 1 ? dec_cmp(amount, ao) <= 0 : dec_cmp(ao, amount) <= 0;
			if (increasing) {
				x = xo;
				has_scale = 1;
			}
		}
	}
	if (has_scale && dec_mul(amount, x, &amount) < 0)
		return 0;

	const char *add = group_p(m, "add", part, &n);
	if (add) {
		struct dec c;
		if (num_parse(add, n, lang, words, &c) < 0 || dec_add(amount, c, &amount) < 0)
			return 0;
	}
	const char *minor = group_p(m, "minor", part, &n);
	if (minor) {
		struct dec c;
		if (num_parse(minor, n, lang, words, &c) < 0)
			return 0;
		c.exp -= 2;
		if (dec_add(amount, c, &amount) < 0)
			return 0;
	}
	const char *sign = group_p(m, "sign", part, &n);
	if (sign && memchr(sign, '-', n))
		amount = dec_neg(amount);

	const char *cur = NULL;
	int has_cur = end_currency(m, part, &cur);
	if (has_cur < 0)
		return 0;
	if (!has_cur && other && end_currency(m, other, &cur) < 0)
		return 0;

	char num[64];
	if (!cur) {
		if (!has_scale)
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
