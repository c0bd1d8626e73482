/*
 * date: DATE values, ISO 8601 at the precision the text gives (TIMEX3
 * style), relative dates resolved against --ref-date.
 *
 * Groups read (a trailing 2 marks the end of a range):
 *   day month year weekday quarter week decade   parts of a date
 *   rel       list value UNIT+N: D day, W week, M month, Q quarter,
 *             Y year, X decade ("hier" D-1, "l'an dernier" Y-1)
 *   dir       list value -1, 0, +1 for "lundi dernier", "this Friday"
 *   holiday   list value MM-DD ("Noël" 12-25)
 * Without --ref-date, what needs it stays unresolved: XXXX for an
 * unknown year ("XXXX-03-26"), XXXX-WXX-5 for a bare weekday, and
 * REF-1D, REF+0W... for relative dates.
 */
#include "calendar.h"
#include "normalize.h"
#include "numbers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { P_NONE, P_DECADE, P_YEAR, P_QUARTER, P_MONTH, P_WEEK, P_DAY };

struct dspec {
	int y, m, d, q, w, decade, wd;
	int y2;              /* the year was written with two digits */
	int yknown;          /* y is set */
	char rel_unit;
	int rel_n, has_rel, dir, has_dir;
	int prec;
};

static int leading_int(const char *s, size_t n, int *v)
{
	size_t i = 0;
	int x = 0, nd = 0;
	while (i < n && (s[i] < '0' || s[i] > '9'))
		i++;
	while (i < n && s[i] >= '0' && s[i] <= '9' && nd < 6) {
		x = x * 10 + (s[i++] - '0');
		nd++;
	}
	*v = x;
	return nd;
}

/* A number from digits or from words of the file's numword list. */
static int group_int(const struct match *m, const char *name, int *v, int *ndigits)
{
	size_t n;
	const char *s = m_group(m, name, &n);
	if (!s)
		return 0;
	int nd = leading_int(s, n, v);
	if (ndigits)
		*ndigits = nd;
	if (nd)
		return 1;
	struct dec x;
	if (num_parse_words(s, n, m_list(m, "numword"), &x) == 0 && x.exp == 0 &&
	    x.coef > 0 && x.coef < 100000) {
		*v = (int)x.coef;
		return 1;
	}
	return -1;
}

static int lookup_int(const struct match *m, const char *name, int *v)
{
	const char *s = m_lookup(m, name);
	if (!s)
		return 0;
	*v = atoi(s);
	return 1;
}

static void gname(char *buf, const char *base, const char *sfx)
{
	snprintf(buf, 32, "%s%s", base, sfx);
}

