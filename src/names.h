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
	const struct list *list;
	uint64_t *edges;         /* (parent << 8 | byte) + 1 << 32 child... see names.c */
	uint32_t *child;
	size_t nslots;
	int32_t *term;           /* node -> entry index, -1 if none */
	uint8_t *flags;          /* entry -> NM_* case policy */
	uint32_t nnodes;
	unsigned char first[32]; /* folded first bytes present */
};

enum {
	NM_ACRONYM = 1,      /* no lower-case letter: the text must have none */
	NM_LOWER_FIRST = 2,  /* starts lower case ("eBay"): so must the text */
};

struct names *names_build(const struct list *l);
void names_free(struct names *n);

/* Longest entry matching at s[0..n) (s at a word start; the match must end
 * at a word boundary).  Returns the entry index and sets *len (bytes of s),
 * or -1. */
int names_match(const struct names *n, const unsigned char *s, size_t len,
		size_t *mlen);

#endif
