/*
 * matcher: runs the compiled pattern set over a text view.
 *
 * Rules are never run at every byte.  A cheap scan finds candidate
 * positions: word starts whose first letters (folded) are a key some
 * rule can start with, digits and signs in some rule's first-byte
 * bitmap, and word starts where a 'names' trie has a first byte.  Only
 * the rules indexed under that key or byte are tried there, anchored and
 * JIT-compiled, on a subject of at most MATCH_MAX input bytes after the
 * candidate and LOOKBEHIND_MAX before it: so what a rule finds never
 * depends on how the input was cut into windows.
 *
 * The scan collects a chunk of candidates (64 KiB of text) with the
 * places where a rule's 'need' may be met, then tries them in order.
 *
 * Per type, matching is greedy from left to right: at a candidate the
 * longest match of the type's rules wins; on a tie between rules of two
 * languages, the language of the sentence (its commonest words), else
 * the first rule.  The type's next candidate is looked for after the
 * match.  A 'reject' rule that matches at least as far wins over the
 * accepting ones and blocks its span for that type.
 */
#ifndef TRAWL_MATCHER_H
#define TRAWL_MATCHER_H

#include <stddef.h>
#include <stdio.h>
#include <stdint.h>

#include "normalize.h"
#include "patterns.h"
#include "textview.h"


struct record {
	uint64_t start, end;  /* input offsets, end exclusive */
	const struct rule *rule;
	uint8_t type;
	uint8_t flags;        /* NV_* */
	uint16_t vlen;
	char value[VALUE_MAX];
};

struct recvec {
	struct record *r;
	size_t n, cap;
};

struct record *recvec_push(struct recvec *v);

struct matcher;

struct matcher *matcher_new(const struct patset *set, const struct norm_ctx *ctx);
void matcher_free(struct matcher *m);

/* Start a new input (resets the per-type state). */
void matcher_reset(struct matcher *m, const char *input_name);

/* The input about to be read holds this many bytes (a regular file):
 * a long one JIT-compiles each rule at its first attempt. */
void matcher_expect(struct matcher *m, uint64_t bytes);

/* Try every candidate of tv whose input offset is in [from, to), and
 * append the matches to out, in candidate order. */
void matcher_run(struct matcher *m, const struct textview *tv, uint64_t from,
		 uint64_t to, struct recvec *out);

/* Number of rule attempts so far (for statistics and tests). */
uint64_t matcher_attempts(const struct matcher *m);
/* Print per-rule attempt counts and trigger kinds (TRAWL_STATS=1). */
void matcher_stats(const struct matcher *m, FILE *f);

#endif
