/*
 * cache: the built-in rules, compiled when trawl is built.
 *
 * Compiling the regexes of the built-in set and reading their first words
 * (trigger.c) takes tens of milliseconds, at every start.  At build time
 * tools/mkcache loads the built-in set and writes, for each expanded
 * regex, its PCRE2 code (serialized) and its trigger analysis into
 * build/cache.c, keyed by the regex's text.  At run time the loader takes
 * a regex from there when its text is the same; anything else (a -p or -f
 * file, a PCRE2 library that cannot read the codes, TRAWL_NO_CACHE set)
 * is compiled as usual, with the same result.
 *
 * The tries of the built-in 'names' lists are built there too
 * (names_image), keyed by a hash of the list's entries.
 */
#ifndef TRAWL_CACHE_H
#define TRAWL_CACHE_H

#include <stddef.h>
#include <stdint.h>

#include "lists.h"
#include "names.h"
#include "patterns.h"
#include "trigger.h"

struct cache_entry {
	uint64_t h1, h2;         /* two hashes of the expanded regex */
	uint32_t len;            /* its length */
	uint32_t code, codelen;  /* its serialized code: cache_codes[code..] */
	uint32_t probe, probelen;/* the code its probes run (probe.h), if any */
	uint32_t key, nkeys;     /* its trigger keys: cache_keys[key..] */
	unsigned char wild, nonletter;
};

/* Generated (build/cache.c), or empty (tools/cache-empty.c). */
extern const struct cache_entry cache_entries[];
extern const size_t cache_count;
extern const unsigned char cache_codes[];
extern const struct trig_key cache_keys[];

extern const struct names_image cache_tries[];
extern const size_t cache_ntries;

/* The two hashes of a regex's text. */
void cache_hash(const char *re, size_t len, uint64_t *h1, uint64_t *h2);

/* If regex re[0..len) is cached, set *code (the caller owns it), t
 * (free with trig_free) and *probe (the serialized code its probes run,
 * for cache_decode, or NULL if it has no lookbehind), and return 1; else
 * 0. */
int cache_take(const char *re, size_t len, pcre2_code **code, struct trig *t,
	       const unsigned char **probe);

/* The code serialized at bytes (from cache_take), or NULL if this PCRE2
 * cannot read it. */
pcre2_code *cache_decode(const unsigned char *bytes);

/* Two hashes of list l's entries (surfaces, keys and values, in order). */
void cache_list_hash(const struct list *l, uint64_t *h1, uint64_t *h2);

/* The trie built at build time for list l, or NULL. */
const struct names_image *cache_trie(const struct list *l);

#endif
