/* Unit tests: the rule cache gives what compiling gives. */
#include "cache.h"
#include "names.h"
#include "patterns.h"
#include "test.h"

#include <stdlib.h>

static int same_keys(const struct trig *a, const struct trig *b)
{
	if (a->n != b->n || a->wild != b->wild || a->nonletter != b->nonletter)
		return 0;
	for (size_t i = 0; i < a->n; i++)
		if (memcmp(&a->keys[i], &b->keys[i], sizeof a->keys[i]) != 0)
			return 0;
	return 1;
}

/* Every built-in regex is cached, and its cached code and keys are those
 * that compiling it now gives. */
static void test_builtin(void)
{
	struct sbuf err = {0};
	struct pat_options o = {.types = (1u << T_NTYPES) - 1, .keep_re = 1};
	struct patset *s = pat_load(&o, &err);
	CHECK(s != NULL);
	if (!s)
		return;
	CHECK(cache_count > 50);
	int rules = 0, cached = 0, same = 0;
	for (int i = 0; i < s->nrules; i++) {
		const struct rule *r = s->rules[i];
		if (!r->re)
			continue;
		rules++;
		pcre2_code *code;
		struct trig t;
		const unsigned char *probe;
		if (!cache_take(r->re, r->relen, &code, &t, &probe))
			continue;
		cached++;
		int e;
		PCRE2_SIZE off;
		pcre2_code *fresh = pcre2_compile((PCRE2_SPTR)r->re, r->relen, PAT_COMPILE_OPTIONS,
						  &e, &off, NULL);
		size_t a = 0, b = 0;
		uint32_t ca = 0, cb = 0;
		pcre2_pattern_info(code, PCRE2_INFO_SIZE, &a);
		pcre2_pattern_info(fresh, PCRE2_INFO_SIZE, &b);
		pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &ca);
		pcre2_pattern_info(fresh, PCRE2_INFO_CAPTURECOUNT, &cb);
		struct trig u;
		trig_analyze(r->re, r->relen, &u);
		same += a == b && ca == cb && same_keys(&t, &u);
		trig_free(&u);
		trig_free(&t);
		pcre2_code_free(code);
		pcre2_code_free(fresh);
	}
	CHECK(rules > 50);
	CHECK_INT(cached, rules);
	CHECK_INT(same, rules);
	pat_free(s);
	sb_free(&err);
}

/* Every built-in 'names' list has its trie image, and a trie read from it
 * is, array for array, the one building it now gives. */
static void test_tries(void)
{
	struct sbuf err = {0};
	struct pat_options o = {.types = (1u << T_NTYPES) - 1};
	struct patset *s = pat_load(&o, &err);
	CHECK(s != NULL);
	if (!s)
		return;
	int lists = 0;
	for (int i = 0; i < s->nrules; i++) {
		const struct rule *r = s->rules[i];
		if (r->kind != R_NAMES)
			continue;
		lists++;
		const struct names_image *im = cache_trie(r->names);
		CHECK(im != NULL);
		if (!im)
			continue;
		struct names *a = names_build(r->names), *b = names_build_now(r->names);
		CHECK(a->image && !b->image);
		CHECK(a->nslots == b->nslots && a->nnodes == b->nnodes &&
		      a->nentries == b->nentries && a->bloom_mask == b->bloom_mask);
		if (a->nslots == b->nslots && a->nnodes == b->nnodes &&
		    a->nentries == b->nentries && a->bloom_mask == b->bloom_mask) {
			CHECK(memcmp(a->slots, b->slots, a->nslots * sizeof *a->slots) == 0);
			CHECK(memcmp(a->term, b->term, a->nnodes * sizeof *a->term) == 0);
			CHECK(memcmp(a->flags, b->flags, a->nentries * sizeof *a->flags) == 0);
			CHECK(memcmp(a->caps, b->caps, a->nentries * sizeof *a->caps) == 0);
			CHECK(memcmp(a->bloom, b->bloom, (a->bloom_mask + 1) * sizeof *a->bloom) == 0);
			CHECK(memcmp(a->first, b->first, sizeof a->first) == 0 &&
			      memcmp(a->lowfirst, b->lowfirst, sizeof a->lowfirst) == 0 &&
			      memcmp(a->lowpre, b->lowpre, sizeof a->lowpre) == 0 &&
			      memcmp(a->pre2, b->pre2, sizeof a->pre2) == 0);
			int same = 1;
			for (uint32_t e = 0; e < a->nentries; e++)
				same &= a->values[e] == b->values[e] && a->owners[e] == b->owners[e];
			CHECK(same);
		}
		names_free(a);
		names_free(b);
	}
	CHECK(lists >= 2);
	pat_free(s);
	sb_free(&err);
}

/* A list that differs by one value has another hash: no image. */
static void test_trie_miss(void)
{
	char err[256];
	const char *tsv = "Banque de France\tBanque de France\nBNP Paribas\tBNP Paribas\n";
	struct list *a = list_parse("t", "t.tsv", tsv, strlen(tsv), err, sizeof err);
	const char *tsv2 = "Banque de France\tBanque de France\nBNP Paribas\tBNP\n";
	struct list *b = list_parse("t", "t.tsv", tsv2, strlen(tsv2), err, sizeof err);
	uint64_t a1, a2, b1, b2;
	cache_list_hash(a, &a1, &a2);
	cache_list_hash(b, &b1, &b2);
	CHECK(a1 != b1 && a2 != b2);
	CHECK(cache_trie(a) == NULL);
	struct names *n = names_build(a);
	CHECK(!n->image);
	size_t len;
	CHECK_INT(names_match(n, (const unsigned char *)"BNP Paribas a", 13, &len), 1);
	CHECK_INT(len, 11);
	names_free(n);
	list_free(a);
	list_free(b);
}

static void test_miss(void)
{
	pcre2_code *code;
	struct trig t;
	const unsigned char *probe;
	CHECK(!cache_take("no such rule", 12, &code, &t, &probe));
	uint64_t a1, a2, b1, b2;
	cache_hash("ab", 2, &a1, &a2);
	cache_hash("ba", 2, &b1, &b2);
	CHECK(a1 != b1 && a2 != b2);
}

int main(void)
{
	static const struct test_case tests[] = {
		{"builtin", test_builtin},
		{"miss", test_miss},
		{"tries", test_tries},
		{"trie-miss", test_trie_miss},
		{NULL, NULL},
	};
	return test_main("cache", tests);
}
