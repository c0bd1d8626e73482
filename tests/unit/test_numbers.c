/* Unit tests: digits in every grouping convention, words, decimals. */
#include "numbers.h"
#include "patterns.h"
#include "test.h"
#include "util.h"

static const char *fmt(const char *s, const char *lang)
{
	static char buf[64];
	struct dec d;
	if (num_parse_digits(s, strlen(s), lang, &d) < 0)
		return "ERR";
	dec_format(d, buf, sizeof buf);
	return buf;
}

static void test_grouping(void)
{
	CHECK_STR(fmt("1 000 000", "fr"), "1000000");
	CHECK_STR(fmt("1.000.000", "fr"), "1000000");
	CHECK_STR(fmt("1,000,000.50", "en"), "1000000.5");
	CHECK_STR(fmt("1.000.000,50", "fr"), "1000000.5");
	CHECK_STR(fmt("1 000,50", "fr"), "1000.5");
	CHECK_STR(fmt("1'000", "fr"), "1000");
	CHECK_STR(fmt("1,00,000", "en"), "100000");      /* Indian lakh */
	CHECK_STR(fmt("12,34,56,789", "en"), "123456789");
	CHECK_STR(fmt("1000000", "en"), "1000000");
	CHECK_STR(fmt("1 000 000,50", "fr"), "1000000.5");
	CHECK_STR(fmt("1 000.50", "en"), "1000.5");
	CHECK_STR(fmt("2'500'000", "fr"), "2500000");   /* Swiss */
	CHECK_STR(fmt("2'500.75", "en"), "2500.75");
	CHECK_STR(fmt("1.000.000", "en"), "1000000");   /* two marks group */
	CHECK_STR(fmt("1,000,000", "fr"), "1000000");
	CHECK_STR(fmt("10,00,000.50", "en"), "1000000.5");
	CHECK_STR(fmt("10 000,00", "fr"), "10000");
	CHECK_STR(fmt("20000,15", "fr"), "20000.15");
}

static void test_ambiguous_shapes(void)
{
	/* One mark before exactly three digits: the language decides. */
	CHECK_STR(fmt("1,500", "fr"), "1.5");
	CHECK_STR(fmt("1,500", "en"), "1500");
	CHECK_STR(fmt("1.500", "fr"), "1500");
	CHECK_STR(fmt("1.500", "en"), "1.5");
	CHECK_STR(fmt("3,350", "en"), "3350");
	CHECK_STR(fmt("12,345", "fr"), "12.345");
	/* Otherwise the mark is decimal whatever the language. */
	CHECK_STR(fmt("1,5", "en"), "1.5");
	CHECK_STR(fmt("1.5", "fr"), "1.5");
	CHECK_STR(fmt("12,25", "fr"), "12.25");
	CHECK_STR(fmt("0,05", "fr"), "0.05");
	CHECK_STR(fmt("1,5000", "fr"), "1.5");
	/* More shapes, each decision once. */
	CHECK_STR(fmt("10.000", "fr"), "10000");   /* fr: '.' groups */
	CHECK_STR(fmt("10.000", "en"), "10");      /* en: '.' is decimal */
	CHECK_STR(fmt("4,800", "fr"), "4.8");      /* fr: ',' is decimal */
	CHECK_STR(fmt("4,800", "en"), "4800");
	CHECK_STR(fmt("94.000", "fr"), "94000");
	CHECK_STR(fmt("1.250,5", "en"), "1250.5"); /* both marks: the last is decimal */
	CHECK_STR(fmt("1,250.5", "fr"), "1250.5");
	CHECK_STR(fmt("0.75", "fr"), "0.75");
	CHECK_STR(fmt("3,35", "en"), "3.35");
	CHECK_STR(fmt(".5", "en"), "0.5");         /* a leading mark is decimal */
	CHECK_STR(fmt(",25", "fr"), "0.25");
	CHECK_STR(fmt(".500", "fr"), "0.5");
	CHECK_STR(fmt("12.345.678", "fr"), "12345678");
	CHECK_STR(fmt("12,345,678", "en"), "12345678");
	CHECK_STR(fmt("1.5.2", "en"), "ERR");      /* a version, not a number */
	CHECK_STR(fmt("1,2,3", "fr"), "ERR");
}

