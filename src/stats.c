/* stats: counts per (type, language) and per value, in one hash table. */
#include "stats.h"
#include "patterns.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

struct entry {
	char *key;               /* "TYPE\0lang\0value" */
	size_t keylen;
	uint64_t count;
};

struct sgroup {
	int type;
	char lang[16];
	uint64_t matches, untracked;
};

struct stats {
	struct entry *e;
	size_t n, nslots;
	struct sgroup g[64];
	int ng;
};

struct stats *stats_new(void)
{
	struct stats *s = xcalloc(1, sizeof *s);
	s->nslots = 1024;
	s->e = xcalloc(s->nslots, sizeof *s->e);
	return s;
}

void stats_free(struct stats *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->nslots; i++)
		free(s->e[i].key);
	free(s->e);
	free(s);
}

static struct sgroup *group_of(struct stats *s, int type, const char *lang)
{
	for (int i = 0; i < s->ng; i++)
		if (s->g[i].type == type && strcmp(s->g[i].lang, lang) == 0)
			return &s->g[i];
	if (s->ng == 64)
		return NULL;
	struct sgroup *g = &s->g[s->ng++];
	g->type = type;
	snprintf(g->lang, sizeof g->lang, "%s", lang);
	return g;
}

static void grow(struct stats *s)
{
	struct entry *old = s->e;
	size_t oldn = s->nslots;
	s->nslots *= 2;
	s->e = xcalloc(s->nslots, sizeof *s->e);
	for (size_t i = 0; i < oldn; i++) {
		if (!old[i].key)
			continue;
		size_t j = hash_bytes(old[i].key, old[i].keylen) & (s->nslots - 1);
		while (s->e[j].key)
			j = (j + 1) & (s->nslots - 1);
		s->e[j] = old[i];
	}
	free(old);
}

void stats_add(struct stats *s, int type, const char *lang, const char *value, size_t n)
{
	struct sgroup *g = group_of(s, type, lang);
	if (!g)
		return;
	g->matches++;
	char key[512];
	size_t tl = strlen(type_names[type]), ll = strlen(lang);
	if (tl + ll + n + 2 > sizeof key) {
		g->untracked++;
		return;
	}
	memcpy(key, type_names[type], tl + 1);
	memcpy(key + tl + 1, lang, ll + 1);
	memcpy(key + tl + ll + 2, value, n);
	size_t kl = tl + ll + 2 + n;
	size_t j = hash_bytes(key, kl) & (s->nslots - 1);
	while (s->e[j].key) {
		if (s->e[j].keylen == kl && memcmp(s->e[j].key, key, kl) == 0) {
			s->e[j].count++;
			return;
		}
		j = (j + 1) & (s->nslots - 1);
	}
	if (s->n >= STATS_MAX_VALUES) {
		g->untracked++;
		return;
	}
	s->e[j].key = xmemdup(key, kl);
	s->e[j].keylen = kl;
	s->e[j].count = 1;
	if (++s->n * 2 > s->nslots)
		grow(s);
}

static int by_group_then_count(const void *a, const void *b)
{
	const struct entry *x = *(const struct entry *const *)a, *y = *(const struct entry *const *)b;
	if (x->count != y->count)
		return x->count < y->count ? 1 : -1;
	size_t n = x->keylen < y->keylen ? x->keylen : y->keylen;
	int c = memcmp(x->key, y->key, n);
	return c ? c : (x->keylen < y->keylen ? -1 : x->keylen > y->keylen);
}

int stats_print(const struct stats *s, FILE *f)
{
	const struct entry **v = xmalloc((s->n ? s->n : 1) * sizeof *v);
	for (int t = 0; t < T_NTYPES; t++) {
		for (int gi = 0; gi < s->ng; gi++) {
			const struct sgroup *g = &s->g[gi];
			if (g->type != t)
				continue;
			size_t k = 0;
			const char *tn = type_names[t];
			size_t tl = strlen(tn), ll = strlen(g->lang);
			for (size_t i = 0; i < s->nslots; i++) {
				const struct entry *e = &s->e[i];
				if (e->key && strcmp(e->key, tn) == 0 && strcmp(e->key + tl + 1, g->lang) == 0)
					v[k++] = e;
			}
			qsort(v, k, sizeof *v, by_group_then_count);
			fprintf(f, "%s\t%s\t%llu matches\t%zu%s values\n", tn, g->lang,
				(unsigned long long)g->matches, k, g->untracked ? "+" : "");
			for (size_t i = 0; i < k && i < STATS_TOP; i++)
				fprintf(f, "\t%llu\t%.*s\n", (unsigned long long)v[i]->count,
					(int)(v[i]->keylen - tl - ll - 2), v[i]->key + tl + ll + 2);
		}
	}
	free(v);
	fflush(f);
	return ferror(f) ? -1 : 0;
}
