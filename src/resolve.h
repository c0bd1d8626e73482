/*
 * resolve: from per-type matches to the rows that are printed.
 *
 * Fed with matches in order of start offset, it settles overlaps between
 * types (the longer match wins, then MONEY, PERCENT, DATE, ORG) and the
 * sentence context: a MONEY amount without a currency takes the currency
 * of the nearest earlier amount of the same sentence, or is dropped.  It
 * holds at most one match back, so it streams.
 */
#ifndef TRAWL_RESOLVE_H
#define TRAWL_RESOLVE_H

#include <stdint.h>

#include "matcher.h"

struct resolver {
	int has_pending;
	struct record pending;
	char cur[16];            /* currency of the last amount in the sentence */
	int has_cur;
	uint64_t scanned;        /* sentence ends looked for up to here */
	/* Called for each settled row; buf holds the input from base on. */
	void (*emit)(void *arg, const struct record *r);
	void *arg;
};

void res_reset(struct resolver *r);

/* Add a match; buf[0..] is the input from offset base, and holds every
 * byte from the pending match's start on. */
void res_feed(struct resolver *r, const struct record *m, const unsigned char *buf,
	      uint64_t base);

/* Look for sentence ends up to offset upto (before the window moves past
 * it); buf[0..] is the input from base, with at least one byte past upto. */
void res_scan(struct resolver *r, const unsigned char *buf, uint64_t base,
	      uint64_t upto, uint64_t avail_end);

/* Settle the pending match (end of input). */
void res_flush(struct resolver *r, const unsigned char *buf, uint64_t base);

/* Lowest offset the resolver may still need (UINT64_MAX if none). */
uint64_t res_keep_from(const struct resolver *r);

#endif
