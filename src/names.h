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

struct names {
	uint64_t *edges;         /* hash slots: (node << 8 | byte) + 1, 0 if empty */
	uint32_t *child;         /* the node each slot leads to */
	size_t nslots, nedges;
	int32_t *term;           /* node -> entry index, -1 if none */
	uint32_t nnodes, capnodes;
	const char **values;     /* entry -> value */
	const void **owners;     /* entry -> who added it (names_add) */
	uint8_t *flags;          /* entry -> NM_* case policy */
	uint32_t nentries, capentries;
	unsigned char first[32]; /* folded first bytes present */
	unsigned char first_lower[32];  /* ... of names written lower case first ("eBay") */
};

enum {
	NM_ACRONYM = 1,      /* no lower-case letter: the text must have none */
	NM_LOWER_FIRST = 2,  /* starts lower case ("eBay"): so must the text */
};

/* A trie of every surface of list l (values point into l). */
struct names *names_build(const struct list *l);
/* An empty trie, to which names_add adds. */
struct names *names_new(void);
/* Add surface s[0..n) (view text) with value (not copied: the caller
 * keeps it alive) and an owner pointer; returns 0, or -1 if the folded
 * surface is empty or too long.  A surface already present keeps its
 * first value. */
int names_add(struct names *t, const char *s, size_t n, const char *value, const void *owner);
void names_free(struct names *n);

/* Longest entry matching at s[0..n) (s at a word start; the match must end
 * at a word boundary).  Returns the entry index and sets *len (bytes of s),
 * or -1. */
int names_match(const struct names *n, const unsigned char *s, size_t len,
		size_t *mlen);

#endif