/* Read the groups of one end of the date; returns 0 if nothing usable. */
static int read_spec(const struct match *m, const char *sfx, struct dspec *s)
{
	char g[32];
	int v, nd, rc;
	memset(s, 0, sizeof *s);

	gname(g, "holiday", sfx);
	const char *hol = m_lookup(m, g);
	if (hol && sscanf(hol, "%d-%d", &s->m, &s->d) == 2)
		s->prec = P_DAY;

	gname(g, "day", sfx);
	if ((rc = group_int(m, g, &v, NULL)) != 0) {
		if (rc < 0 || v < 1 || v > 31)
			return 0;
		s->d = v;
		s->prec = P_DAY;
	}
	gname(g, "month", sfx);
	if (lookup_int(m, g, &v) || group_int(m, g, &v, NULL) > 0) {
		if (v < 1 || v > 12)
			return 0;
		s->m = v;
		if (s->prec < P_MONTH)
			s->prec = P_MONTH;
	} else if (m_group(m, g, &(size_t){0})) {
		return 0;   /* a month group that names no month */
	}
	gname(g, "year", sfx);
	if ((rc = group_int(m, g, &v, &nd)) != 0) {
		if (rc < 0)
			return 0;
		s->y = v;
		s->yknown = 1;
		s->y2 = nd > 0 && nd <= 2;
		if (!s->y2 && (v < 1000 || v > 9999))
			return 0;
		if (s->prec < P_YEAR)
			s->prec = P_YEAR;
	}
	gname(g, "quarter", sfx);
	if (lookup_int(m, g, &v) || group_int(m, g, &v, NULL) > 0) {
		if (v < 1 || v > 4)
			return 0;
		s->q = v;
		s->prec = P_QUARTER;
	}
	gname(g, "week", sfx);
	if (group_int(m, g, &v, NULL) > 0) {
		if (v < 1 || v > 53)
			return 0;
		s->w = v;
		s->prec = P_WEEK;
	}
	gname(g, "decade", sfx);
	if (lookup_int(m, g, &v) || group_int(m, g, &v, &nd) > 0) {
		if (v >= 1000)
			v /= 10;
		else if (v < 100 && v % 10 == 0)
			v = -(v / 10);    /* two digits: century settled later */
		else if (v >= 100 && v < 1000)
			;                 /* "199" from a list */
		else
			return 0;
		s->decade = v;
		s->prec = P_DECADE;
	}
	gname(g, "weekday", sfx);
	if (lookup_int(m, g, &v)) {
		if (v < 1 || v > 7)
			return 0;
		s->wd = v;
		if (s->prec == P_NONE)
			s->prec = P_DAY;
	}
	gname(g, "rel", sfx);
	const char *rel = m_lookup(m, g);
	if (rel) {
		s->rel_unit = rel[0];
		s->rel_n = atoi(rel + 1);
		s->has_rel = 1;
	}
	gname(g, "dir", sfx);
	if (lookup_int(m, g, &v) || (m_lookup(m, g) && (v = 0, 1))) {
		s->dir = v;
		s->has_dir = 1;
	}
	return s->prec != P_NONE || s->has_rel;
}

/* Century for a two-digit year: the one nearest the reference year
 * (2000 without one). */
static int full_year(int yy, const struct norm_ctx *c)
{
	int ref = c->has_ref ? c->ref_y : 2000;
	int best = 0, bestd = 1 << 30;
	for (int cent = (ref / 100 - 1) * 100; cent <= (ref / 100 + 1) * 100; cent += 100) {
		int y = cent + yy, d = abs(y - ref);
		if (d < bestd) {
			best = y;
			bestd = d;
		}
	}
	return best;
}

static int64_t ref_days(const struct norm_ctx *c)
{
	return cal_days(c->ref_y, c->ref_m, c->ref_d);
}

/* Nearest occurrence of month m (and day d, 0 if none) to the reference. */
static int nearest_year(int m, int d, const struct norm_ctx *c)
{
	int64_t ref = ref_days(c);
	int best = c->ref_y;
	int64_t bestd = INT64_MAX;
	for (int y = c->ref_y - 1; y <= c->ref_y + 1; y++) {
		int dd = d ? d : 15;
		if (!cal_valid(y, m, dd > cal_month_days(y, m) ? cal_month_days(y, m) : dd))
			continue;
		if (d && !cal_valid(y, m, d))
			continue;
		int64_t x;
		if (d) {
			x = cal_days(y, m, d) - ref;
		} else {
			/* month distance, in months */
			x = (int64_t)(y * 12 + m) - (c->ref_y * 12 + c->ref_m);
			x *= 31;
		}
		if (x < 0)
			x = -x;
		if (x < bestd) {
			bestd = x;
			best = y;
		}
	}
	return best;
}

static int fmt_day(char *o, size_t cap, int64_t days)
{
	int y, m, d;
	cal_civil(days, &y, &m, &d);
	return snprintf(o, cap, "%04d-%02d-%02d", y, m, d);
}

