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

int cache_take(const char *re, size_t len, pcre2_code **code, struct trig *t)
{
	static int off = -1;     /* -1: not yet known; 1: no cache this run */
	if (off < 0) {
		const char *e = getenv("TRAWL_NO_CACHE");
		off = (e && *e) || cache_count == 0;
	}
	if (off)
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
	if (pcre2_serialize_decode(code, 1, cache_codes + c->code, NULL) != 1) {
		off = 1;   /* another PCRE2 than at build time: compile everything */
		return 0;
	}
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
