/* Unit tests: word keys, the key table and its prefilter, the learned
 * follow and pair filters. */
#include "keys.h"
#include "rules.h"
#include "test.h"

#include <stdlib.h>

static const char *key_of(const char *w, int *nlet, size_t *end)
{
	static char out[64];
	struct trig_key k;
	unsigned char offs[TRIG_K + 1];
	*nlet = word_key((const unsigned char *)w, strlen(w), &k, offs, end);
	static const char st[] = "?CSO";
	snprintf(out, sizeof out, "%.*s/%c", k.len, (const char *)k.s, st[k.state]);
	return out;
}

static void test_word_key(void)
{
	int n;
	size_t end;
	CHECK_STR(key_of("le 3", &n, &end), "le/C");
	CHECK_INT(n, 2);
	CHECK_INT(end, 2);
	CHECK_STR(key_of("Semaine", &n, &end), "sema/S");
	CHECK_INT(n, 5);                   /* counts at most TRIG_K + 1 */
	CHECK_STR(key_of("Élysée", &n, &end), "élys/S");
	CHECK_STR(key_of("MARS", &n, &end), "mars/S");   /* four letters: saturated */
	CHECK_STR(key_of("d'euros", &n, &end), "d/C");   /* the apostrophe ends it */
	CHECK_INT(end, 1);
	CHECK_STR(key_of("bn€", &n, &end), "bn/C");
	CHECK_STR(key_of("42", &n, &end), "/C");
	CHECK_INT(n, 0);

	/* Eight bytes or more take the word-at-once path: the same keys,
	 * letter counts, ends and offsets as the byte loop (which a word
	 * followed by fewer than eight bytes takes). */
	static const char *const words[] = {"le", "Les", "Semaine", "abcd", "abcde", "a", "x1",
		"MARS", "d'", "Zürich", "naïve", "été", "Été", "boîte", "abé", "zZ[`{@"};
	for (size_t w = 0; w < sizeof words / sizeof *words; w++) {
		char longer[64];
		snprintf(longer, sizeof longer, "%s;.......", words[w]);
		size_t wl = strlen(words[w]);
		struct trig_key a, b;
		unsigned char oa[TRIG_K + 1], ob[TRIG_K + 1];
		size_t ea, eb;
		memset(oa, 0, sizeof oa);
		memset(ob, 0, sizeof ob);
		int na = word_key((const unsigned char *)longer, strlen(longer), &a, oa, &ea);
		int nb = word_key((const unsigned char *)words[w], wl, &b, ob, &eb);
		CHECK_INT(na, nb);
		CHECK_INT(ea, eb);
		CHECK(memcmp(&a, &b, sizeof a) == 0);
		CHECK(memcmp(oa, ob, (size_t)(a.nlet + 1)) == 0);
	}
	CHECK_STR(key_of("abcdefghij", &n, &end), "abcd/S");
	CHECK_INT(n, 5);
	CHECK_INT(end, 5);
	CHECK_STR(key_of("ab cdefghij", &n, &end), "ab/C");
	CHECK_STR(key_of("Zürich street", &n, &end), "züri/S");
}

static struct trig_key mk(const char *s, int state)
{
	struct trig_key k;
	memset(&k, 0, sizeof k);
	k.len = (unsigned char)strlen(s);
	memcpy(k.s, s, k.len);
	k.nlet = k.len;
	k.state = (unsigned char)state;
	return k;
}

static void test_table(void)
{
	struct keytab t;
	keytab_init(&t, 4);
	struct trig_key le = mk("le", TRIG_CLOSED), sema = mk("sema", TRIG_SAT), ja = mk("ja", TRIG_OPEN);
	keytab_add(&t, &le, 3);
	keytab_add(&t, &le, 3);            /* the same rule twice: listed once */
	keytab_add(&t, &le, 5);
	keytab_add(&t, &sema, 1)->mk_mask |= 2;
	keytab_add(&t, &ja, -1);           /* a slot with no rule */
	struct keyslot *s = keytab_find(&t, &le);
	CHECK(s != NULL);
	if (s) {
		CHECK_INT(s->rules.n, 2);
		CHECK_INT(s->rules.id[1], 5);
	}
	CHECK(keytab_find(&t, &sema)->mk_mask == 2);
	struct trig_key la = mk("la", TRIG_CLOSED), le_s = mk("le", TRIG_SAT);
	CHECK(keytab_find(&t, &la) == NULL);
	CHECK(keytab_find(&t, &le_s) == NULL);   /* the state is part of the key */
	CHECK_INT(keytab_find(&t, &ja)->rules.n, 0);
	CHECK_INT(t.open_lens, 1 << 2);
	/* The prefilter: the first two letters, folded. */
	CHECK(keytab_maybe(&t, (const unsigned char *)"Les", 3));
	CHECK(keytab_maybe(&t, (const unsigned char *)"semaine", 7));
	CHECK(keytab_maybe(&t, (const unsigned char *)"Janvier", 7));
	CHECK(!keytab_maybe(&t, (const unsigned char *)"lundi", 5));
	CHECK(!keytab_maybe(&t, (const unsigned char *)"x", 1));
	keytab_free(&t);
}

