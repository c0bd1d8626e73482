/* Unit tests: the pattern-file parser, its errors, and trigger analysis. */
#include "patterns.h"
#include "test.h"
#include "trigger.h"

#include <stdlib.h>

/* Load text as a pattern file; return the error text ("" if none). */
static const char *load(const char *text, struct patset **out)
{
	static struct sbuf err;
	err.len = 0;
	if (err.p)
		err.p[0] = '\0';
	struct patset *s = pat_load_text("t.pat", text, strlen(text), &err);
	if (out)
		*out = s;
	else
		pat_free(s);
	return err.p ? err.p : "";
}

static void test_good_file(void)
{
	struct patset *s;
	const char *e = load("# a comment\n"
			     "type money\nlang fr\n"
			     "define num [0-9]+   \n"
			     "define n2 {num}(?:,{num})?\n"
			     "rule r1 (?<amount>{n2})\\s*\n"
			     "   (?<cur>€)\n"
			     "reject phone 0[1-9](?: [0-9]{2}){4}\n", &s);
	CHECK_STR(e, "");
	CHECK(s != NULL);
	if (s) {
		CHECK_INT(s->nrules, 2);
		CHECK_STR(s->rules[0]->name, "r1");
		CHECK_INT(s->rules[0]->line, 6);
		CHECK_INT(s->rules[0]->kind, R_RULE);
		CHECK_INT(s->rules[1]->kind, R_REJECT);
		CHECK_INT(s->rules[0]->ngroups, 2);
		pat_free(s);
	}
}

static void test_errors(void)
{
	CHECK_STR(load("type money\nlang fr\nrule bad (?<amount>[0-9]+\n", NULL),
		  "t.pat:3: rule 'bad': missing closing parenthesis (in the expanded pattern, near '(?<amount>[0-9]+')\n");
	CHECK_STR(load("type money\nlang fr\nrule e (?:x)?\n", NULL),
		  "t.pat:3: rule 'e' can match the empty string; make at least one part of it mandatory\n");
	CHECK_STR(load("type money\nlang fr\nrule u {nope}\n", NULL),
		  "t.pat:3: unknown fragment {nope}: define it above this line with 'define nope REGEX' or 'list nope FILE'\n");
	CHECK_STR(load("type money\nlang fr\ndefine a x{a}\n", NULL),
		  "t.pat:3: unknown fragment {a}: define it above this line with 'define a REGEX' or 'list a FILE'\n");
	CHECK_STR(load("type cash\nlang fr\n", NULL),
		  "t.pat:1: unknown type 'cash' (use money, percent, date or org)\n");
	CHECK_STR(load("rule x y\n", NULL),
		  "t.pat:1: 'rule' before 'type' and 'lang': a pattern file starts with 'type TYPE' and 'lang CODE'\n");
	CHECK_STR(load("type date\nlang fr\nfrobnicate x\n", NULL),
		  "t.pat:3: unknown directive 'frobnicate' (expected type, lang, list, define, rule, reject, need, names or words)\n");
	CHECK_STR(load("type date\nlang fr\nlist m nowhere.tsv\n", NULL),
		  "t.pat:3: list 'm': no file 'nowhere.tsv' in the pattern set (list paths are relative to the pattern file)\n");
	CHECK_STR(load("type date\nlang fr\n  indented\n", NULL),
		  "t.pat:3: indented line continues nothing (only a rule or define can be continued)\n");
	CHECK_STR(load("# nothing\n", NULL),
		  "t.pat: no 'type' or 'lang' line: a pattern file starts with 'type TYPE' and 'lang CODE'\n");
}

static void test_list_errors(void)
{
	char err[256];
	struct list *l = list_parse("x", "x.tsv", "a\t1\nb 2\n", 8, err, sizeof err);
	CHECK(l == NULL);
	CHECK_STR(err, "x.tsv:2: expected 'surface<TAB>value', got 'b 2'");
	l = list_parse("x", "x.tsv", "Euro\tEUR\neuro\tXEU\n", 18, err, sizeof err);
	CHECK(l == NULL);
	CHECK_STR(err, "x.tsv:2: 'euro' is already listed with value 'EUR' at line 1");
	const char *ok = "# c\nEuros\tEUR\r\nUS  dollar\tUSD\n";
	l = list_parse("x", "x.tsv", ok, strlen(ok), err, sizeof err);
	CHECK(l != NULL);
	if (l) {
		CHECK_STR(list_get(l, "EUROS", 5), "EUR");
		CHECK_STR(list_get(l, "us dollar", 9), "USD");
		CHECK_STR(list_get(l, "US\n dollar", 10), "USD");
		CHECK(list_get(l, "yen", 3) == NULL);
		list_free(l);
	}
}

static const char *keys(const char *re)
{
	static char out[1024];
	struct trig t;
	trig_analyze(re, strlen(re), &t);
	size_t o = 0;
	o += (size_t)snprintf(out + o, sizeof out - o, "%s%s", t.wild ? "W" : "", t.nonletter ? "N" : "");
	for (size_t i = 0; i < t.n && o < sizeof out - 32; i++) {
		static const char st[] = "?CSO";
		o += (size_t)snprintf(out + o, sizeof out - o, " %.*s/%c", t.keys[i].len,
				      (const char *)t.keys[i].s, st[t.keys[i].state]);
	}
	trig_free(&t);
	return out;
}

