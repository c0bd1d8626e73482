/*
 * numbers: exact decimal numbers, read from digits in any grouping
 * convention or from words, and printed as plain decimals.
 *
 * A number is coef * 10^exp with a 64-bit coefficient: exact for every
 * amount news text writes (up to 18 significant digits), never rounded
 * through binary floating point.
 */
#ifndef TRAWL_NUMBERS_H
#define TRAWL_NUMBERS_H

#include <stddef.h>
#include <stdint.h>

#include "lists.h"

struct dec {
	int64_t coef;
	int exp;
};

/* Read digits with separators: "1 000 000", "1.000.000", "1,000,000.50",
 * "1 000,50", "1'000", Indian "1,00,000", "-3,5", "+12".  Which of '.'
 * and ',' is the decimal mark: the last of the two when both appear; a
 * mark that appears twice groups; a single one followed by exactly three
 * digits is a decimal comma in French and a group separator in English
 * ("1,500": fr 1.5, en 1500; "1.500": fr 1500, en 1.5); otherwise it is
 * the decimal mark.  A leading mark (".5", ",5") is decimal.  Returns 0,
 * or -1 if s is not such a number. */
int num_parse_digits(const char *s, size_t n, const char *lang, struct dec *out);

/* Read a number written in words ("deux cent mille", "quatre-vingt-dix",
 * "one hundred and twenty", "1,5" mixed digits are not words) with the
 * vocabulary of list words, whose values are:
 *   N    a number that adds ("vingt" 20, "three" 3);
 *   xN   multiplies the group being read ("cent" x100, "hundred" x100);
 *   *N   a scale that closes the group ("mille" *1000, "million" *1000000);
 *   +    a word that joins ("et", "and").
 * Words are separated by spaces or hyphens; the longest listed sequence
 * wins ("quatre-vingt" before "quatre").  Returns 0 or -1. */
int num_parse_words(const char *s, size_t n, const struct list *words, struct dec *out);

/* Digits if s holds any, else words (words may be NULL). */
int num_parse(const char *s, size_t n, const char *lang, const struct list *words,
	      struct dec *out);

/* Parse a plain decimal ("1000000", "0.01"); returns 0 or -1. */
int dec_from_str(const char *s, struct dec *out);

int dec_mul(struct dec a, struct dec b, struct dec *out);   /* 0 or -1 (overflow) */
int dec_add(struct dec a, struct dec b, struct dec *out);   /* 0 or -1 (overflow) */
struct dec dec_neg(struct dec a);
int dec_cmp(struct dec a, struct dec b);                    /* -1, 0, 1 */

/* Plain decimal: no exponent, no grouping, '.' as the mark, no trailing
 * zeros after it.  Returns the length written (buf of 64 is enough). */
int dec_format(struct dec a, char *buf, size_t cap);

#endif
