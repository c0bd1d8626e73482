/*
 * probe: can a match of a rule start with these bytes?
 *
 * The learned filters (keys.h) ask PCRE2 for a partial match of a rule
 * on a few bytes (a word and the character after it, the first two
 * bytes of a word): PCRE2_ERROR_NOMATCH means that no match can start
 * with them, whatever follows.  Whatever precedes them is another matter:
 * a lookbehind tried near their start would look at bytes the probe does
 * not have, and fail where the text could let it pass.  So a rule with a
 * lookbehind is probed through a copy of its regex with a callout before
 * each lookbehind, numbered with the lookbehind's length: when one is
 * tried closer to the start than its length, the answer is "maybe", as it
 * is for a partial or a complete match.
 */
#ifndef TRAWL_PROBE_H
#define TRAWL_PROBE_H

#include <stddef.h>
#include <stdint.h>

#include "patterns.h"

struct probe {
	pcre2_match_data *md;
	pcre2_match_context *mctx;   /* with the callout below */
	int near;                    /* a lookbehind was tried near the start */
};

/* A probe with room for ovecsize pairs, its match limits those of the
 * rules'; probe_free releases it. */
void probe_init(struct probe *p, uint32_t ovecsize);
void probe_free(struct probe *p);

/* Can a match of rule r start with s[0..n) (valid UTF-8), with anything
 * after it and, before it, nothing or anything ending in a character
 * that is not a word character?  0 only when PCRE2 says no for every such
 * text.  (The filters ask at word starts, where that holds, and at signs,
 * where it may not: a \b or \B tried right before a sign would see a
 * word character there; no built-in rule has one.)  A probe whose copy of
 * the regex cannot be made answers 1. */
int probe_may(struct probe *p, struct rule *r, const unsigned char *s, size_t n);

/* A probe regex to which every probe answers "maybe": for a regex that
 * this reading does not know, or whose copy PCRE2 cannot compile. */
#define PROBE_MAYBE "(?C255)"

/* The regex re[0..len) with a callout before each lookbehind, its number
 * the lookbehind's longest length in characters (255: not known), and
 * its length in *outlen; NULL if re has no lookbehind. */
char *probe_regex(const char *re, size_t len, size_t *outlen);

#endif