static void test_signs_and_errors(void)
{
	CHECK_STR(fmt("-3,5", "fr"), "-3.5");
	CHECK_STR(fmt("+12", "fr"), "12");
	CHECK_STR(fmt("1 00", "fr"), "ERR");      /* a group of two digits */
	CHECK_STR(fmt("1.000,5.0", "fr"), "ERR");
	CHECK_STR(fmt("abc", "fr"), "ERR");
	CHECK_STR(fmt("", "fr"), "ERR");
	CHECK_STR(fmt("1234567890123456789", "en"), "ERR");   /* 19 digits */
	CHECK_STR(fmt("100000000000000000000", "en"), "100000000000000000000");
	/* regression (fuzz_numbers): 66 digits used to print truncated */
	CHECK_STR(fmt("133333333333333333000000000000000000000000000000000000000000000000", "en"), "ERR");
	/* regression (fuzz_numbers): 60 decimals printed truncated */
	CHECK_STR(fmt("0.000000000000000000000000000000000000000000000000000000000004", "en"), "ERR");
	CHECK_STR(fmt("1,500000000000000000", "fr"), "1.5");
}

/* The shipped vocabulary of a language (patterns/LANG/lists/numbers.tsv). */
static struct list *shipped(const char *lang)
{
	char name[64];
	snprintf(name, sizeof name, "%s/lists/numbers.tsv", lang);
	for (size_t i = 0; i < builtin_count; i++) {
		if (strcmp(builtin_files[i].name, name) != 0)
			continue;
		char err[256];
		struct list *l = list_parse("numword", name, (const char *)builtin_files[i].data,
					    builtin_files[i].len, err, sizeof err);
		if (!l)
			fprintf(stderr, "%s\n", err);
		return l;
	}
	fprintf(stderr, "no built-in %s\n", name);
	return NULL;
}

static const char *wfmt(const struct list *l, const char *s)
{
	static char buf[64];
	struct dec d;
	if (!l || num_parse_words(s, strlen(s), l, &d) < 0)
		return "ERR";
	dec_format(d, buf, sizeof buf);
	return buf;
}

