/* cache: the built-in rules, compiled when trawl is built (cache.h). */
#include "cache.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

void cache_hash(const char *re, size_t len, uint64_t *h1, uint64_t *h2)
{
	uint64_t a = 0xcbf29ce484222325ULL, b = 0x9e3779b97f4a7c15ULL;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)re[i];
		a = (a ^ c) * 0x100000001b3ULL;                 /* FNV-1a */
		b = (b ^ c) * 0xff51afd7ed558ccdULL;
		b ^= b >> 29;
	}
	*h1 = a;
	*h2 = b;
}

/* -1: not yet known; 1: no cache this run (TRAWL_NO_CACHE, or a PCRE2
 * that cannot read the codes). */
static int off = -1;

static int cache_off(void)
{
	if (off < 0) {
		const char *e = getenv("TRAWL_NO_CACHE");
		off = (e && *e) != 0;
	}
	return off;
}

pcre2_code *cache_decode(const unsigned char *bytes)
{
	pcre2_code *code;
	return pcre2_serialize_decode(&code, 1, bytes, NULL) == 1 ? code : NULL;
}

int cache_take(const char *re, size_t len, pcre2_code **code, struct trig *t,
	       const unsigned char **probe)
{
	if (cache_off() || cache_count == 0)
		return 0;
	uint64_t h1, h2;
	cache_hash(re, len, &h1, &h2);
	/* The entries are sorted by h1. */
	size_t lo = 0, hi = cache_count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (cache_entries[mid].h1 < h1)
			lo = mid + 1;
		else
			hi = mid;
	}
	const struct cache_entry *c = lo < cache_count ? &cache_entries[lo] : NULL;
	if (!c || c->h1 != h1 || c->h2 != h2 || c->len != len)
		return 0;
	*code = cache_decode(cache_codes + c->code);
	if (!*code) {
		off = 1;   /* another PCRE2 than at build time: compile everything */
		return 0;
	}
	*probe = c->probelen ? cache_codes + c->probe : NULL;
	memset(t, 0, sizeof *t);
	t->wild = c->wild;
	t->nonletter = c->nonletter;
	t->n = t->cap = c->nkeys;
	if (c->nkeys) {
		t->keys = xmalloc(c->nkeys * sizeof *t->keys);
		memcpy(t->keys, cache_keys + c->key, c->nkeys * sizeof *t->keys);
	}
	return 1;
}

/* Eight bytes at a time, in two lanes: the list of 15,000 names hashes in
 * a few tens of microseconds. */
static void hash_more(uint64_t *a, uint64_t *b, const void *p, size_t n)
{
	const unsigned char *s = p;
	uint64_t x = *a, y = *b;
	for (; n >= 8; s += 8, n -= 8) {
		uint64_t w;
		memcpy(&w, s, 8);
		x = (x ^ w) * 0x9E3779B97F4A7C15ULL;
		x ^= x >> 29;
		y = (y ^ w) * 0xFF51AFD7ED558CCDULL;
		y ^= y >> 32;
	}
	uint64_t w = n;   /* the tail, and its length */
	for (size_t i = 0; i < n; i++)
		w |= (uint64_t)s[i] << (8 * (i + 1));
	x = (x ^ w) * 0x9E3779B97F4A7C15ULL;
	x ^= x >> 29;
	y = (y ^ w) * 0xFF51AFD7ED558CCDULL;
	y ^= y >> 32;
	*a = x;
	*b = y;
}

void cache_list_hash(const struct list *l, uint64_t *h1, uint64_t *h2)
{
	uint64_t a = 0xCBF29CE484222325ULL ^ l->n, b = 0x9E3779B97F4A7C15ULL;
	for (size_t i = 0; i < l->n; i++) {
		hash_more(&a, &b, l->e[i].surface, strlen(l->e[i].surface));
		hash_more(&a, &b, l->e[i].key, l->e[i].keylen);
		hash_more(&a, &b, l->e[i].value, strlen(l->e[i].value));
	}
	*h1 = a;
	*h2 = b;
}

const struct names_image *cache_trie(const struct list *l)
{
	if (cache_off() || cache_ntries == 0)
		return NULL;
	uint64_t h1, h2;
	cache_list_hash(l, &h1, &h2);
	for (size_t i = 0; i < cache_ntries; i++)
		if (cache_tries[i].h1 == h1 && cache_tries[i].h2 == h2 &&
		    cache_tries[i].nentries == l->n)
			return &cache_tries[i];
	return NULL;
}