static void test_filters(void)
{
	struct probe pb;
	probe_init(&pb, 8);
	struct keytab t;
	keytab_init(&t, 4);
	struct trig_key le = mk("le", TRIG_CLOSED);
	/* Every rule of a slot is entered before its filters are asked
	 * (they are sized then), as the matcher does. */
	struct keyslot *s = keytab_add(&t, &le, 0);
	for (int id = 1; id <= 4; id++)
		keytab_add(&t, &le, id);
	struct rule *r = test_rule("(?i)le\\s+[0-9]+\\s+mars");
	CHECK(follow_ok(&pb, s, 0, r, '3', 1));        /* "le 3 mars" */
	CHECK(!follow_ok(&pb, s, 0, r, 'p', 1));       /* "le pain" */
	CHECK(!follow_ok(&pb, s, 0, r, '3', 0));       /* "le3": not adjacent */
	CHECK(follow_ok(&pb, s, 0, r, 0xC3, 1));       /* non-ASCII: never filtered */
	CHECK(follow_ok(&pb, s, 0, r, '3', 1));        /* asked again: remembered */
	/* A lookbehind that looks before the word: the probe lets it pass
	 * (what comes before could), and what follows still decides. */
	struct rule *lb = test_rule("(?<=en )le\\s+[0-9]");
	CHECK(!follow_ok(&pb, s, 1, lb, 'p', 1));
	CHECK(follow_ok(&pb, s, 1, lb, '3', 1));
	/* In an atomic group, it cannot be passed over: never filtered. */
	struct rule *at = test_rule("(?>(?<=en )le|les)\\s+[0-9]");
	CHECK(follow_ok(&pb, s, 4, at, 'p', 1));
	test_rule_free(at);
	/* One inside the match, after the word: filtered as usual. */
	struct rule *inner = test_rule("le\\s+[0-9]+(?<=[0-9]{2})x");
	CHECK(!follow_ok(&pb, s, 2, inner, 'p', 1));
	CHECK(follow_ok(&pb, s, 2, inner, '3', 1));
	/* One whose failure can only let the rule go further (a negative
	 * lookbehind; a positive one in a negative lookahead): filtered. */
	struct rule *neg = test_rule("(?<!x)(?!(?<=en )le\\s+0)le\\s+[0-9]");
	CHECK(!follow_ok(&pb, s, 3, neg, 'p', 1));
	CHECK(follow_ok(&pb, s, 3, neg, '3', 1));
	test_rule_free(inner);
	test_rule_free(neg);

	/* The case of the next letter counts: "the Senate", not "the sense". */
	struct trig_key the = mk("the", TRIG_CLOSED);
	struct keyslot *ts = keytab_add(&t, &the, 2);
	struct rule *cap = test_rule("[Tt]he\\s+(?:Senate|Court)");
	CHECK(follow_ok(&pb, ts, 0, cap, 'S', 1));
	CHECK(!follow_ok(&pb, ts, 0, cap, 's', 1));
	CHECK(!follow_ok(&pb, ts, 0, cap, 'P', 1));
	test_rule_free(cap);

	/* Pairs: a wild rule starting with two capitals. */
	struct rule *w = test_rule("[A-Z]{2}[A-Z0-9]*");
	struct pairs *pp = pairs_new();
	CHECK(pair_ok(&pb, w, pp, 'S', 'N'));
	CHECK(!pair_ok(&pb, w, pp, 'S', 'n'));
	CHECK(!pair_ok(&pb, w, pp, 'S', ' '));          /* "S " cannot start one */
	CHECK(pair_ok(&pb, w, pp, 'S', 0x01));          /* other controls: never probed */
	CHECK(pair_ok(&pb, w, pp, 'S', 0));             /* partial: kept (never loses) */
	/* Rules that start with a sign: ".5", "$ 5", not ". The". */
	struct rule *dot = test_rule("\\.[0-9]+|\\$\\s*[0-9]+");
	struct pairs *pd = pairs_new();
	CHECK(pair_ok(&pb, dot, pd, '.', '5'));
	CHECK(!pair_ok(&pb, dot, pd, '.', ' '));
	CHECK(!pair_ok(&pb, dot, pd, '.', '\n'));
	CHECK(pair_ok(&pb, dot, pd, '$', ' '));
	CHECK(!pair_ok(&pb, dot, pd, '$', 'x'));
	free(pd);
	test_rule_free(dot);
	/* A wild rule with a lookbehind before its start: never filtered
	 * on its first bytes, which do not decide. */
	struct rule *yr = test_rule("(?<=\\bin\\s)(?:19|20)[0-9]{2}|[A-Z]{2}");
	struct pairs *py = pairs_new();
	CHECK(pair_ok(&pb, yr, py, '1', '9'));
	CHECK(pair_ok(&pb, yr, py, 'S', 'N'));
	CHECK(!pair_ok(&pb, yr, py, 'x', 'y'));   /* no alternative starts so */
	free(py);
	test_rule_free(yr);
	struct rule *w2 = test_rule("[A-Z][a-z]+");
	struct pairs *p2 = pairs_new();
	CHECK(!pair_ok(&pb, w2, p2, 'S', 'N'));
	CHECK(pair_ok(&pb, w2, p2, 'S', 'n'));
	free(p2);
	test_rule_free(w2);
	free(pp);
	test_rule_free(r);
	test_rule_free(lb);
	test_rule_free(w);
	keytab_free(&t);
	probe_free(&pb);
}

int main(void)
{
	static const struct test_case tests[] = {
		{"word_key", test_word_key},
		{"table", test_table},
		{"filters", test_filters},
		{NULL, NULL},
	};
	return test_main("keys", tests);
}
