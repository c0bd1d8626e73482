/* Unit tests: which lookbehinds get a callout in a probe regex, with what
 * length, and what probes answer. */
#include "probe.h"
#include "rules.h"
#include "test.h"

#include <stdlib.h>

/* The probe regex of re, or "-" when it needs none. */
static const char *probed(const char *re)
{
	static char out[512];
	size_t n;
	char *p = probe_regex(re, strlen(re), &n);
	if (!p)
		return "-";
	snprintf(out, sizeof out, "%.*s", (int)n, p);
	free(p);
	return out;
}

static void test_callouts(void)
{
	/* A positive lookbehind may hide a match: a way round it, a callout
	 * numbered with its length in characters that passes near the
	 * start. */
	CHECK_STR(probed("(?<=abc)x"), "(?:(?<=abc)|(?C3))x");
	CHECK_STR(probed("(?<=a|bcd)x"), "(?:(?<=a|bcd)|(?C3))x");
	CHECK_STR(probed("(?<=\\x{e9}\\d{2})x"), "(?:(?<=\\x{e9}\\d{2})|(?C3))x");
	CHECK_STR(probed("(?<=[a-z]{4}|\\bq)x"), "(?:(?<=[a-z]{4}|\\bq)|(?C4))x");
	CHECK_STR(probed("(?<=(?:ab|c)\\s)x"), "(?:(?<=(?:ab|c)\\s)|(?C3))x");
	CHECK_STR(probed("(?<=é)x"), "(?:(?<=é)|(?C1))x");
	CHECK_STR(probed("(?<=\\Qa.b\\E)x"), "(?:(?<=\\Qa.b\\E)|(?C3))x");
	CHECK_STR(probed("a(?<=a)?b"), "a(?:(?<=a)|(?C1))?b");
	/* A length that cannot be read: 127, "always near". */
	CHECK_STR(probed("(?<=a+)x"), "(?:(?<=a+)|(?C127))x");
	CHECK_STR(probed("(?<=\\1)(x)"), "(?:(?<=\\1)|(?C127))(x)");
	/* Syntax the length reading does not know ends it (an empty
	 * option group looped for ever: found by fuzz_probe). */
	CHECK_STR(probed("(?<=(?)a)x"), "(?:(?<=(?)a)|(?C127))x");
	/* Failing in the probe only lets it go further: left as it is. */
	CHECK_STR(probed("(?<!abc)x"), "-");
	CHECK_STR(probed("(?!(?<=ab)c)x"), "-");
	CHECK_STR(probed("(?i)(?!one|(?<=\\bin\\s)19)[0-9]+"), "-");
	/* A negation turns that around. */
	CHECK_STR(probed("(?!(?<!ab)c)x"), "(?!(?:(?<!ab)|(?C2))c)x");
	/* Where something commits to the first success around it, the
	 * callout before it flags the answer as "maybe" (128 + length). */
	CHECK_STR(probed("(?>a(?<!b)|ab)c"), "(?>a(?C129)(?<!b)|ab)c");
	CHECK_STR(probed("(?:a(?<!b)|ab)++c"), "(?:a(?C129)(?<!b)|ab)++c");
	CHECK_STR(probed("(?=(?<!b)a)a"), "(?=(?C129)(?<!b)a)a");
	CHECK_STR(probed("(*COMMIT)(?<!x)a"), "(*COMMIT)(?C129)(?<!x)a");
	CHECK_STR(probed("(?<n>(?<!x)a)b(?&n)"), "(?<n>(?C129)(?<!x)a)b(?&n)");
	CHECK_STR(probed("(?&n)(?(DEFINE)(?<n>(?<!x)a))"), "(?&n)(?(DEFINE)(?<n>(?C129)(?<!x)a))");
	CHECK_STR(probed("(?1)((?<!x)a)"), "(?1)((?C129)(?<!x)a)");
	CHECK_STR(probed("(?x)(?<!a b)c"), "(?x)(?C255)(?<!a b)c");
	/* A lookbehind as a condition: the callout goes before it. */
	CHECK_STR(probed("(?(?<=a)b|c)"), "(?(?C129)(?<=a)b|c)");
	CHECK_STR(probed("(?(?<!a)b|c)"), "(?(?C129)(?<!a)b|c)");
	/* Other conditions are not lookbehinds; neither are named groups,
	 * escaped parentheses, classes or comments. */
	CHECK_STR(probed("(?<day>a)(?(<day>)b|c)"), "-");
	CHECK_STR(probed("\\(?<=x)"), "-");
	CHECK_STR(probed("[(?<=]x"), "-");
	CHECK_STR(probed("[]()?<=]x"), "-");
	CHECK_STR(probed("(?#(?<=x))y"), "-");
	/* Verbs and callouts are not groups, whatever their names hold
	 * (a MARK named like a lookbehind broke the copy: fuzz_probe). */
	CHECK_STR(probed("(*:?(?<=S)a(?<=a)"), "(*:?(?<=S)a(?:(?<=a)|(?C1))");
	/* The rule's own callouts go from the copy (they do nothing in
	 * trawl, and must not be taken for the probe's: fuzz_probe). */
	CHECK_STR(probed("(?C)|a(?<=a)"), "|a(?:(?<=a)|(?C1))");
	CHECK_STR(probed("<(?C^^^V^^^)"), "<");   /* none of its own, but a copy */
	CHECK_STR(probed("(?C)"), "");
	CHECK_STR(probed("(?C\"(?<=x)\")(?<=a)b"), "(?:(?<=a)|(?C1))b");
	CHECK_STR(probed("(?C'it''s)')(?<=a)b"), "(?:(?<=a)|(?C1))b");
	CHECK_STR(probed("(?(?C9)(?<=a)b|c)"), "(?(?C129)(?<=a)b|c)");
	CHECK_STR(probed("(?(?C9)(?=a)(?<=a)|c)"), "(?(?=a)(?:(?<=a)|(?C1))|c)");
	/* A callout string that runs to the end (read past it: fuzz_probe). */
	CHECK_STR(probed("(?<=(?C#"), "(?C255)(?<=");
	CHECK_STR(probed("a(?<=^a)"), "(?C255)");
	/* The alphabetic forms are not read, and a probe cannot know where
	 * the subject starts: every probe may (found by fuzz_probe). */
	CHECK_STR(probed("(*plb:a)b"), "(?C255)");
	CHECK_STR(probed("(?<*in )a"), "(?C255)");
	CHECK_STR(probed("(?*a)a"), "(?C255)");
	CHECK_STR(probed("(?!^)x"), "(?C255)");
	CHECK_STR(probed("\\Ax|y"), "(?C255)");
	CHECK_STR(probed("[^a]x"), "-");
	CHECK_STR(probed("\\^x"), "-");
	/* Nested: the outer one gets its way round; the inner one, in a
	 * positive assertion, its flag. */
	CHECK_STR(probed("(?<=a(?<=a))b"), "(?:(?<=a(?C129)(?<=a))|(?C1))b");
}

