/*
 * keys: which rules can start at a word.
 *
 * A hash table from trigger keys (the folded first letters of a word,
 * trigger.h) to the rules, and the marker sets of 'need' lines, that can
 * start with them, behind a two-byte prefilter; and two filters learned
 * lazily from PCRE2 partial matches (probe.h), so that they stay exact
 * whatever the rule: what can follow a short key word ("le", "the"), and
 * the first two bytes of a rule whose first letters could not be listed.
 */
#ifndef TRAWL_KEYS_H
#define TRAWL_KEYS_H

#include <stddef.h>
#include <stdint.h>

#include "patterns.h"
#include "probe.h"
#include "trigger.h"

/* A list of rule ids. */
struct idlist {
	uint16_t *id;
	int n, cap;
};

/* Append id, unless it is the last one already. */
void idl_add(struct idlist *l, int id);

struct follow;

struct keyslot {
	struct trig_key key;
	struct idlist rules;
	uint32_t mk_mask;        /* marker sets whose need can start with this key */
	struct follow *follow;   /* per rule of the slot, once needed */
};

struct keytab {
	struct keyslot *slots;
	uint32_t *tags;          /* per slot: its key's hash | 1, 0 if unused;
				  * probes read these, the large slots only
				  * on a likely hit */
	size_t n;                /* a power of two */
	unsigned open_lens;      /* bit L: some key is TRIG_OPEN with L letters */
	/* First two bytes of every key (second 0 for a one-letter word): a
	 * word whose pair is not here needs no lookup. */
	unsigned char pairs[65536 / 8];
};

/* A table for about nkeys keys; free with keytab_free. */
void keytab_init(struct keytab *t, size_t nkeys);
void keytab_free(struct keytab *t);

/* The slot of key k, or NULL. */
struct keyslot *keytab_find(const struct keytab *t, const struct trig_key *k);

/* Enter key k, for rule id (or none if id < 0); returns its slot. */
struct keyslot *keytab_add(struct keytab *t, const struct trig_key *k, int id);

/* Could a key of t start the word at s[0..n) (ASCII first letter)? */
int keytab_maybe(const struct keytab *t, const unsigned char *s, size_t n);

/* The key of the letters at s[0..n): folded, its first TRIG_K letters
 * (offs[L]: bytes of the first L), CLOSED for a shorter word, else SAT.
 * Returns the number of letters (counting at most TRIG_K + 1) and sets
 * *end past them. */
int word_key(const unsigned char *s, size_t n, struct trig_key *k,
	     unsigned char offs[TRIG_K + 1], size_t *end);

/* The open key made of the first L letters of key k. */
void open_prefix(const struct trig_key *k, const unsigned char *offs, int L, struct trig_key *p);

/* May character c (as written; 0x80 and above for any non-ASCII) come after
 * the word of slot s for its k-th rule, r: right after it, or after white
 * space? */
int follow_ok(struct probe *p, struct keyslot *s, int k, struct rule *r,
	      unsigned c, int after_space);

/* The first two bytes of a wild rule, learned pair by pair. */
struct pairs;
struct pairs *pairs_new(void);

/* Can a match of rule r start with bytes c0 (ASCII), c1 (c1 = 0:
 * the text ends after c0)? */
int pair_ok(struct probe *p, struct rule *r, struct pairs *pp, unsigned c0,
	    unsigned c1);

#endif
