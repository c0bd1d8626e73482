/* lists: TSV word lists with a folded-key hash index. */
#include "lists.h"
#include "utf8.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXKEY 512

static const struct list_entry *find(const struct list *l, const char *key, size_t n)
{
	if (!l->nslots)
		return NULL;
	size_t mask = l->nslots - 1;
	for (size_t i = hash_bytes(key, n) & mask;; i = (i + 1) & mask) {
		unsigned s = l->slots[i];
		if (!s)
			return NULL;
		const struct list_entry *e = &l->e[s - 1];
		if (e->keylen == n && memcmp(e->key, key, n) == 0)
			return e;
	}
}

static void index_all(struct list *l)
{
	l->nslots = 16;
	while (l->nslots < l->n * 2)
		l->nslots *= 2;
	l->slots = xcalloc(l->nslots, sizeof *l->slots);
	size_t mask = l->nslots - 1;
	for (size_t k = 0; k < l->n; k++) {
		struct list_entry *e = &l->e[k];
		size_t i = hash_bytes(e->key, e->keylen) & mask;
		while (l->slots[i])
			i = (i + 1) & mask;
		l->slots[i] = (unsigned)k + 1;
	}
}

struct list *list_parse(const char *name, const char *path, const char *text,
			size_t len, char *err, size_t errlen)
{
	struct list *l = xcalloc(1, sizeof *l);
	l->name = xstrdup(name);
	l->path = xstrdup(path);
	unsigned char key[MAXKEY];
	int lineno = 0;
	const char *p = text, *end = text + len;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *eol = nl ? nl : end;
		const char *next = nl ? nl + 1 : end;
		lineno++;
		if (eol > p && eol[-1] == '\r')
			eol--;
		if (eol == p || *p == '#') {
			p = next;
			continue;
		}
		const char *tab = memchr(p, '\t', (size_t)(eol - p));
		if (!tab || tab == p || tab + 1 == eol) {
			snprintf(err, errlen, "%s:%d: expected 'surface<TAB>value', got '%.*s'",
				 path, lineno, (int)(eol - p > 60 ? 60 : eol - p), p);
			list_free(l);
			return NULL;
		}
		if (memchr(tab + 1, '\t', (size_t)(eol - tab - 1))) {
			snprintf(err, errlen, "%s:%d: more than one TAB; expected 'surface<TAB>value'",
				 path, lineno);
			list_free(l);
			return NULL;
		}
		if (eol - tab - 1 > 255) {
			snprintf(err, errlen, "%s:%d: value longer than 255 bytes", path, lineno);
			list_free(l);
			return NULL;
		}
		size_t klen = utf8_fold((const unsigned char *)p, (size_t)(tab - p), key, sizeof key);
		if (klen == (size_t)-1 || klen == 0) {
			snprintf(err, errlen, "%s:%d: surface is empty or longer than %d bytes",
				 path, lineno, MAXKEY / 2);
			list_free(l);
			return NULL;
		}
		if (l->n == l->cap) {
			l->cap = l->cap ? l->cap * 2 : 64;
			l->e = xrealloc(l->e, l->cap * sizeof *l->e);
		}
		/* One block per entry: surface, key and value, each NUL-ended. */
		struct list_entry *e = &l->e[l->n++];
		size_t sl = (size_t)(tab - p), vl = (size_t)(eol - tab - 1);
		char *blk = xmalloc(sl + klen + vl + 3);
		e->surface = memcpy(blk, p, sl);
		blk[sl] = '\0';
		e->key = memcpy(blk + sl + 1, key, klen);
		e->key[klen] = '\0';
		e->value = memcpy(blk + sl + klen + 2, tab + 1, vl);
		e->value[vl] = '\0';
		e->keylen = klen;
		e->line = lineno;
		p = next;
	}
	index_all(l);
	/* The same folded surface twice with two values is a mistake that
	 * would make lookups depend on file order. */
	for (size_t k = 0; k < l->n; k++) {
		const struct list_entry *first = find(l, l->e[k].key, l->e[k].keylen);
		if (first != &l->e[k] && strcmp(first->value, l->e[k].value) != 0) {
			snprintf(err, errlen, "%s:%d: '%s' is already listed with value '%s' at line %d",
				 path, l->e[k].line, l->e[k].surface, first->value, first->line);
			list_free(l);
			return NULL;
		}
	}
	return l;
}

void list_free(struct list *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->n; i++)
		free(l->e[i].surface);   /* the entry's block */
	free(l->e);
	free(l->slots);
	free(l->alt);
	free(l->name);
	free(l->path);
	free(l);
}

const char *list_get(const struct list *l, const char *s, size_t n)
{
	unsigned char key[MAXKEY];
	size_t k = utf8_fold((const unsigned char *)s, n, key, sizeof key);
	if (k == (size_t)-1)
		return NULL;
	const struct list_entry *e = find(l, (const char *)key, k);
	return e ? e->value : NULL;
}
