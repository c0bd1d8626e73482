/*
 * trigger: which words can start a match of a rule?
 *
 * The matcher tries a rule only where its match could begin.  For rules
 * that start with a non-letter (a digit, a currency sign) PCRE2's
 * first-code-unit bitmap says enough.  For rules that start with a word
 * it says little ('l' starts "la semaine" and a million other words), so
 * trig_analyze reads the expanded regex and lists the possible first
 * words, folded to lower case and cut to TRIG_K letters:
 *
 *   TRIG_CLOSED  the word is exactly this ("la" in `la\s+semaine`)
 *   TRIG_SAT     the word starts with these TRIG_K letters ("sema")
 *   TRIG_OPEN    the word starts with these (fewer) letters, the regex
 *                saying nothing more about it
 *
 * When the first letters cannot be listed (a class like [A-Z], \w, \p{L})
 * the rule is "wild": tried at every word start its bitmap allows.
 */
#ifndef TRAWL_TRIGGER_H
#define TRAWL_TRIGGER_H

#include <stddef.h>

#define TRIG_K 4              /* letters of a key */
#define TRIG_KEYBYTES (TRIG_K * 4)
#define TRIG_MAXKEYS 20000

enum { TRIG_NF, TRIG_CLOSED, TRIG_SAT, TRIG_OPEN };

struct trig_key {
	unsigned char s[TRIG_KEYBYTES];
	unsigned char len;        /* bytes */
	unsigned char nlet;       /* letters (code points) */
	unsigned char state;
};

struct trig {
	int wild;                 /* may start with letters we cannot list */
	int nonletter;            /* may start with a non-letter */
	struct trig_key *keys;    /* letter starts */
	size_t n, cap;
};

/* Analyze an expanded regex.  Never fails: what it cannot read makes the
 * result wild, which is slower but never wrong. */
void trig_analyze(const char *re, size_t len, struct trig *t);
void trig_free(struct trig *t);

/* Fold the word at s[0..n) (valid UTF-8) into a key: its first letters,
 * lower-cased.  Returns the number of letters in the word, counting at
 * most TRIG_K + 1. */
int trig_word_key(const unsigned char *s, size_t n, struct trig_key *k);

#endif
