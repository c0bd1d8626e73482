/*
 * date: DATE values, ISO 8601 at the precision the text gives (TIMEX3
 * style), relative dates resolved against --ref-date.
 *
 * Groups read (lists of the same name give word values; digits are read
 * as numbers):
 *   day        1..31: "26", "1er", "04th", "premier", "twenty-third"
 *   month      1..12: a month name (list) or digits
 *   year       "2024", "24" and "'24" (the century nearest the
 *              reference year), or words ("nineteen ninety six", "two
 *              thousand and five", "deux mille vingt")
 *   weekday    1..7 (Monday = 1)
 *   quarter    1..4 ("T3", "Q3", "troisième"), week 1..53 (ISO)
 *   decade     "1990" -> 199X, "90"/"nineties" -> the nearest century
 *   nth        rank of a weekday in its month ("third Tuesday of May"),
 *              -1 for the last one
 *   rel, relm  list value UNIT+N: D day, W week, M month, Q quarter,
 *              Y year, X decade ("hier" D-1, "l'an dernier" Y-1);
 *              finer parts combine with it ("lundi de la semaine
 *              prochaine", "the 20th of next month")
 *   dir        list value -1, 0, +1 ("lundi dernier", "this Friday",
 *              "next March")
 *   holiday    list value MM-DD ("Noël" 12-25)
 *
 * A range is one match with a group named "sep" between its two ends:
 * groups before sep describe the start, groups after it the end (a
 * trailing 2 on a name, "day2", also marks the end).  Each end takes the
 * parts it lacks from the other ("du 3 au 5 mars 2024": the start takes
 * March 2024), and the value is START/END, both inclusive.
 *
 * A date without its year, a bare weekday or a bare day of the month
 * takes the occurrence nearest the reference date.  Without --ref-date,
 * what needs it stays unresolved: XXXX for an unknown year
 * ("XXXX-03-26", "XXXX-03", "XXXX-Q3"), XXXX-XX-DD for a bare day,
 * XXXX-WXX-N for a bare weekday, REF-1D, REF+0W... for relative dates,
 * and REF+1W-3 / REF+0M-20 for a weekday or a day inside a relative
 * week or month.
 */
#include "calendar.h"
#include "lists.h"
#include "normalize.h"
#include "numbers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { P_NONE, P_DECADE, P_YEAR, P_QUARTER, P_MONTH, P_WEEK, P_DAY };

struct dspec {
	int y, m, d, q, w, decade, wd, nth;
	int yknown;          /* y is set */
	int y2;              /* y was written with two digits */
	int yinherited;      /* y came from the other end of a range */
	int has_rel, rel_n;
	char rel_unit;
	int has_dir, dir;
	int prec;
};

/* The groups the normalizer reads. */
static const char *const bases[] = {
	"holiday", "day", "lastday", "month", "year", "quarter", "week", "decade",
	"weekday", "nth", "rel", "relm", "dir",
};
#define NBASES (int)(sizeof bases / sizeof bases[0])

/* Which end of a range each group belongs to: for every base name and
 * side, the first group of that name that is set (-1 if none). */
struct sides {
	const struct match *m;
	int has_sep;
	size_t sep_s, sep_e;
	int g[NBASES][2];
};

static int base_index(const char *name, size_t n)
{
	for (int b = 0; b < NBASES; b++)
		if (bases[b][0] == name[0] && strlen(bases[b]) == n && memcmp(bases[b], name, n) == 0)
			return b;
	return -1;
}

/* The base index of every group of a rule, computed once per rule (a
 * small direct-mapped cache: rules are few and matches many). */
struct gcache {
	const struct rule *rule;
	signed char *base;    /* per group: base index, or -1; +NBASES: a "2" name */
};

static const signed char *group_bases(const struct rule *r)
{
	static struct gcache cache[64];
	struct gcache *c = &cache[(size_t)r->id % 64];
	if (c->rule == r && c->base)
		return c->base;
	free(c->base);
	c->rule = r;
	c->base = malloc((size_t)(r->ngroups ? r->ngroups : 1));
	if (!c->base) {
		c->rule = NULL;
		return NULL;
	}
	for (int i = 0; i < r->ngroups; i++) {
		const char *name = r->groups[i].name;
		size_t len = strlen(name);
		int two = len > 1 && name[len - 1] == '2';
		int b = base_index(name, two ? len - 1 : len);
		c->base[i] = (signed char)(b < 0 ? -1 : two ? b + NBASES : b);
	}
	return c->base;
}