static void test_trigger(void)
{
	CHECK_STR(keys("la\\s+semaine"), " la/C");
	CHECK_STR(keys("(?i)(?:le\\s+)?[0-9]+"), "N le/C");
	CHECK_STR(keys("(?i)(?:janvier|févr\\.?|mars)\\s"), " janv/S févr/S mars/S");
	CHECK_STR(keys("[A-Z][a-z]+ Inc"), "W");
	CHECK_STR(keys("[Tt][1-4]"), " t/C");
	CHECK_STR(keys("l'an(?:née)?"), " l/C");
	CHECK_STR(keys("hier"), " hier/S");
	CHECK_STR(keys("mar"), " mar/O");
	CHECK_STR(keys("\\$[0-9]"), "N");
	CHECK_STR(keys("(?<=\\ben )[0-9]{4}"), "N");
	CHECK_STR(keys("\\bQ\\d"), " q/C");
	CHECK_STR(keys("(?:ab)+c"), " abc/O abab/S");     /* the regex ends: open */
	CHECK_STR(keys("(?:ab)+c\\b"), " abc/C abab/S");
	CHECK_STR(keys("\\w+"), "W");
	CHECK_STR(keys("(?x) a"), "W");
	/* a ')' in a class inside a skipped group ends nothing (regression) */
	CHECK_STR(keys("[0-9]x(?(<a>)[)]|y)"), "N");
	CHECK_STR(keys("(?(DEFINE)(?<t>[(]))la\\b"), "W");
}

/* A rule that another finds word for word is its twin: never tried. */
static void test_twins(void)
{
	struct patset *s;
	const char *e = load("type org\nlang fr\n"
			     "define a [A-Z]+\n"
			     "define b [A-Z]+\n"
			     "reject r1 x{a}\n"
			     "reject r2 x{b}\n"      /* the same once expanded */
			     "rule r3 x{a}\n"        /* another kind */
			     "reject r4 y{a}\n", &s);
	CHECK_STR(e, "");
	if (s) {
		CHECK_INT(s->nrules, 4);
		CHECK_INT(s->rules[0]->twin, -1);
		CHECK_INT(s->rules[1]->twin, 0);
		CHECK_INT(s->rules[2]->twin, -1);
		CHECK_INT(s->rules[3]->twin, -1);
		pat_free(s);
	}
}

/* 'need RULE BYTES REGEX' and its errors. */
static void test_need(void)
{
	struct patset *s;
	const char *e = load("type percent\nlang fr\n"
			     "rule p (?<amount>[0-9]+)\\s*%\n"
			     "need p 32 %|pour\\s+cent\n", &s);
	CHECK_STR(e, "");
	if (s) {
		CHECK_INT(s->nrules, 2);
		CHECK(s->rules[0]->need == s->rules[1]);
		CHECK_INT(s->rules[0]->need_bytes, 32);
		CHECK_INT(s->rules[1]->kind, R_NEED);
		pat_free(s);
	}
	CHECK_STR(load("type percent\nlang fr\nneed q 10 %\n", NULL),
		  "t.pat:3: 'need q': no rule 'q' above in this file\n");
	CHECK_STR(load("type percent\nlang fr\nrule p [0-9]+%\nneed p %\n", NULL),
		  "t.pat:4: expected 'need RULE BYTES REGEX'\n");
	CHECK_STR(load("type percent\nlang fr\nrule p [0-9]+%\nneed p 300 %\n", NULL),
		  "t.pat:4: 'need p': BYTES must be from 1 to 256 (the longest match)\n");
	CHECK_STR(load("type percent\nlang fr\nrule p [0-9]+%\nneed p 9 %\nneed p 9 x\n", NULL),
		  "t.pat:5: rule 'p' already has a 'need' (line 4); join the two regexes with '|'\n");
	CHECK_STR(load("type percent\nlang fr\nrule p [0-9]+%\nneed p 9 [a-z]+\n", NULL),
		  "t.pat:4: 'need p': the regex can start with letters trawl cannot list (a class "
		  "like [A-Z] or \\w); start it with words or signs\n");
	CHECK_STR(load("type percent\nlang fr\nrule p [0-9]+%\nneed p 9 %?\n", NULL),
		  "t.pat:4: need 'p' can match the empty string; make at least one part of it mandatory\n");
	CHECK_STR(load("type percent\nlang fr\nrule p [0-9]+%\nneed p 9 (%\n", NULL),
		  "t.pat:4: need 'p': missing closing parenthesis (in the expanded pattern, near '(%')\n");
}

/* 'words LIST': the language's commonest words, kept per language. */
static void test_words(void)
{
	struct patset *s;
	const char *e = load("type money\nlang fr\nlist common fr/lists/common-words.tsv\n"
			     "words common\nrule r [0-9]+ ?€\n", &s);
	CHECK_STR(e, "");
	if (s) {
		CHECK_INT(s->nlangs, 1);
		CHECK_STR(s->langs[0].lang, "fr");
		CHECK(s->langs[0].words != NULL);
		CHECK(s->langs[0].words && list_get(s->langs[0].words, "Les", 3) != NULL);
		CHECK(s->langs[0].words && list_get(s->langs[0].words, "the", 3) == NULL);
		CHECK_INT(s->files[0]->langno, 0);
		pat_free(s);
	}
	CHECK_STR(load("type money\nlang fr\nwords nope\n", NULL),
		  "t.pat:3: 'words nope': no list 'nope' declared above\n");
	CHECK_STR(load("type money\nlang fr\nwords\n", NULL),
		  "t.pat:3: expected 'words LIST'\n");
}

int main(void)
{
	static const struct test_case tests[] = {
		{"good_file", test_good_file},
		{"errors", test_errors},
		{"list_errors", test_list_errors},
		{"trigger", test_trigger},
		{"twins", test_twins},
		{"need", test_need},
		{"words", test_words},
		{NULL, NULL},
	};
	return test_main("patterns", tests);
}