/* Resolve one end into text; returns its length, or -1. */
static int render(struct dspec *s, const struct norm_ctx *c, char *o, size_t cap)
{
	if (s->y2 && s->yknown)
		s->y = full_year(s->y, c), s->y2 = 0;

	if (s->has_rel && !s->wd) {
		int n = s->rel_n;
		if (!c->has_ref)
			return snprintf(o, cap, "REF%+d%c", n, s->rel_unit);
		int64_t ref = ref_days(c);
		int y = c->ref_y, m = c->ref_m, wy, w;
		switch (s->rel_unit) {
		case 'D':
			return fmt_day(o, cap, ref + n);
		case 'W':
			cal_iso_week(ref + 7 * (int64_t)n, &wy, &w);
			return snprintf(o, cap, "%04d-W%02d", wy, w);
		case 'M':
			cal_add_months(&y, &m, n);
			return snprintf(o, cap, "%04d-%02d", y, m);
		case 'Q': {
			int qi = y * 4 + (m - 1) / 3 + n;
			return snprintf(o, cap, "%04d-Q%d", qi / 4, qi % 4 + 1);
		}
		case 'Y':
			return snprintf(o, cap, "%04d", y + n);
		case 'X':
			return snprintf(o, cap, "%03dX", y / 10 + n);
		}
		return -1;
	}
	if (s->wd && !s->d) {
		if (!c->has_ref)
			return snprintf(o, cap, "XXXX-WXX-%d", s->wd);
		int64_t ref = ref_days(c);
		int rw = cal_weekday(ref);
		int64_t day;
		if (s->has_rel && s->rel_unit == 'W') {
			day = ref - (rw - 1) + 7 * (int64_t)s->rel_n + (s->wd - 1);
		} else if (s->has_dir && s->dir < 0) {
			int back = (rw - s->wd + 7) % 7;
			day = ref - (back ? back : 7);
		} else if (s->has_dir && s->dir > 0) {
			int fwd = (s->wd - rw + 7) % 7;
			day = ref + (fwd ? fwd : 7);
		} else if (s->has_dir) {
			day = ref - (rw - 1) + (s->wd - 1);
		} else {
			int back = (rw - s->wd + 7) % 7, fwd = (s->wd - rw + 7) % 7;
			day = back <= fwd ? ref - back : ref + fwd;
		}
		return fmt_day(o, cap, day);
	}
	switch (s->prec) {
	case P_DECADE:
		if (s->decade < 0) {
			int dd = -s->decade;
			int cent = c->has_ref ? c->ref_y / 100 : 19;
			if (c->has_ref && cent * 100 + dd * 10 > c->ref_y)
				cent--;
			s->decade = cent * 10 + dd;
		}
		return snprintf(o, cap, "%03dX", s->decade);
	case P_YEAR:
		return snprintf(o, cap, "%04d", s->y);
	case P_QUARTER:
		if (!s->yknown) {
			if (!c->has_ref)
				return snprintf(o, cap, "XXXX-Q%d", s->q);
			s->y = c->ref_y;
		}
		return snprintf(o, cap, "%04d-Q%d", s->y, s->q);
	case P_WEEK:
		if (!s->yknown) {
			if (!c->has_ref)
				return snprintf(o, cap, "XXXX-W%02d", s->w);
			s->y = c->ref_y;
		}
		if (s->w > cal_iso_weeks_in_year(s->y))
			return -1;
		return snprintf(o, cap, "%04d-W%02d", s->y, s->w);
	case P_MONTH:
		if (!s->yknown) {
			if (s->has_dir && c->has_ref)
				s->y = c->ref_y + s->dir;
			else if (c->has_ref)
				s->y = nearest_year(s->m, 0, c);
			else
				return snprintf(o, cap, "XXXX-%02d", s->m);
		}
		return snprintf(o, cap, "%04d-%02d", s->y, s->m);
	case P_DAY:
		if (!s->m) {
			if (!c->has_ref)
				return snprintf(o, cap, "XXXX-XX-%02d", s->d);
			/* the nearest month with that day */
			int64_t ref = ref_days(c), bestd = INT64_MAX;
			for (int k = -1; k <= 1; k++) {
				int y = c->ref_y, m = c->ref_m;
				cal_add_months(&y, &m, k);
				if (!cal_valid(y, m, s->d))
					continue;
				int64_t x = llabs(cal_days(y, m, s->d) - ref);
				if (x < bestd) {
					bestd = x;
					s->y = y;
					s->m = m;
				}
			}
			if (bestd == INT64_MAX)
				return -1;
			s->yknown = 1;
		}
		if (!s->yknown) {
			if (!c->has_ref) {
				if (!cal_valid(2000, s->m, s->d))
					return -1;
				return snprintf(o, cap, "XXXX-%02d-%02d", s->m, s->d);
			}
			s->y = nearest_year(s->m, s->d, c);
		}
		if (!cal_valid(s->y, s->m, s->d))
			return -1;
		return snprintf(o, cap, "%04d-%02d-%02d", s->y, s->m, s->d);
	}
	return -1;
}