static void sides_init(struct sides *sd, const struct match *m)
{
	memset(sd, 0, sizeof *sd);
	sd->m = m;
	for (int b = 0; b < NBASES; b++)
		sd->g[b][0] = sd->g[b][1] = -1;
	if (!m->ov)
		return;
	size_t n;
	const char *sep = m_group(m, "sep", &n);
	if (sep) {
		sd->has_sep = 1;
		sd->sep_s = (size_t)(sep - (const char *)m->subj);
		sd->sep_e = sd->sep_s + n;
	}
	const struct rule *r = m->rule;
	const signed char *gb = group_bases(r);
	if (!gb)
		return;
	for (int i = 0; i < r->ngroups; i++) {
		int b = gb[i], two = 0;
		if (b < 0)
			continue;
		if (b >= NBASES) {
			b -= NBASES;
			two = 1;
		}
		const struct group *g = &r->groups[i];
		size_t s = m->ov[2 * g->num], e = m->ov[2 * g->num + 1];
		if (s == PCRE2_UNSET || e < s)
			continue;
		int side;
		if (two)
			side = 1;
		else if (!sd->has_sep || e <= sd->sep_s)
			side = 0;
		else if (s >= sd->sep_e)
			side = 1;
		else
			continue;
		if (sd->g[b][side] < 0)
			sd->g[b][side] = i;
	}
}

/* The group of that base name on side 1 or 2 (see the header comment):
 * its text and the list bound to it. */
static const char *side_group(const struct sides *sd, int side, const char *base,
			      size_t *len, const struct list **list)
{
	int b = base_index(base, strlen(base));
	int i = b < 0 ? -1 : sd->g[b][side - 1];
	if (i < 0)
		return NULL;
	const struct group *g = &sd->m->rule->groups[i];
	size_t s = sd->m->ov[2 * g->num], e = sd->m->ov[2 * g->num + 1];
	*len = e - s;
	if (list)
		*list = g->list;
	return (const char *)sd->m->subj + s;
}

/* The list value of a group's text, or NULL. */
static const char *side_lookup(const struct sides *sd, int side, const char *base,
			       const char **text, size_t *len)
{
	const struct list *l = NULL;
	size_t n;
	const char *s = side_group(sd, side, base, &n, &l);
	if (text)
		*text = s;
	if (len)
		*len = s ? n : 0;
	if (!s || !l)
		return NULL;
	/* Trailing dots are part of some surfaces ("janv.") but not all. */
	const char *v = list_get(l, s, n);
	while (!v && n > 1 && s[n - 1] == '.')
		v = list_get(l, s, --n);
	return v;
}

/* Leading digits of s (after any non-digits); number of digits read. */
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

static int words_value(const char *s, size_t n, const struct list *words, int *v)
{
	struct dec x;
	if (!words || num_parse_words(s, n, words, &x) != 0 || x.exp != 0 ||
	    x.coef < 0 || x.coef > 100000)
		return -1;
	*v = (int)x.coef;
	return 0;
}

/* A year written in words: "two thousand and fifteen", "deux mille
 * vingt", or as two pairs, "nineteen ninety six", "twenty twenty-four",
 * "nineteen oh five", "nineteen hundred". */