static int may(struct probe *p, struct rule *r, const char *s)
{
	return probe_may(p, r, (const unsigned char *)s, strlen(s));
}

static void test_probes(void)
{
	struct probe p;
	probe_init(&p, 8);
	/* "May" is a month after "in": the probe cannot see the "in", and
	 * lets it pass; what follows still decides. */
	struct rule *may_ = test_rule("(?:(?<=\\bin\\s)May|June)\\b");
	CHECK(may(&p, may_, "May "));
	CHECK(may(&p, may_, "June"));
	CHECK(!may(&p, may_, "Mai"));
	/* The same in an atomic group: "maybe" once it is tried. */
	struct rule *at = test_rule("(?>(?<=\\bin\\s)May|June)\\b");
	CHECK(may(&p, at, "Mai"));
	CHECK(may(&p, at, "Juin"));    /* the first alternative tries it */
	CHECK(!may(&p, at, "Xyz"));    /* no alternative starts so */
	test_rule_free(at);
	/* A lookbehind far enough into the probe sees what it needs. */
	struct rule *th = test_rule("the\\s+[0-9]+(?<=[0-9]{2})th");
	CHECK(may(&p, th, "the 1"));
	CHECK(!may(&p, th, "the w"));
	CHECK(!may(&p, th, "the 4t"));   /* one digit: the lookbehind fails, and it could see it all */
	CHECK(may(&p, th, "the 14t"));
	/* A negative one near the start: no callout, the answer stands. */
	struct rule *neg = test_rule("(?<![0-9.])[0-9]+\\s*%");
	CHECK(may(&p, neg, "12 "));
	CHECK(!may(&p, neg, "12 x"));
	/* The end of a probe is not the end of the text. */
	struct rule *end = test_rule("ab(?!$)");
	CHECK(may(&p, end, "ab"));
	test_rule_free(end);
	/* A rule that cannot be probed answers "maybe". */
	struct rule *bad = test_rule("a");
	bad->probe_re = strdup("(");
	bad->probe_relen = 1;
	CHECK(may(&p, bad, "zzz"));
	CHECK(bad->probe_failed);
	test_rule_free(may_);
	test_rule_free(th);
	test_rule_free(neg);
	test_rule_free(bad);
	probe_free(&p);
}

int main(void)
{
	static const struct test_case tests[] = {
		{"callouts", test_callouts},
		{"probes", test_probes},
		{NULL, NULL},
	};
	return test_main("probe", tests);
}