static void test_words(void)
{
	struct list *l = shipped("fr");
	CHECK_STR(wfmt(l, "quinze"), "15");
	/* Regression (fuzz_numbers): "cent" repeated multiplied past int64. */
	CHECK_STR(wfmt(l, "vingt- cent cent  cent  cent  cent  cent cent  cent cent cent  cent cent"), "ERR");
	CHECK_STR(wfmt(l, "cent cent"), "10000");
	CHECK_STR(wfmt(l, "vingt et un"), "21");
	CHECK_STR(wfmt(l, "vingt-et-un"), "21");
	CHECK_STR(wfmt(l, "trente-cinq"), "35");
	CHECK_STR(wfmt(l, "trente cinq"), "35");
	CHECK_STR(wfmt(l, "soixante-dix"), "70");
	CHECK_STR(wfmt(l, "soixante et onze"), "71");
	CHECK_STR(wfmt(l, "soixante-dix-neuf"), "79");
	CHECK_STR(wfmt(l, "quatre-vingts"), "80");
	CHECK_STR(wfmt(l, "quatre vingt"), "80");
	CHECK_STR(wfmt(l, "quatre-vingt-onze"), "91");
	CHECK_STR(wfmt(l, "quatre-vingt-dix-neuf"), "99");
	CHECK_STR(wfmt(l, "septante-cinq"), "75");      /* Belgian, Swiss */
	CHECK_STR(wfmt(l, "nonante"), "90");
	CHECK_STR(wfmt(l, "cent"), "100");
	CHECK_STR(wfmt(l, "cent un"), "101");
	CHECK_STR(wfmt(l, "deux cents"), "200");
	CHECK_STR(wfmt(l, "trois cent cinq"), "305");
	CHECK_STR(wfmt(l, "cinq cent trente cinq"), "535");
	CHECK_STR(wfmt(l, "neuf cent quatre-vingt-dix-neuf"), "999");
	CHECK_STR(wfmt(l, "mille"), "1000");
	CHECK_STR(wfmt(l, "deux mille trois cent"), "2300");
	CHECK_STR(wfmt(l, "deux cent mille"), "200000");
	CHECK_STR(wfmt(l, "zéro"), "0");
	CHECK_STR(wfmt(l, "trois pommes"), "ERR");
	/* "virgule": the decimals, read as a number ("virgule vingt-cinq" .25)
	 * or digit by digit ("virgule zéro cinq" .05) */
	CHECK_STR(wfmt(l, "quinze virgule cinq"), "15.5");
	CHECK_STR(wfmt(l, "deux virgule vingt-cinq"), "2.25");
	CHECK_STR(wfmt(l, "trois virgule zéro cinq"), "3.05");
	CHECK_STR(wfmt(l, "zéro virgule un quatre"), "0.14");
	CHECK_STR(wfmt(l, "virgule cinq"), "ERR");
	CHECK_STR(wfmt(l, "deux virgule"), "ERR");
	CHECK_STR(wfmt(l, "deux virgule cinq virgule trois"), "ERR");
	CHECK_STR(wfmt(l, "deux virgule mille"), "ERR");
	CHECK_STR(wfmt(l, "pommes"), "ERR");
	list_free(l);

	l = shipped("en");
	CHECK_STR(wfmt(l, "one"), "1");
	CHECK_STR(wfmt(l, "twenty-one"), "21");
	CHECK_STR(wfmt(l, "ninety nine"), "99");
	CHECK_STR(wfmt(l, "one hundred"), "100");
	CHECK_STR(wfmt(l, "a hundred"), "100");
	CHECK_STR(wfmt(l, "one hundred and twenty"), "120");
	CHECK_STR(wfmt(l, "twelve hundred"), "1200");
	CHECK_STR(wfmt(l, "two thousand five hundred"), "2500");
	CHECK_STR(wfmt(l, "five thousand"), "5000");
	CHECK_STR(wfmt(l, "three hundred thousand"), "300000");
	CHECK_STR(wfmt(l, "zero"), "0");
	CHECK_STR(wfmt(l, "forty two"), "42");
	CHECK_STR(wfmt(l, "two apples"), "ERR");
	CHECK_STR(wfmt(l, "zero point five"), "0.5");
	CHECK_STR(wfmt(l, "three point one four"), "3.14");
	CHECK_STR(wfmt(l, "two point zero five"), "2.05");
	CHECK_STR(wfmt(l, "twenty-one point seventy-five"), "21.75");
	CHECK_STR(wfmt(l, "point five"), "ERR");
	CHECK_STR(wfmt(l, "five point"), "ERR");
	CHECK_STR(wfmt(l, "one point two hundred"), "ERR");
	list_free(l);
}

static void test_dec(void)
{
	struct dec a, b, c;
	char buf[64];
	CHECK(dec_from_str("1.5", &a) == 0);
	CHECK(dec_from_str("1000000000", &b) == 0);
	CHECK(dec_mul(a, b, &c) == 0);
	dec_format(c, buf, sizeof buf);
	CHECK_STR(buf, "1500000000");
	CHECK(dec_from_str("0.01", &a) == 0);
	dec_format(a, buf, sizeof buf);
	CHECK_STR(buf, "0.01");
	CHECK(dec_from_str("1", &a) == 0);
	CHECK(dec_from_str("0.23", &b) == 0);
	CHECK(dec_add(a, b, &c) == 0);
	dec_format(c, buf, sizeof buf);
	CHECK_STR(buf, "1.23");
	dec_format(dec_neg(c), buf, sizeof buf);
	CHECK_STR(buf, "-1.23");
	struct dec big = {999999999999999999LL, 0};
	CHECK(dec_mul(big, b, &c) == -1 || c.coef != 0);
	struct dec ten = {10, 0};
	CHECK(dec_mul(big, ten, &c) == -1);
	CHECK(dec_from_str("1,5", &a) == -1);   /* plain decimals only */
	struct dec x = {15, -1}, y = {2, 0}, z = {150, -2};
	CHECK_INT(dec_cmp(x, y), -1);
	CHECK_INT(dec_cmp(y, x), 1);
	CHECK_INT(dec_cmp(x, z), 0);
	CHECK_INT(dec_cmp(big, dec_neg(big)), 1);
}

int main(void)
{
	static const struct test_case tests[] = {
		{"grouping", test_grouping},
		{"ambiguous_shapes", test_ambiguous_shapes},
		{"signs_and_errors", test_signs_and_errors},
		{"words", test_words},
		{"dec", test_dec},
		{NULL, NULL},
	};
	return test_main("numbers", tests);
}