/* A comparable key of a resolved end, for ordering a range. */
static long order_key(const struct dspec *s)
{
	return (long)s->y * 10000 + (s->m ? s->m : s->q ? s->q * 3 - 2 : 1) * 100 + (s->d ? s->d : 1);
}

int norm_date(const struct match *m, struct normval *v)
{
	struct dspec a, b;
	if (!read_spec(m, "", &a))
		return 0;
	int range = read_spec(m, "2", &b);
	char o1[64], o2[64];
	if (!range) {
		int n = render(&a, m->ctx, o1, sizeof o1);
		if (n < 0)
			return 0;
		nv_set(v, o1, (size_t)n);
		return 1;
	}
	/* Each end takes what it lacks from the other: "du 3 au 5 mars 2024",
	 * "de janvier à mars 2024", "2019-21". */
	int a_inherits_year = 0;
	if (b.y2 && a.yknown && !a.y2) {
		b.y = a.y / 100 * 100 + b.y;
		b.y2 = 0;
	}
	if (!a.yknown && b.yknown && a.prec >= P_YEAR && !a.has_rel) {
		if (b.y2)
			b.y = full_year(b.y, m->ctx), b.y2 = 0;
		a.y = b.y;
		a.yknown = 1;
		a_inherits_year = 1;
	}
	if (!b.yknown && a.yknown && b.prec >= P_YEAR && !b.has_rel) {
		if (a.y2)
			a.y = full_year(a.y, m->ctx), a.y2 = 0;
		b.y = a.y;
		b.yknown = 1;
	}
	if (a.prec == P_DAY && !a.m && b.m) {
		a.m = b.m;
	}
	if (b.prec == P_DAY && !b.m && a.m && !b.wd)
		b.m = a.m;
	if (a.prec == P_DAY && !b.yknown && !a.yknown && m->ctx->has_ref && a.m) {
		a.y = nearest_year(a.m, a.d, m->ctx);
		a.yknown = 1;
		b.y = a.y;
		b.yknown = 1;
	}
	if (a.prec == P_MONTH && b.prec == P_MONTH && !a.yknown && !b.yknown && m->ctx->has_ref) {
		a.y = nearest_year(a.m, 0, m->ctx);
		a.yknown = b.yknown = 1;
		b.y = a.y;
	}
	int n1 = render(&a, m->ctx, o1, sizeof o1);
	int n2 = render(&b, m->ctx, o2, sizeof o2);
	if (n1 < 0 || n2 < 0)
		return 0;
	if (a.yknown && b.yknown && !a.has_rel && !b.has_rel && order_key(&b) < order_key(&a)) {
		/* The end before the start: a year boundary was crossed. */
		if (a_inherits_year)
			a.y--;
		else
			b.y++;
		n1 = render(&a, m->ctx, o1, sizeof o1);
		n2 = render(&b, m->ctx, o2, sizeof o2);
		if (n1 < 0 || n2 < 0)
			return 0;
	}
	nv_printf(v, "%s/%s", o1, o2);
	return 1;
}
