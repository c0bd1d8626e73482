/* Unit tests: DATE values through the built-in rules (nearest occurrence,
 * two-digit years, relative dates at year and month boundaries, ranges,
 * unresolved values without a reference date), and the properties the
 * matcher relies on (no wild rule, fewer than 64 capture groups). */
#include "matcher.h"
#include "patterns.h"
#include "printer.h"
#include "scan.h"
#include "test.h"

#include <stdio.h>
#include <stdlib.h>

static struct patset *load(const char *lang)
{
	static const char *langs[1];
	langs[0] = lang;
	struct pat_options o = {.types = 1u << T_DATE, .langs = langs, .nlangs = 1, .require_langs = 1};
	struct sbuf err = {0};
	struct patset *s = pat_load(&o, &err);
	if (!s)
		fprintf(stderr, "%s", err.p ? err.p : "load failed\n");
	sb_free(&err);
	return s;
}

static struct patset *fr, *en;

/* The DATE rows of text as "TEXT=VALUE" joined by " | ". */
static const char *run(struct patset *set, const char *text, const char *ref)
{
	static char out[4096];
	struct norm_ctx ctx = {0};
	if (ref && sscanf(ref, "%d-%d-%d", &ctx.ref_y, &ctx.ref_m, &ctx.ref_d) == 3)
		ctx.has_ref = 1;
	struct printer pr;
	pr_init(&pr, -1, FMT_TSV);
	pr.fields[0] = F_TEXT;
	pr.fields[1] = F_VALUE;
	pr.nfields = 2;
	struct matcher *m = matcher_new(set, &ctx);
	struct scanner sc;
	scan_init(&sc, BUFFER_DEFAULT, m, &pr);
	scan_mem(&sc, (const unsigned char *)text, strlen(text), "t");
	size_t n = 0;
	for (size_t i = 0; i < pr.len && n + 4 < sizeof out; i++) {
		char c = pr.buf[i];
		if (c == '\t') {
			out[n++] = '=';
		} else if (c == '\n') {
			if (i + 1 < pr.len) {
				memcpy(out + n, " | ", 3);
				n += 3;
			}
		} else {
			out[n++] = c;
		}
	}
	out[n] = '\0';
	scan_free(&sc);
	matcher_free(m);
	pr_free(&pr);
	return out;
}

static void test_rule_properties(void)
{
	struct patset *sets[] = {fr, en};
	for (int k = 0; k < 2; k++) {
		struct patset *s = sets[k];
		CHECK(s != NULL);
		if (!s)
			continue;
		for (int i = 0; i < s->nrules; i++) {
			const struct rule *r = s->rules[i];
			if (r->kind == R_NAMES)
				continue;
			uint32_t n = 0;
			pcre2_pattern_info(r->code, PCRE2_INFO_CAPTURECOUNT, &n);
			/* The matcher keeps 64 ovector pairs. */
			if (n >= 64)
				fprintf(stderr, "%s: rule %s has %u groups\n", r->file->name, r->name, n);
			CHECK(n < 64);
			if (r->trig.wild)
				fprintf(stderr, "%s: rule %s is wild\n", r->file->name, r->name);
			CHECK(!r->trig.wild);
		}
	}
}

