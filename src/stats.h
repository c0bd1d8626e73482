/*
 * stats: --stats, a quick look at a corpus: per type and language, the
 * number of matches and the most frequent values.  Memory is bounded:
 * past STATS_MAX_VALUES distinct values, new ones are only counted.
 */
#ifndef TRAWL_STATS_H
#define TRAWL_STATS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define STATS_MAX_VALUES 200000
#define STATS_TOP 10

struct stats;

struct stats *stats_new(void);
void stats_free(struct stats *s);
void stats_add(struct stats *s, int type, const char *lang, const char *value, size_t n);
/* Print the summary; returns 0, or -1 on a write error. */
int stats_print(const struct stats *s, FILE *f);

#endif
