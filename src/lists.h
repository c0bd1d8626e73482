/*
 * lists: word lists loaded from TSV files ("surface TAB value" per line).
 * A list maps folded surfaces (lower case, white space folded, see
 * utf8_fold) to values; it also keeps the surfaces in file order, for
 * building regex alternations and tries.
 */
#ifndef TRAWL_LISTS_H
#define TRAWL_LISTS_H

#include <stddef.h>

struct list_entry {
	char *surface;       /* as written in the file */
	char *key;           /* folded surface */
	char *value;
	size_t keylen;
	int line;
};

struct list {
	char *name;          /* the name given by the 'list' directive */
	char *path;          /* where it was read from, for messages */
	struct list_entry *e;
	size_t n, cap;
	unsigned *slots;     /* open addressing: index+1 into e, 0 empty */
	size_t nslots;
	char *alt;           /* its surfaces as a regex trie, once built (patterns.c) */
	size_t altlen;
};

/* Parse TSV text into a new list.  On a malformed line, returns NULL and
 * writes "PATH:LINE: message" into err (errlen bytes). */
struct list *list_parse(const char *name, const char *path, const char *text,
			size_t len, char *err, size_t errlen);
void list_free(struct list *l);

/* Value for the folded form of s[0..n), or NULL. */
const char *list_get(const struct list *l, const char *s, size_t n);

#endif