static void test_nearest(void)
{
	/* A date without its year: the occurrence nearest the reference. */
	CHECK_STR(run(fr, "le 22 avril", "2016-11-07"), "le 22 avril=2017-04-22");
	CHECK_STR(run(fr, "le 3 mars", "2016-11-07"), "le 3 mars=2017-03-03");
	CHECK_STR(run(en, "Feb 29", "2017-03-22"), "Feb 29=2016-02-29");
	CHECK_STR(run(en, "Feb 29", "2019-09-18"), "Feb 29=2020-02-29");
	CHECK_STR(run(fr, "en décembre", "2024-01-10"), "décembre=2023-12");
	CHECK_STR(run(fr, "en décembre", "2024-08-10"), "décembre=2024-12");
	/* a bare day of the month: the nearest month that has it */
	CHECK_STR(run(fr, "Rendez-vous le 31.", "2024-04-10"), "le 31=2024-03-31");
	CHECK_STR(run(en, "See you on the 4th.", "2018-08-07"), "the 4th=2018-08-04");
	/* a weekday: the nearest one; last/next: strictly before/after */
	CHECK_STR(run(fr, "vendredi", "2016-11-07"), "vendredi=2016-11-04");
	CHECK_STR(run(fr, "lundi dernier", "2016-11-07"), "lundi dernier=2016-10-31");
	CHECK_STR(run(fr, "lundi prochain", "2016-11-07"), "lundi prochain=2016-11-14");
	CHECK_STR(run(en, "next Tuesday", "2013-02-12"), "next Tuesday=2013-02-19");
	CHECK_STR(run(en, "last Tuesday", "2013-02-12"), "last Tuesday=2013-02-05");
	/* a weekday with a day: the nearest month where they agree */
	CHECK_STR(run(en, "Tuesday the 14th", "2013-02-12"), "Tuesday the 14th=2013-05-14");
	/* this/next/last with a month */
	CHECK_STR(run(en, "this September", "2016-11-07"), "this September=2016-09");
	CHECK_STR(run(en, "next March", "2016-11-07"), "next March=2017-03");
	CHECK_STR(run(en, "last May", "2016-11-07"), "last May=2016-05");
	CHECK_STR(run(fr, "en mars dernier", "2024-03-15"), "mars dernier=2023-03");
}

static void test_two_digit_years(void)
{
	CHECK_STR(run(fr, "31/10/74", "2013-02-12"), "31/10/74=1974-10-31");
	CHECK_STR(run(fr, "12/12/30", "2016-01-01"), "12/12/30=2030-12-12");
	CHECK_STR(run(fr, "12/12/30", NULL), "12/12/30=2030-12-12");
	CHECK_STR(run(en, "3/3/15", "2013-02-12"), "3/3/15=2015-03-03");
}

static void test_relative_boundaries(void)
{
	CHECK_STR(run(fr, "hier", "2024-03-01"), "hier=2024-02-29");
	CHECK_STR(run(fr, "hier", "2023-03-01"), "hier=2023-02-28");
	CHECK_STR(run(fr, "demain", "2023-12-31"), "demain=2024-01-01");
	CHECK_STR(run(en, "the day after tomorrow", "2024-02-28"), "the day after tomorrow=2024-03-01");
	CHECK_STR(run(fr, "la semaine dernière", "2021-01-04"), "la semaine dernière=2020-W53");
	CHECK_STR(run(fr, "la semaine prochaine", "2024-12-23"), "la semaine prochaine=2025-W01");
	CHECK_STR(run(en, "this week", "2027-01-01"), "this week=2026-W53");
	CHECK_STR(run(fr, "le mois dernier", "2024-01-15"), "le mois dernier=2023-12");
	CHECK_STR(run(en, "next month", "2023-12-31"), "next month=2024-01");
	CHECK_STR(run(fr, "le trimestre dernier", "2024-02-10"), "le trimestre dernier=2023-Q4");
	CHECK_STR(run(fr, "ce trimestre", "2024-12-31"), "ce trimestre=2024-Q4");
	CHECK_STR(run(en, "next quarter", "2024-11-30"), "next quarter=2025-Q1");
	CHECK_STR(run(fr, "l'an dernier", "2024-01-01"), "l'an dernier=2023");
	CHECK_STR(run(en, "the next decade", "2018-06-01"), "next decade=202X");
	CHECK_STR(run(fr, "mercredi de la semaine prochaine", "2024-12-31"),
		  "mercredi de la semaine prochaine=2025-01-08");
	CHECK_STR(run(en, "the 31st of next month", "2024-01-15"), "");
	CHECK_STR(run(en, "the 29th of next month", "2024-01-15"), "the 29th of next month=2024-02-29");
}

