/*
 * names: a trie of the folded surfaces of a list, walked over view text
 * with the same folding (lower case, white space runs as one space), to
 * find the longest listed phrase at a word start in one pass, whatever
 * the size of the list.  Transitions live in one hash table keyed by
 * (node, byte), which keeps the trie compact for thousands of names.
 */
#ifndef TRAWL_NAMES_H
#define TRAWL_NAMES_H

#include <stddef.h>
#include <stdint.h>

#include "lists.h"

/* A Bloom filter of the entries' first words (folded, up to the first
 * space) lets names_match turn away a word that starts no entry after one
 * pass over it, without walking the trie (whose hash table is too large
 * for the caches when a list holds thousands of names). */
#define NAMES_BLOOM_BITS (1u << 17)   /* at most; a built list's is sized to it */

struct names {
	int image;               /* the arrays belong to a names_image: read only */
	uint64_t *slots;         /* transitions, see names.c */
	size_t nslots, nedges;
	int32_t *term;           /* node -> entry index, -1 if none */
	uint32_t nnodes, capnodes;
	const char **values;     /* entry -> value */
	const void **owners;     /* entry -> who added it (names_add) */
	uint8_t *flags;          /* entry -> NM_* case policy */
	uint32_t *caps;          /* entry -> bit i: word i of the surface is capitalized */
	uint32_t nentries, capentries;
	unsigned char first[32]; /* folded first bytes present */
	unsigned char lowfirst[32]; /* the same, of entries that may match a
				     * text starting with a small letter */
	uint64_t *bloom;         /* bloom_mask + 1 words: folded first words */
	uint64_t bloom_mask;
	uint64_t lowpre[1024];   /* 65536 bits: first two folded bytes of the
				  * entries that start with a small letter */
	uint64_t pre2[1024];     /* the same, of all entries */
};

/* Case policy of an entry, from its surface as written in the list:
 * - an acronym (no lower-case letter: "AMF", "BNP") matches only text with
 *   no lower-case letter;
 * - otherwise every word capitalized in the surface must be capitalized in
 *   the text ("Le Point" does not match "Le point", "Banque de France" does
 *   not match "banque de France", an apostrophe starting a word: "L'Équipe"
 *   does not match "L'équipe"); words in lower case in the surface are
 *   free ("Parlement européen" matches "Parlement Européen");
 * - a surface starting in lower case ("eBay") needs a text that does too;
 * - a text with no lower-case letter at all (an all-capitals headline:
 *   "LE POINT") matches any non-acronym entry that does not start lower
 *   and has no capital after a small letter ("GdP" is not "GDP"). */
enum {
	NM_ACRONYM = 1,      /* no lower-case letter: the text must have none */
	NM_LOWER_FIRST = 2,  /* starts lower case ("eBay"): so must the text */
	NM_MIXED = 4,        /* a capital after a small letter ("GdP", "PayPal"):
			      * never matched by all-capitals text ("GDP") */
};

/* A trie of every surface of list l (values point into l): the one built
 * with trawl (names_image) when it is of the same list, else built now. */
struct names *names_build(const struct list *l);
/* The same, always built now (for tools/mkcache and the tests). */
struct names *names_build_now(const struct list *l);

/* The arrays of a trie built at build time (tools/mkcache writes them into
 * the binary, cache.h), for the list whose entries hash to h1, h2
 * (cache_list_hash).  A trie made from it reads them in place: start-up
 * does not build the trie of a list of thousands of names, and only the
 * pages a text touches are read in. */
struct names_image {
	uint64_t h1, h2;
	size_t nslots, nedges;
	uint32_t nnodes, nentries;
	uint64_t bloom_mask;
	const uint64_t *slots, *bloom, *lowpre, *pre2;
	const int32_t *term;
	const uint8_t *flags;
	const uint32_t *caps;
	unsigned char first[32], lowfirst[32];
};

/* The trie of list l read from image im (of the same list). */
struct names *names_from_image(const struct names_image *im, const struct list *l);
/* An empty trie, to which names_add adds. */
struct names *names_new(void);
/* Add surface s[0..n) (view text) with value (not copied: the caller
 * keeps it alive) and an owner pointer; returns 0, or -1 if the folded
 * surface is empty or too long.  A surface already present keeps its
 * first value.  Not on a trie made from an image. */
int names_add(struct names *t, const char *s, size_t n, const char *value, const void *owner);
void names_free(struct names *n);

/* Longest entry matching at s[0..n) (s at a word start; the match must end
 * at a word boundary).  Returns the entry index and sets *len (bytes of s),
 * or -1. */
int names_match(const struct names *n, const unsigned char *s, size_t len,
		size_t *mlen);

#endif
