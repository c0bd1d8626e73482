/*
 * percent: PERCENT values, the number of percent as a plain decimal.
 * Groups read: amount (digits or numword words), sign; amount2 for the
 * second end of a range (rules with part1 and part2).
 */
#include "normalize.h"
#include "numbers.h"

#include <string.h>

int norm_percent(const struct match *m, struct normval *v)
{
	size_t n;
	const char *s = m_group(m, m->part == 2 ? "amount2" : "amount", &n);
	struct dec x;
	if (!s || num_parse(s, n, m->rule->file->lang, m_list(m, "numword"), &x) < 0)
		return 0;
	const char *sign = m_group(m, m->part == 2 ? "sign2" : "sign", &n);
	if (sign && memchr(sign, '-', n))
		x = dec_neg(x);
	v->len = (size_t)dec_format(x, v->s, sizeof v->s);
	return 1;
}