static void test_month_ends(void)
{
	CHECK_STR(run(fr, "le dernier jour de février 2024", NULL),
		  "le dernier jour de février 2024=2024-02-29");
	CHECK_STR(run(en, "the last day of February 2023", NULL),
		  "the last day of February 2023=2023-02-28");
	CHECK_STR(run(en, "last Friday of February 2024", NULL), "last Friday of February 2024=2024-02-23");
	CHECK_STR(run(fr, "le premier lundi de janvier 2024", NULL),
		  "le premier lundi de janvier 2024=2024-01-01");
	CHECK_STR(run(en, "the fifth Monday of February 2024", NULL), "");
	CHECK_STR(run(fr, "le 31 avril 2024", NULL), "");
	CHECK_STR(run(en, "February 29, 2023", NULL), "");
}

static void test_ranges(void)
{
	CHECK_STR(run(fr, "du 28 décembre au 3 janvier 2024", NULL),
		  "du 28 décembre au 3 janvier 2024=2023-12-28/2024-01-03");
	CHECK_STR(run(fr, "du 3 au 5 mars 2024", NULL), "du 3 au 5 mars 2024=2024-03-03/2024-03-05");
	CHECK_STR(run(en, "March 3-5, 2024", NULL), "March 3-5, 2024=2024-03-03/2024-03-05");
	CHECK_STR(run(fr, "2019-21", NULL), "2019-21=2019/2021");
	CHECK_STR(run(en, "1998-2003", NULL), "1998-2003=1998/2003");
	CHECK_STR(run(en, "from 10/25 to 01/25", "2018-10-24"), "from 10/25 to 01/25=2018-10-25/2019-01-25");
	CHECK_STR(run(fr, "de novembre à février", "2024-01-10"), "de novembre à février=2023-11/2024-02");
	CHECK_STR(run(en, "from Q1 2023 to Q2 2024", NULL), "from Q1 2023 to Q2 2024=2023-Q1/2024-Q2");
}

static void test_unresolved(void)
{
	CHECK_STR(run(fr, "le 26 mars", NULL), "le 26 mars=XXXX-03-26");
	CHECK_STR(run(fr, "hier", NULL), "hier=REF-1D");
	CHECK_STR(run(fr, "vendredi", NULL), "vendredi=XXXX-WXX-5");
	CHECK_STR(run(en, "last week", NULL), "last week=REF-1W");
	CHECK_STR(run(en, "Monday next week", NULL), "Monday next week=REF+1W-1");
	CHECK_STR(run(en, "Q3", NULL), "Q3=XXXX-Q3");
	CHECK_STR(run(fr, "en mars", NULL), "mars=XXXX-03");
}

static void test_words(void)
{
	CHECK_STR(run(en, "in nineteen ninety six", NULL), "nineteen ninety six=1996");
	CHECK_STR(run(en, "in two thousand and eight", NULL), "two thousand and eight=2008");
	CHECK_STR(run(en, "in nineteen oh five", NULL), "nineteen oh five=1905");
	CHECK_STR(run(fr, "en deux mille vingt-quatre", NULL), "deux mille vingt-quatre=2024");
	CHECK_STR(run(fr, "le quinze août 2023", NULL), "le quinze août 2023=2023-08-15");
	CHECK_STR(run(en, "the twenty-first of June 2023", NULL), "the twenty-first of June 2023=2023-06-21");
	CHECK_STR(run(fr, "dans les années quatre-vingt", "2024-01-01"), "les années quatre-vingt=198X");
	CHECK_STR(run(en, "back in the nineties", "2024-01-01"), "nineties=199X");
}

int main(void)
{
	fr = load("fr");
	en = load("en");
	static const struct test_case tests[] = {
		{"rule_properties", test_rule_properties},
		{"nearest", test_nearest},
		{"two_digit_years", test_two_digit_years},
		{"relative_boundaries", test_relative_boundaries},
		{"month_ends", test_month_ends},
		{"ranges", test_ranges},
		{"unresolved", test_unresolved},
		{"words", test_words},
		{NULL, NULL},
	};
	int rc = test_main("date", tests);
	pat_free(fr);
	pat_free(en);
	return rc;
}