static int year_words(const char *s, size_t n, const struct list *words, int *v)
{
	if (!words)
		return -1;
	/* Word boundaries (spaces and hyphens). */
	size_t cut[16];
	int nc = 0;
	for (size_t i = 0; i < n && nc < 16; i++)
		if ((s[i] == ' ' || s[i] == '-' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t') &&
		    i > 0 && s[i - 1] != ' ' && s[i - 1] != '-' && s[i - 1] != '\n' && s[i - 1] != '\t')
			cut[nc++] = i;
	int whole;
	if (words_value(s, n, words, &whole) == 0 && whole >= 1000 && whole <= 2999) {
		*v = whole;
		return 0;
	}
	for (int k = 0; k < nc; k++) {
		size_t a = cut[k], b = a;
		while (b < n && (s[b] == ' ' || s[b] == '-' || s[b] == '\n' || s[b] == '\r' || s[b] == '\t'))
			b++;
		int hi, lo;
		if (words_value(s, a, words, &hi) != 0 || hi < 10 || hi > 29)
			continue;
		if (words_value(s + b, n - b, words, &lo) != 0)
			continue;
		if (lo == 100) {              /* "nineteen hundred" */
			*v = hi * 100;
			return 0;
		}
		if (lo >= 0 && lo <= 99) {
			*v = hi * 100 + lo;
			return 0;
		}
	}
	return -1;
}

/* A number group: list value, digits, or words of the numword list.
 * Returns 1 and sets v, 0 if the group is absent, -1 if unreadable. */
static int side_int(const struct sides *sd, int side, const char *base, int *v, int *ndigits)
{
	const char *text;
	size_t n;
	const char *lv = side_lookup(sd, side, base, &text, &n);
	if (ndigits)
		*ndigits = 0;
	if (!text)
		return 0;
	if (lv) {
		char *end;
		long x = strtol(lv, &end, 10);
		if (end == lv)
			return -1;
		*v = (int)x;
		return 1;
	}
	int nd = leading_int(text, n, v);
	if (ndigits)
		*ndigits = nd;
	if (nd)
		return 1;
	return words_value(text, n, m_list(sd->m, "numword"), v) == 0 ? 1 : -1;
}

/* Read the groups of one end; returns 0 if it names nothing. */
static int read_spec(const struct sides *sd, int side, struct dspec *s)
{
	int v, nd, rc;
	const char *text;
	size_t n;
	memset(s, 0, sizeof *s);

	const char *hol = side_lookup(sd, side, "holiday", NULL, NULL);
	if (hol) {
		if (sscanf(hol, "%d-%d", &s->m, &s->d) != 2)
			return -1;
		s->prec = P_DAY;
	}
	if ((rc = side_int(sd, side, "day", &v, NULL)) != 0) {
		if (rc < 0 || v < 1 || v > 31)
			return -1;
		s->d = v;
		s->prec = P_DAY;
	}
	if (side_group(sd, side, "lastday", &n, NULL)) {
		s->d = -1;            /* "the last day of October": set once the month is */
		s->prec = P_DAY;
	}
	if ((rc = side_int(sd, side, "month", &v, NULL)) != 0) {
		if (rc < 0 || v < 1 || v > 12)
			return -1;
		s->m = v;
		if (s->prec < P_MONTH)
			s->prec = P_MONTH;
	}
	side_lookup(sd, side, "year", &text, &n);
	if (text) {
		nd = leading_int(text, n, &v);
		if (nd == 0) {
			if (year_words(text, n, m_list(sd->m, "numword"), &v) != 0)
				return -1;
			nd = 4;
		}
		if (nd == 2) {
			s->y2 = 1;
		} else if (nd != 4 || v < 1000) {
			return -1;
		}
		s->y = v;
		s->yknown = 1;
		if (s->prec < P_YEAR)
			s->prec = P_YEAR;
	}
	if ((rc = side_int(sd, side, "quarter", &v, NULL)) != 0) {
		if (rc < 0 || v < 1 || v > 4)
			return -1;
		s->q = v;
		s->prec = P_QUARTER;
	}
	if ((rc = side_int(sd, side, "week", &v, NULL)) != 0) {
		if (rc < 0 || v < 1 || v > 53)
			return -1;
		s->w = v;
		s->prec = P_WEEK;
	}
	const char *dv = side_lookup(sd, side, "decade", &text, &n);
	if (text) {
		if (dv) {
			v = atoi(dv);
			nd = 2;
		} else {
			nd = leading_int(text, n, &v);
		}
		if (nd == 4 && v % 10 == 0)
			s->decade = v / 10;
		else if (nd == 2 && v % 10 == 0)
			s->decade = -(v / 10);   /* century settled later */
		else
			return -1;
		s->prec = P_DECADE;
	}
	if ((rc = side_int(sd, side, "weekday", &v, NULL)) != 0) {
		if (rc < 0 || v < 1 || v > 7)
			return -1;
		s->wd = v;
		if (s->prec == P_NONE)
			s->prec = P_DAY;
	}
	if ((rc = side_int(sd, side, "nth", &v, NULL)) != 0) {
		if (rc < 0 || v < -1 || v > 5 || v == 0)
			return -1;
		s->nth = v;
	}
	const char *rel = side_lookup(sd, side, "rel", NULL, NULL);
	if (!rel)
		rel = side_lookup(sd, side, "relm", NULL, NULL);
	if (rel) {
		if (!strchr("DWMQYX", rel[0]))
			return -1;
		s->rel_unit = rel[0];
		s->rel_n = atoi(rel + 1);
		s->has_rel = 1;
	}
	if ((rc = side_int(sd, side, "dir", &v, NULL)) != 0) {
		if (rc < 0)
			return -1;
		s->dir = v < 0 ? -1 : v > 0;
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

/* Year of the occurrence of month m (day d, 0 for the whole month)
 * nearest the reference date; -1 if there is none (day 30 of February). */
static int nearest_year(int m, int d, const struct norm_ctx *c)
{
	int64_t ref = ref_days(c), bestd = INT64_MAX;
	int best = -1;
	/* Four years either way finds a 29 February. */
	for (int y = c->ref_y - 4; y <= c->ref_y + 4; y++) {
		int64_t x;
		if (d) {
			if (!cal_valid(y, m, d))
				continue;
			x = llabs(cal_days(y, m, d) - ref);
		} else {
			/* distance from the month's middle */
			x = llabs(2 * cal_days(y, m, 1) + cal_month_days(y, m) - 2 * ref);
		}
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

/* Resolve the year of an end that lacks one, when a reference exists
 * (or the range logic needs one).  Returns 0, or -1 if impossible. */
static int settle_year(struct dspec *s, const struct norm_ctx *c)
{
	if (s->yknown || !c->has_ref || s->has_rel)
		return 0;
	if (s->m && s->d > 0 && !s->nth && s->has_dir && s->dir != 0) {
		/* "le 3 mars dernier": the last one before the reference
		 * date; "le 3 mars prochain": the first after it. */
		int64_t ref = ref_days(c);
		int y = c->ref_y - s->dir, k = 0;
		/* Nine years find a 29 February either way. */
		for (; k < 9; k++, y += s->dir)
			if (cal_valid(y, s->m, s->d) &&
			    (cal_days(y, s->m, s->d) - ref) * s->dir > 0)
				break;
		if (k == 9)
			return -1;
		s->y = y;
	} else if (s->m && (s->d || s->prec == P_DAY) && !s->nth) {
		int y = nearest_year(s->m, s->d > 0 ? s->d : 0, c);
		if (y < 0)
			return -1;
		s->y = y;
	} else if (s->m && s->prec == P_MONTH && s->has_dir && s->dir != 0) {
		/* "next March": the first after the current month; "last May":
		 * the last before it. */
		int cur = c->ref_y * 12 + c->ref_m - 1, y = c->ref_y;
		int mi = y * 12 + s->m - 1;
		if (s->dir > 0)
			while (mi <= cur)
				mi += 12;
		else
			while (mi >= cur)
				mi -= 12;
		s->y = mi / 12;
	} else if (s->m && s->has_dir) {
		s->y = c->ref_y;              /* "this September" */
	} else if (s->m) {
		s->y = nearest_year(s->m, 0, c);
	} else if (s->q || s->w) {
		s->y = c->ref_y;
	} else {
		return 0;
	}
	s->yknown = 1;
	return 0;
}

/* Resolve one end into text; returns its length, or -1. */
static int render(struct dspec *s, const struct norm_ctx *c, char *o, size_t cap)
{
	if (s->y2 && s->yknown) {
		s->y = full_year(s->y, c);
		s->y2 = 0;
	}
	int64_t ref = c->has_ref ? ref_days(c) : 0;

	if (s->has_rel) {
		int n = s->rel_n;
		int y = c->ref_y, m = c->ref_m, wy, w;
		switch (s->rel_unit) {
		case 'D':
			if (!c->has_ref)
				return snprintf(o, cap, "REF%+dD", n);
			return fmt_day(o, cap, ref + n);
		case 'W': {
			if (!c->has_ref)
				return s->wd ? snprintf(o, cap, "REF%+dW-%d", n, s->wd)
					     : snprintf(o, cap, "REF%+dW", n);
			int64_t monday = ref - (cal_weekday(ref) - 1) + 7 * (int64_t)n;
			if (s->wd)
				return fmt_day(o, cap, monday + s->wd - 1);
			cal_iso_week(monday, &wy, &w);
			return snprintf(o, cap, "%04d-W%02d", wy, w);
		}
		case 'M':
			if (!c->has_ref)
				return s->d ? snprintf(o, cap, "REF%+dM-%02d", n, s->d)
					    : snprintf(o, cap, "REF%+dM", n);
			cal_add_months(&y, &m, n);
			if (s->d && s->m == 0) {
				if (!cal_valid(y, m, s->d))
					return -1;
				return snprintf(o, cap, "%04d-%02d-%02d", y, m, s->d);
			}
			if (s->wd && s->nth) {
				int d = cal_nth_weekday(y, m, s->wd, s->nth);
				if (d < 0)
					return -1;
				return snprintf(o, cap, "%04d-%02d-%02d", y, m, d);
			}
			return snprintf(o, cap, "%04d-%02d", y, m);
		case 'Q': {
			if (!c->has_ref)
				return snprintf(o, cap, "REF%+dQ", n);
			int q = cal_quarter(m);
			cal_add_quarters(&y, &q, n);
			return snprintf(o, cap, "%04d-Q%d", y, q);
		}
		case 'Y':
			if (!c->has_ref)
				return snprintf(o, cap, "REF%+dY", n);
			if (s->m || s->q) {
				/* "mars de l'année dernière": the year is known */
				s->y = y + n;
				s->yknown = 1;
				s->has_rel = 0;
				return render(s, c, o, cap);
			}
			return snprintf(o, cap, "%04d", y + n);
		case 'X':
			if (!c->has_ref)
				return snprintf(o, cap, "REF%+dX", n);
			return snprintf(o, cap, "%03dX", y / 10 + n);
		}
		return -1;
	}

	if (s->nth && s->wd && s->m) {
		if (!s->yknown) {
			if (!c->has_ref)
				return -1;
			s->y = nearest_year(s->m, 0, c);
			s->yknown = 1;
		}
		int d = cal_nth_weekday(s->y, s->m, s->wd, s->nth);
		if (d < 0)
			return -1;
		return snprintf(o, cap, "%04d-%02d-%02d", s->y, s->m, d);
	}

	if (s->wd && !s->d) {
		if (!c->has_ref)
			return snprintf(o, cap, "XXXX-WXX-%d", s->wd);
		int rw = cal_weekday(ref);
		int back = (rw - s->wd + 7) % 7, fwd = (s->wd - rw + 7) % 7;
		int64_t day;
		if (s->has_dir && s->dir < 0)
			day = ref - (back ? back : 7);      /* the last one before today */
		else if (s->has_dir && s->dir > 0)
			day = ref + (fwd ? fwd : 7);        /* the next one after today */
		else if (s->has_dir)
			day = ref - (rw - 1) + (s->wd - 1); /* the one of this week */
		else
			day = back <= fwd ? ref - back : ref + fwd;
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
			settle_year(s, c);
		}
		return snprintf(o, cap, "%04d-Q%d", s->y, s->q);
	case P_WEEK:
		if (!s->yknown) {
			if (!c->has_ref)
				return snprintf(o, cap, "XXXX-W%02d", s->w);
			settle_year(s, c);
		}
		if (s->w > cal_iso_weeks_in_year(s->y))
			return -1;
		return snprintf(o, cap, "%04d-W%02d", s->y, s->w);
	case P_MONTH:
		if (!s->yknown) {
			if (!c->has_ref)
				return snprintf(o, cap, "XXXX-%02d", s->m);
			settle_year(s, c);
		}
		return snprintf(o, cap, "%04d-%02d", s->y, s->m);
	case P_DAY:
		if (s->d < 0 && !s->m)
			return -1;
		if (!s->m) {
			if (!c->has_ref)
				return snprintf(o, cap, "XXXX-XX-%02d", s->d);
			/* The nearest month with that day; with a weekday, the
			 * nearest where the day falls on it ("Monday 21"). */
			int64_t bestd = INT64_MAX;
			for (int pass = s->wd ? 0 : 1; pass < 2 && bestd == INT64_MAX; pass++) {
				for (int k = pass ? -2 : -14; k <= (pass ? 2 : 14); k++) {
					int y = c->ref_y, m = c->ref_m;
					cal_add_months(&y, &m, k);
					if (!cal_valid(y, m, s->d))
						continue;
					int64_t day = cal_days(y, m, s->d);
					if (pass == 0 && cal_weekday(day) != s->wd)
						continue;
					int64_t x = llabs(day - ref);
					if (x < bestd) {
						bestd = x;
						s->y = y;
						s->m = m;
					}
				}
			}
			if (bestd == INT64_MAX)
				return -1;
			s->yknown = 1;
		}
		if (!s->yknown) {
			if (!c->has_ref) {
				if (s->d < 0)
					return snprintf(o, cap, "XXXX-%02d-XX", s->m);
				if (!cal_valid(2000, s->m, s->d))
					return -1;
				return snprintf(o, cap, "XXXX-%02d-%02d", s->m, s->d);
			}
			if (settle_year(s, c) < 0)
				return -1;
		}
		if (s->d < 0)
			s->d = cal_month_days(s->y, s->m);
		if (!cal_valid(s->y, s->m, s->d))
			return -1;
		return snprintf(o, cap, "%04d-%02d-%02d", s->y, s->m, s->d);
	}
	return -1;
}

/* A comparable key of an end with a year, for ordering a range (the
 * first day of the period). */
static long order_key(const struct dspec *s)
{
	if (s->prec == P_DECADE)
		return (long)(s->decade < 0 ? 0 : s->decade) * 100000;
	int m = s->m ? s->m : s->q ? s->q * 3 - 2 : 1;
	int d = s->d ? s->d : 1;
	if (s->prec == P_WEEK) {
		int y, mm, dd;
		cal_civil(cal_iso_week_start(s->y, s->w), &y, &mm, &dd);
		return (long)y * 10000 + mm * 100 + dd;
	}
	return (long)s->y * 10000 + m * 100 + d;
}

static int is_absolute(const struct dspec *s)
{
	return !s->has_rel && !s->has_dir && !(s->wd && !s->d) && !s->nth;
}

/* Fill what each end of a range lacks from the other. */
static int complete_range(struct dspec *a, struct dspec *b, const struct norm_ctx *c)
{
	/* "13-15 juillet", "3 au 5 mars": the start takes the month. */
	if (a->d && !a->m && b->m)
		a->m = b->m;
	/* "from 4 to 22 this month": the start is in the same month. */
	if (a->d && !a->m && !a->has_rel && b->has_rel && b->rel_unit == 'M' && b->d) {
		a->has_rel = 1;
		a->rel_unit = 'M';
		a->rel_n = b->rel_n;
	}
	/* "July 13-15", "November 19-20": the end takes the month. */
	if (b->d && !b->m && a->m)
		b->m = a->m;
	if (b->y2 && a->yknown && !a->y2 && b->prec == P_YEAR && a->prec == P_YEAR) {
		/* "2019-21": the end keeps the start's century. */
		b->y = a->y / 100 * 100 + b->y;
		if (b->y < a->y)
			b->y += 100;
		b->y2 = 0;
	}
	if (b->y2) {
		b->y = full_year(b->y, c);
		b->y2 = 0;
	}
	if (a->y2) {
		a->y = full_year(a->y, c);
		a->y2 = 0;
	}
	if (!a->yknown && b->yknown && a->prec > P_YEAR && is_absolute(a)) {
		a->y = b->y;
		a->yknown = 1;
		a->yinherited = 1;
	}
	if (!b->yknown && a->yknown && b->prec > P_YEAR && is_absolute(b)) {
		b->y = a->y;
		b->yknown = 1;
		b->yinherited = 1;
	}
	if (!a->yknown && !b->yknown && c->has_ref && is_absolute(a) && is_absolute(b) &&
	    a->prec > P_YEAR && b->prec > P_YEAR) {
		if (settle_year(a, c) < 0)
			return -1;
		if (a->yknown) {
			b->y = a->y;
			b->yknown = 1;
			b->yinherited = 1;
		}
	}
	if (a->yknown && b->yknown && is_absolute(a) && is_absolute(b) &&
	    order_key(b) < order_key(a)) {
		/* The end before the start: a year boundary was crossed. */
		if (a->yinherited)
			a->y--;
		else if (b->yinherited)
			b->y++;
		else
			return -1;
	}
	return 0;
}

/* Words that make what follows a part of a period ("fin mars", "early
 * 2023", "mid-1990s", "the end of May", "the week of March 4"): such a
 * match is no DATE (eval/date-cases.md).  Checked here rather than with
 * lookbehinds in every rule, which would run at every candidate. */
static const char *const part_cues[] = {
	"early ", "late ", "mid-", "mid ", "end of ", "beginning of ", "start of ",
	"middle of ", "half of ", "week of ", "weekend of ", "fin ", "fin de ", "fin d'",
	"d\xc3\xa9" "but ", "debut ", "d\xc3\xa9" "but de ", "d\xc3\xa9" "but d'", "mi-", "mi ",
	"milieu de ", "milieu d'", "semaine du ", "early in ", "late in ", "earlier in ",
	"later in ", NULL,
};

static int is_part_of_period(const struct match *m)
{
	/* The text before the match, white space folded, ASCII lower-cased. */
	char buf[40];
	int n = 0;
	size_t i = m->start;
	int space = 0;
	while (i > 0 && n < (int)sizeof buf - 1) {
		unsigned char c = m->subj[i - 1];
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			if (!space)
				buf[n++] = ' ';
			space = 1;
		} else {
			buf[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
			space = 0;
		}
		i--;
	}
	/* buf holds the text reversed; a cue must start at a word start. */
	for (int k = 0; part_cues[k]; k++) {
		int len = (int)strlen(part_cues[k]);
		if (len > n)
			continue;
		int ok = 1;
		for (int j = 0; j < len && ok; j++)
			ok = buf[j] == part_cues[k][len - 1 - j];
		if (!ok)
			continue;
		if (len == n && i == 0)
			return 1;
		unsigned char before = len < n ? (unsigned char)buf[len] : (unsigned char)m->subj[i - 1];
		if (!(before >= 'a' && before <= 'z') && before < 0x80 && !(before >= '0' && before <= '9'))
			return 1;
	}
	return 0;
}

/* Whether the match is part of an e-mail address ("fevrier@example.org",
 * "jean.mars@example.fr"): a run of address characters that touches it
 * holds an '@'. */
static int is_in_address(const struct match *m)
{
	static const char addr[] = "._%+-";
#define ADDRCH(c) (((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z') || \
		   ((c) >= '0' && (c) <= '9') || ((c) && strchr(addr, (c))))
	size_t i = m->start;
	while (i > 0 && m->start - i < 64 && ADDRCH(m->subj[i - 1]))
		i--;
	if (i > 0 && m->subj[i - 1] == '@')
		return 1;
	size_t j = m->end;
	while (j < m->subjlen && j - m->end < 64 && ADDRCH(m->subj[j]))
		j++;
	return j < m->subjlen && m->subj[j] == '@';
#undef ADDRCH
}

int norm_date(const struct match *m, struct normval *v)
{
	if (is_part_of_period(m) || is_in_address(m))
		return 0;
	struct sides sd;
	sides_init(&sd, m);
	struct dspec a, b;
	if (read_spec(&sd, 1, &a) <= 0)
		return 0;
	int range = read_spec(&sd, 2, &b);
	if (range < 0)
		return 0;
	char o1[64], o2[64];
	if (!range) {
		int n1 = render(&a, m->ctx, o1, sizeof o1);
		if (n1 < 0)
			return 0;
		nv_set(v, o1, (size_t)n1);
		return 1;
	}
	if (complete_range(&a, &b, m->ctx) < 0)
		return 0;
	int n1 = render(&a, m->ctx, o1, sizeof o1);
	int n2 = render(&b, m->ctx, o2, sizeof o2);
	if (n1 < 0 || n2 < 0)
		return 0;
	if (n1 == n2 && memcmp(o1, o2, (size_t)n1) == 0)
		return 0;   /* "2014-2014" is no range */
	nv_printf(v, "%s/%s", o1, o2);
	return 1;
}
