/* Unit tests: digits in every grouping convention, words, decimals. */
#include "numbers.h"
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

static struct list *words(void)
{
	static const char tsv[] =
		"un\t1\ndeux\t2\ntrois\t3\nquatre\t4\ncinq\t5\nsix\t6\nsept\t7\nhuit\t8\nneuf\t9\n"
		"dix\t10\nonze\t11\nvingt\t20\nsoixante\t60\nsoixante-dix\t70\nquatre-vingt\t80\n"
		"quatre-vingts\t80\nquatre-vingt-dix\t90\ncent\tx100\ncents\tx100\nmille\t*1000\n"
		"million\t*1000000\nmillions\t*1000000\nmilliard\t*1000000000\nmilliards\t*1000000000\net\t+\n";
	char err[256];
	struct list *l = list_parse("numword", "test", tsv, sizeof tsv - 1, err, sizeof err);
	if (!l)
		fprintf(stderr, "%s\n", err);
	return l;
}

static const char *wfmt(const struct list *l, const char *s)
{
	static char buf[64];
	struct dec d;
	if (num_parse_words(s, strlen(s), l, &d) < 0)
		return "ERR";
	dec_format(d, buf, sizeof buf);
	return buf;
}

static void test_words(void)
{
	struct list *l = words();
	CHECK(l != NULL);
	CHECK_STR(wfmt(l, "vingt et un"), "21");
	CHECK_STR(wfmt(l, "quatre-vingt-dix-neuf"), "99");
	CHECK_STR(wfmt(l, "soixante-dix"), "70");
	CHECK_STR(wfmt(l, "deux cent mille"), "200000");
	CHECK_STR(wfmt(l, "deux cents"), "200");
	CHECK_STR(wfmt(l, "un million deux cent mille"), "1200000");
	CHECK_STR(wfmt(l, "mille milliards"), "1000000000000");
	CHECK_STR(wfmt(l, "quatre-vingts"), "80");
	CHECK_STR(wfmt(l, "neuf cent quatre-vingt-dix-neuf"), "999");
	CHECK_STR(wfmt(l, "trois pommes"), "ERR");
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
