/* matcher: candidate scan, rule dispatch and per-type greedy matching. */
#include "matcher.h"
#include "keys.h"
#include "names.h"
#include "utf8.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

struct rinfo {
	int part1[4], part2[4]; /* group numbers of part1 and part2 (several may share the name) */
	int npart1, npart2;
	struct names *names;    /* R_NAMES (shared: see rhot) */
	int names_owner;        /* the earlier rule whose trie it shares */
	struct pairs *pairs;    /* rules tried where their first two bytes allow */
	int64_t interp_left;    /* ns of interpretation left before JIT-compiling */
};

/* What the batch loop reads of every rule it is handed, packed: the rule
 * itself (and its file) is read only when it runs. */
struct rhot {
	uint8_t type;            /* T_* of its file */
	uint8_t kind;            /* R_* */
	int8_t need_set;         /* marker set of the rule's 'need', or -1 */
	uint8_t names_shared;    /* its trie belongs to rinfo.names_owner */
	uint8_t cases;           /* CASE_*: the ASCII letters a match can start with */
	uint16_t need_bytes;
};

/* A rule keyed by its first letters (folded) may still start only with a
 * capital, or only with a small letter: PCRE2's first-byte bitmap says. */
enum { CASE_UPPER = 1, CASE_LOWER = 2 };

/* Markers: where a rule's 'need' regex may match.  The scan records
 * them as it goes, with the same cheap tests as rule starts (listed first
 * words, "bn" in "5bn" too, and first bytes of non-letters), a chunk of
 * the run ahead of the candidates that it collects; a marker is confirmed
 * by running the need's regex there only when a candidate asks. */
#define MK_MAX 32            /* marker sets (one bit each in a mask) */
#define CHUNK 65536          /* view bytes collected before they are tried */

struct rawmk {
	uint32_t pos;            /* view offset in the run */
	uint32_t sets;           /* sets whose first words or bytes are here */
	uint32_t tried, ok;      /* sets confirmed so far, and those that matched */
};

/* Per marker set, over the chunk's markers: [lo, hi) have been tried
 * for the set, lo is the first at or after the last query, ok the first
 * one in [lo, hi) that matched (hi if none). */
struct mkset {
	const struct rule *r;    /* the need regex */
	size_t lo, hi, ok;
};

/* A candidate collected with its rules. */
struct cand {
	uint32_t pos;            /* view offset in the run */
	uint32_t ids;            /* its rules: cids[ids .. ids + n) */
	uint16_t n;
	uint8_t word_start;
};

/* JIT-compiling a rule takes about 0.2 us per byte of its regex (63 ms
 * for the 317 KB of the built-in rules, up to 5 ms for one), the time of
 * its first few hundred to few thousand interpreted attempts.  So a rule
 * is interpreted until the time spent on it would have paid for the
 * compilation, then compiled ("ski rental"): short inputs start fast and
 * long ones run at JIT speed.  An input known to be long (matcher_expect)
 * compiles each rule at its first attempt: renting would only add the
 * rent.  The two engines find the same matches. */
#define JIT_NS_PER_BYTE 200
#define EAGER_BYTES (4u << 20)

static int64_t interp_budget(const struct rule *r, int jit_mode)
{
	if (jit_mode == 1)
		return 0;
	if (jit_mode == 0)
		return INT64_MAX;
	return (int64_t)r->relen * JIT_NS_PER_BYTE;
}

enum { C_OTHER, C_LETTER, C_DIGIT, C_SPACE, C_HIGH };
enum { Q_BYTES = 1, Q_WILD = 2, Q_NAMES = 4, Q_MARK = 8 };

struct matcher {
	const struct patset *set;
	const struct norm_ctx *ctx;
	struct keytab keys;      /* first words of rules and needs */
	struct idlist bytes[256];/* non-letter starts */
	struct idlist wild[256]; /* letter starts the analysis could not list */
	struct idlist names;     /* R_NAMES rules */
	unsigned char names_first[32];  /* folded first bytes of every listed name */
	unsigned char names_lower[32];  /* ... of names written lower case first */
	uint64_t names_lowpre[1024];    /* first two bytes of those (names.h) */
	unsigned char quick[256];       /* Q_*: what a candidate starting with this byte may hold */
	struct rinfo *info;
	struct rhot *hot;        /* per rule id */
	/* markers and collected candidates (above) */
	uint32_t mk_bytes[256];  /* non-letter first bytes -> sets */
	struct mkset *mk;
	int nmk;
	uint32_t word_mk;        /* sets whose keys the current word has */
	struct rawmk *raws;
	size_t nraws, capraws;
	struct cand *cands;
	size_t ncands, capcands;
	uint16_t *cids;
	size_t ncids, capcids;
	int tail;                /* scanning past the chunk: markers only */
	/* The languages' commonest words, folded: word -> bit per language. */
	struct cword { unsigned char w[16]; uint8_t len; uint16_t langs; } *cwords;
	size_t ncwords;          /* slots, a power of two */
	uint32_t ctx_cand;       /* context_lang: the candidate it was asked for, */
	int ctx_lang;            /* ...and its answer */
	uint32_t tally[PAT_MAXLANGS];   /* per language: passages of this input */
	int learns;              /* some ORG rule can teach names */
	size_t chunk;            /* view offset of the chunk being collected */
	uint64_t starts[CHUNK / 64 + 2];   /* its word starts (for learned names) */
	uint32_t *stamp;         /* rule id -> candidate number last tried */
	uint32_t cand_no;
	uint16_t *batch;         /* rules to try at the current candidate */
	int nbatch;
	pcre2_match_data *md;
	pcre2_match_context *mctx;
	pcre2_jit_stack *jstack;
	struct probe probe;      /* for the learned filters */
	uint64_t skip[T_NTYPES]; /* per type: no candidate before this offset */
	/* ORG names learned from this input's own matches (bounded). */
	struct names *learned;
	char **learned_values;
	size_t nlearned;
	const char *input;
	int warned;
	int scalar;              /* TRAWL_SCALAR=1: the byte-by-byte scan */
	int nofilter;            /* TRAWL_NO_FILTERS=1: no follow or pair filter (tests) */
	uint64_t attempts;
	uint64_t *rule_attempts;     /* per rule, for TRAWL_STATS */
	uint64_t *rule_hits;         /* per rule: attempts that matched (TRAWL_STATS) */
	uint64_t *rule_ns;           /* per rule: time in its attempts (TRAWL_STATS) */
	int timing;
	unsigned char cls[256];
};

#define LEARN_MAX 4096        /* names learned per input */

static void forget(struct matcher *M)
{
	for (size_t i = 0; i < M->nlearned; i++)
		free(M->learned_values[i]);
	M->nlearned = 0;
	names_free(M->learned);
	M->learned = NULL;
}

/* Remember s[0..n) as a name of value for the rest of the input. */
static void learn(struct matcher *M, const unsigned char *s, size_t n, const char *value,
		  const struct rule *r)
{
	if (M->nlearned >= LEARN_MAX || n == 0)
		return;
	if (!M->learned) {
		M->learned = names_new();
		if (!M->learned_values)
			M->learned_values = xmalloc(LEARN_MAX * sizeof *M->learned_values);
	}
	size_t dummy;
	if (names_match(M->learned, s, n, &dummy) >= 0 && dummy == n)
		return;   /* known already */
	char *v = xstrdup(value);
	if (names_add(M->learned, (const char *)s, n, v, r) < 0) {
		free(v);
		return;
	}
	M->learned_values[M->nlearned++] = v;
}

struct record *recvec_push(struct recvec *v)
{
	if (v->n == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 256;
		v->r = xrealloc(v->r, v->cap * sizeof *v->r);
	}
	return &v->r[v->n++];
}

static int bit(const unsigned char *bm, int b)
{
	return bm[b / 8] & (1 << (b % 8));
}

static void index_rule(struct matcher *M, const struct rule *r)
{
	const struct trig *t = &r->trig;
	for (int b = 0; b < 256; b++) {
		int allowed = !r->has_firstbytes || bit(r->firstbytes, b);
		if (!allowed)
			continue;
		int ascii_letter = (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
		int can_letter = ascii_letter || b >= 0xC3;
		if (t->nonletter && !ascii_letter && M->cls[b] != C_SPACE && b < 0xF8)
			idl_add(&M->bytes[b], r->id);
		if (t->wild && can_letter && b < 0xF8)
			idl_add(&M->wild[b], r->id);
	}
	for (size_t i = 0; i < t->n; i++)
		keytab_add(&M->keys, &t->keys[i], r->id);
}

/* Make need rule r (not a twin) marker set number M->nmk. */
static void index_need(struct matcher *M, const struct rule *r)
{
	int set = M->nmk++;
	M->mk[set].r = r;
	const struct trig *t = &r->trig;
	for (int b = 0; b < 256 && t->nonletter; b++) {
		int ascii_letter = (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
		if ((!r->has_firstbytes || bit(r->firstbytes, b)) && !ascii_letter &&
		    M->cls[b] != C_SPACE && b < 0xF8)
			M->mk_bytes[b] |= 1u << set;
	}
	for (size_t i = 0; i < t->n; i++) {
		/* The rule key table holds the marker keys too: one lookup per word. */
		keytab_add(&M->keys, &t->keys[i], -1)->mk_mask |= 1u << set;
	}
}

/* The languages' commonest words in one table: folded word -> a bit per
 * language (one lookup per word where languages are weighed). */
static void index_words(struct matcher *M)
{
	size_t nw = 0;
	for (int l = 0; l < M->set->nlangs; l++)
		nw += M->set->langs[l].words ? M->set->langs[l].words->n : 0;
	M->ncwords = 16;
	while (M->ncwords < nw * 2)
		M->ncwords *= 2;
	M->cwords = xcalloc(M->ncwords, sizeof *M->cwords);
	for (int l = 0; l < M->set->nlangs; l++) {
		const struct list *wl = M->set->langs[l].words;
		for (size_t e = 0; wl && e < wl->n; e++) {
			const struct list_entry *le = &wl->e[e];
			if (le->keylen == 0 || le->keylen > 16)
				continue;
			size_t h = hash_bytes(le->key, le->keylen) & (M->ncwords - 1);
			while (M->cwords[h].len && (M->cwords[h].len != le->keylen ||
						    memcmp(M->cwords[h].w, le->key, le->keylen) != 0))
				h = (h + 1) & (M->ncwords - 1);
			memcpy(M->cwords[h].w, le->key, le->keylen);
			M->cwords[h].len = (uint8_t)le->keylen;
			M->cwords[h].langs |= (uint16_t)(1u << l);
		}
	}
}

struct matcher *matcher_new(const struct patset *set, const struct norm_ctx *ctx)
{
	struct matcher *M = xcalloc(1, sizeof *M);
	M->set = set;
	M->ctx = ctx;
	for (int c = 0; c < 256; c++) {
		if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
			M->cls[c] = C_LETTER;
		else if (c >= '0' && c <= '9')
			M->cls[c] = C_DIGIT;
		else if (c == ' ' || (c >= '\t' && c <= '\r'))
			M->cls[c] = C_SPACE;
		else if (c >= 0x80)
			M->cls[c] = C_HIGH;
		else
			M->cls[c] = C_OTHER;
	}
	size_t nkeys = 0;
	for (int i = 0; i < set->nrules; i++)
		nkeys += set->rules[i]->trig.n;
	keytab_init(&M->keys, nkeys);
	M->mk = xcalloc(MK_MAX, sizeof *M->mk);
	M->info = xcalloc((size_t)set->nrules + 1, sizeof *M->info);
	M->stamp = xcalloc((size_t)set->nrules + 1, sizeof *M->stamp);
	M->rule_attempts = xcalloc((size_t)set->nrules + 1, sizeof *M->rule_attempts);
	M->rule_hits = xcalloc((size_t)set->nrules + 1, sizeof *M->rule_hits);
	M->rule_ns = xcalloc((size_t)set->nrules + 1, sizeof *M->rule_ns);
	M->timing = getenv("TRAWL_STATS") != NULL;
	/* TRAWL_JIT=0 never compiles, =1 compiles at once (tests compare). */
	const char *jm = getenv("TRAWL_JIT");
	int jit_mode = jm && *jm == '0' ? 0 : jm && *jm == '1' ? 1 : -1;
	M->batch = xmalloc(((size_t)set->nrules + 1) * sizeof *M->batch);
	M->hot = xcalloc((size_t)set->nrules + 1, sizeof *M->hot);
	for (int i = 0; i < set->nrules; i++) {
		const struct rule *r = set->rules[i];
		M->hot[i].type = (uint8_t)r->file->type;
		M->hot[i].kind = (uint8_t)r->kind;
		M->hot[i].need_set = -1;
		M->hot[i].cases = CASE_UPPER | CASE_LOWER;
		if (r->has_firstbytes) {
			M->hot[i].cases = 0;
			for (int b = 'A'; b <= 'Z'; b++) {
				if (bit(r->firstbytes, b))
					M->hot[i].cases |= CASE_UPPER;
				if (bit(r->firstbytes, b + 32))
					M->hot[i].cases |= CASE_LOWER;
			}
		}
		if (r->kind == R_NAMES) {
			/* One trie per list, shared by the files that name it. */
			for (int j = 0; j < i && !M->info[i].names; j++)
				if (set->rules[j]->kind == R_NAMES && set->rules[j]->names == r->names &&
				    !M->hot[j].names_shared) {
					M->info[i].names = M->info[j].names;
					M->hot[i].names_shared = 1;
					M->info[i].names_owner = j;
				}
			if (!M->info[i].names)
				M->info[i].names = names_build(r->names);
			idl_add(&M->names, i);
			for (int b = 0; b < 32; b++) {
				M->names_first[b] |= M->info[i].names->first[b];
				M->names_lower[b] |= M->info[i].names->lowfirst[b];
			}
			for (int b = 0; b < 1024; b++)
				M->names_lowpre[b] |= M->info[i].names->lowpre[b];
			continue;
		}
		for (int g = 0; g < r->ngroups; g++) {
			struct rinfo *in = &M->info[i];
			if (strcmp(r->groups[g].name, "part1") == 0 && in->npart1 < 4)
				in->part1[in->npart1++] = r->groups[g].num;
			if (strcmp(r->groups[g].name, "part2") == 0 && in->npart2 < 4)
				in->part2[in->npart2++] = r->groups[g].num;
		}
		if (r->twin >= 0)
			continue;   /* its twin is tried in its place */
		M->info[i].interp_left = interp_budget(r, jit_mode);
		if (r->kind == R_RULE && r->file->type == T_ORG)
			M->learns = 1;   /* its matches are learned as names */
		if (r->kind == R_NEED) {
			/* More sets than a mask holds: the rules go unfiltered. */
			if (M->nmk < MK_MAX) {
				M->hot[i].need_set = (int8_t)M->nmk;
				index_need(M, r);
			}
			continue;
		}
		index_rule(M, r);
		if (r->trig.wild || r->trig.nonletter)
			M->info[i].pairs = pairs_new();
	}
	for (int c = 0; c < 256; c++) {
		unsigned fc = c >= 'A' && c <= 'Z' ? (unsigned)c + 32 : (unsigned)c;
		unsigned char q = 0;
		if (M->bytes[c].n)
			q |= Q_BYTES;
		if (M->wild[c].n)
			q |= Q_WILD;
		/* A listed name starts here in the case the list gives it: a
		 * capital or digit, or a lower-case letter for "eBay"-like names. */
		int upper_or_digit = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
		if (M->names.n && (c >= 0x80 || ((M->names_first[fc / 8] >> (fc % 8)) & 1)) &&
		    (upper_or_digit || ((M->names_lower[fc / 8] >> (fc % 8)) & 1)))
			q |= Q_NAMES;
		if (M->mk_bytes[c] || (M->nmk && c >= '0' && c <= '9'))
			q |= Q_MARK;   /* a marker here, or glued after the number */
		M->quick[c] = q;
	}
	for (int i = 0; i < set->nrules; i++) {
		const struct rule *n = set->rules[i]->need;
		if (n) {
			M->hot[i].need_set = M->hot[n->twin >= 0 ? n->twin : n->id].need_set;
			M->hot[i].need_bytes = (uint16_t)set->rules[i]->need_bytes;
		}
	}
	index_words(M);
	M->scalar = getenv("TRAWL_SCALAR") != NULL;
	M->nofilter = getenv("TRAWL_NO_FILTERS") != NULL;
	M->md = pcre2_match_data_create((uint32_t)(set->max_captures ? set->max_captures : 1), NULL);
	M->mctx = pcre2_match_context_create(NULL);
	M->jstack = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
	if (!M->md || !M->mctx || !M->jstack)
		die("out of memory (PCRE2 match data)");
	pcre2_jit_stack_assign(M->mctx, NULL, M->jstack);
	probe_init(&M->probe, (uint32_t)(set->max_captures ? set->max_captures : 1));
	pcre2_set_match_limit(M->mctx, PAT_MATCH_LIMIT);
	pcre2_set_depth_limit(M->mctx, PAT_DEPTH_LIMIT);
	return M;
}

void matcher_free(struct matcher *M)
{
	if (!M)
		return;
	keytab_free(&M->keys);
	free(M->cwords);
	free(M->mk);
	free(M->raws);
	free(M->cands);
	free(M->cids);
	for (int b = 0; b < 256; b++) {
		free(M->bytes[b].id);
		free(M->wild[b].id);
	}
	for (int i = 0; i < M->set->nrules; i++) {
		if (!M->hot[i].names_shared)
			names_free(M->info[i].names);
		free(M->info[i].pairs);
	}
	forget(M);
	free(M->learned_values);
	free(M->names.id);
	free(M->info);
	free(M->hot);
	free(M->stamp);
	free(M->rule_attempts);
	free(M->rule_hits);
	free(M->rule_ns);
	free(M->batch);
	pcre2_match_data_free(M->md);
	pcre2_match_context_free(M->mctx);
	probe_free(&M->probe);
	pcre2_jit_stack_free(M->jstack);
	free(M);
}

void matcher_reset(struct matcher *M, const char *input_name)
{
	memset(M->tally, 0, sizeof M->tally);
	memset(M->skip, 0, sizeof M->skip);
	forget(M);
	M->input = input_name;
	M->warned = 0;
}

void matcher_expect(struct matcher *M, uint64_t bytes)
{
	if (bytes < EAGER_BYTES)
		return;
	for (int i = 0; i < M->set->nrules; i++)
		if (M->info[i].interp_left != INT64_MAX)   /* not TRAWL_JIT=0 */
			M->info[i].interp_left = 0;
}

uint64_t matcher_attempts(const struct matcher *M)
{
	return M->attempts;
}

void matcher_stats(const struct matcher *M, FILE *f)
{
	fprintf(f, "%llu rule attempts\n", (unsigned long long)M->attempts);
	fprintf(f, "%10s %8s %11s  rule\n", "attempts", "matches", "time");
	for (int i = 0; i < M->set->nrules; i++) {
		const struct rule *r = M->set->rules[i];
		const struct trig *t = &r->trig;
		if (r->twin >= 0) {
			const struct rule *w = M->set->rules[r->twin];
			fprintf(f, "%10s %8s %11s  %s:%d %s (the twin of %s:%d: not tried)\n", "-", "-", "",
				r->file->name, r->line, r->name, w->file->name, w->line);
			continue;
		}
		uint32_t cap = 0;
		if (r->code)
			pcre2_pattern_info(r->code, PCRE2_INFO_CAPTURECOUNT, &cap);
		fprintf(f, "%10llu %8llu %8.1f ms  %s:%d %s (%s%s%zu keys, %u groups)\n",
			(unsigned long long)M->rule_attempts[i], (unsigned long long)M->rule_hits[i],
			M->rule_ns[i] / 1e6,
			r->file->name, r->line, r->name, t->wild ? "wild, " : "",
			t->nonletter ? "non-letter, " : "", t->n, (unsigned)cap);
	}
}

/* Add the rules of l; for a word whose first letter is of case want
 * (CASE_*; 0: not an ASCII letter, or no word), only those that can
 * start so. */
static void batch_add(struct matcher *M, const struct idlist *l, unsigned want)
{
	for (int i = 0; i < l->n; i++) {
		uint16_t id = l->id[i];
		if (want && !(M->hot[id].cases & want))
			continue;
		if (M->stamp[id] != M->cand_no) {
			M->stamp[id] = M->cand_no;
			M->batch[M->nbatch++] = id;
		}
	}
}

/* Add the rules of l (wild ones, or those starting with a sign) that
 * can start with bytes s[0], s[1] ("." of ".5", not of ". The"); a
 * non-ASCII first byte is not filtered. */
static void batch_pairs(struct matcher *M, const struct idlist *l, const unsigned char *s, size_t n)
{
	unsigned c0 = s[0], c1 = n > 1 ? s[1] : 0;
	for (int i = 0; i < l->n; i++) {
		uint16_t id = l->id[i];
		if (c0 < 0x80 && !M->nofilter &&
		    !pair_ok(&M->probe, M->set->rules[id], M->info[id].pairs, c0, c1))
			continue;
		if (M->stamp[id] != M->cand_no) {
			M->stamp[id] = M->cand_no;
			M->batch[M->nbatch++] = id;
		}
	}
}

/* Add the rules of key k for a word whose first letter is of case want
 * (batch_add); for a complete short word, only those whose next
 * character can be the text's (c and after_space tell it; c = 0 at the
 * end of the text). */
static void batch_key(struct matcher *M, const struct trig_key *k, unsigned want, unsigned c,
		      int after_space)
{
	struct keyslot *s = keytab_find(&M->keys, k);
	if (!s)
		return;
	M->word_mk |= s->mk_mask;
	if (M->nofilter)
		want = 0;
	if (k->state != TRIG_CLOSED || c == 0 || M->nofilter) {
		batch_add(M, &s->rules, want);
		return;
	}
	for (int i = 0; i < s->rules.n; i++) {
		uint16_t id = s->rules.id[i];
		if (want && !(M->hot[id].cases & want))
			continue;
		if (!follow_ok(&M->probe, s, i, M->set->rules[id], c, after_space))
			continue;
		if (M->stamp[id] != M->cand_no) {
			M->stamp[id] = M->cand_no;
			M->batch[M->nbatch++] = id;
		}
	}
}

/* The rules that can start at a word whose letters begin at s. */
static void gather_letter(struct matcher *M, const unsigned char *s, size_t n)
{
	if (s[0] < 0x80 && !keytab_maybe(&M->keys, s, n))
		return;
	struct trig_key k;
	unsigned char offs[TRIG_K + 1];
	size_t i;
	int nlet = word_key(s, n, &k, offs, &i);
	if (nlet == 0)
		return;
	/* What follows the word: the next character, after any white space. */
	unsigned next = 0;
	int after_space = 0;
	if (k.state == TRIG_CLOSED) {
		size_t j = i;
		while (j < n && (s[j] == ' ' || (s[j] >= '\t' && s[j] <= '\r')))
			j++;
		after_space = j > i;
		next = j < n ? s[j] : 0;
	}
	unsigned want = s[0] >= 'A' && s[0] <= 'Z' ? CASE_UPPER :
			s[0] >= 'a' && s[0] <= 'z' ? CASE_LOWER : 0;
	batch_key(M, &k, want, next, after_space);
	for (int L = 1; M->keys.open_lens && L <= TRIG_K && L <= nlet; L++) {
		if (!(M->keys.open_lens & (1u << L)))
			continue;
		struct trig_key p;
		open_prefix(&k, offs, L, &p);
		batch_key(M, &p, want, 0, 0);
	}
}

struct best {
	int rule;               /* -1: none */
	size_t start, end;      /* ovector[0], ovector[1] (subject offsets) */
	size_t ov[2 * 64];      /* a copy of the winner's ovector */
	int novec;
};

static const struct record *emit(struct matcher *M, const struct textview *tv,
		 const struct tv_run *run, const unsigned char *subj, size_t subjlen,
		 size_t sfrom, const struct best *b, int part, size_t s, size_t e,
		 const char *names_value, struct recvec *out)
{
	const struct rule *r = M->set->rules[b->rule];
	struct match m = {
		.rule = r, .subj = subj, .subjlen = subjlen,
		.ov = b->novec ? b->ov : NULL, .start = s, .end = e,
		.names_value = names_value, .part = part, .ctx = M->ctx,
	};
	struct normval v;
	if (!normalize(&m, &v))
		return NULL;
	struct record *rec = recvec_push(out);
	rec->start = tv_ostart(tv, run, sfrom + s);
	rec->end = tv_oend(tv, run, sfrom + e);
	rec->rule = r;
	rec->type = (uint8_t)r->file->type;
	rec->flags = (uint8_t)v.flags;
	rec->vlen = (uint16_t)v.len;
	memcpy(rec->value, v.s, v.len + 1);
	return rec;
}

static void limit_warning(struct matcher *M, const struct rule *r, int rc)
{
	if (M->warned)
		return;
	M->warned = 1;
	PCRE2_UCHAR msg[128];
	pcre2_get_error_message(rc, msg, sizeof msg);
	warnmsg("%s: rule '%s' (%s:%d) gave up: %s; treated as no match "
		"(reported once per input)", M->input ? M->input : "-", r->name,
		r->file->name, r->line, (const char *)msg);
}

/* The subject a rule sees at view offset i of run: LOOKBEHIND_MAX input
 * bytes before, MATCH_MAX after, within the run. */
static void bounds(const struct textview *tv, const struct tv_run *run, size_t i,
		   uint64_t opos, size_t *sfrom, size_t *sto)
{
	if (!run->map) {
		/* In place: input bytes are view bytes; a bound inside a
		 * character moves to the next one, as tv_vindex would. */
		size_t f = i > LOOKBEHIND_MAX ? i - LOOKBEHIND_MAX : 0;
		size_t e = run->len - i > MATCH_MAX ? i + MATCH_MAX : run->len;
		while ((run->text[f] & 0xC0) == 0x80)
			f++;
		while (e < run->len && (run->text[e] & 0xC0) == 0x80)
			e++;
		*sfrom = f;
		*sto = e;
		return;
	}
	*sfrom = opos >= run->ostart + LOOKBEHIND_MAX ?
		tv_vindex_near(tv, run, opos - LOOKBEHIND_MAX, i > LOOKBEHIND_MAX ? i - LOOKBEHIND_MAX : 0) : 0;
	*sto = tv_vindex_near(tv, run, opos + MATCH_MAX, i + MATCH_MAX);
}

/* Run rule r anchored at subj[at] (the match lands in M->md): interpreted
 * until the time spent so would have paid for JIT compilation, then
 * compiled (interp_budget). */
static int run_rule(struct matcher *M, const struct rule *r, const unsigned char *subj,
		    size_t n, size_t at)
{
	M->attempts++;
	M->rule_attempts[r->id]++;
	struct rinfo *in = &M->info[r->id];
	if (r->jit == 0 && in->interp_left <= 0) {
		struct rule *w = (struct rule *)r;   /* the code is ours */
		w->jit = pcre2_jit_compile(w->code, PCRE2_JIT_COMPLETE) == 0 ? 1 : -1;
	}
	int timed = M->timing || r->jit == 0;
	struct timespec t0, t1;
	if (timed)
		clock_gettime(CLOCK_MONOTONIC, &t0);
	int rc = r->jit > 0 ?
		pcre2_jit_match(r->code, subj, n, at, 0, M->md, M->mctx) :
		pcre2_match(r->code, subj, n, at, PCRE2_NO_UTF_CHECK, M->md, M->mctx);
	if (timed) {
		clock_gettime(CLOCK_MONOTONIC, &t1);
		int64_t ns = (int64_t)(t1.tv_sec - t0.tv_sec) * 1000000000LL + (t1.tv_nsec - t0.tv_nsec);
		M->rule_ns[r->id] += (uint64_t)ns;
		if (r->jit == 0 && in->interp_left != INT64_MAX)
			in->interp_left -= ns;
	}
	if (rc > 0)
		M->rule_hits[r->id]++;
	return rc;
}

/* ------------------------------------------------------------ markers */

/* Grow-and-append for the collection arrays. */
#define PUSH(arr, n, cap) \
	((n) == (cap) ? ((cap) = (cap) ? (cap) * 2 : 1024, \
			 (arr) = xrealloc((arr), (cap) * sizeof *(arr))) : (arr), &(arr)[(n)++])

/* Record a possible marker of sets at view offset pos (kept sorted). */
static void mk_note(struct matcher *M, size_t pos, uint32_t sets)
{
	struct rawmk *m = PUSH(M->raws, M->nraws, M->capraws);
	size_t j = M->nraws - 1;
	/* A marker inside a number ("5bn") comes before the signs that
	 * follow: rarely out of order, never by much. */
	while (j > 0 && M->raws[j - 1].pos > pos) {
		M->raws[j] = M->raws[j - 1];
		j--;
	}
	m = &M->raws[j];
	m->pos = (uint32_t)pos;
	m->sets = sets;
	m->tried = m->ok = 0;
}

/* The marker sets whose keys the letters at s start ("bn" of "5bn"). */
static uint32_t mk_letters(struct matcher *M, const unsigned char *s, size_t n)
{
	if (s[0] < 0x80 && !keytab_maybe(&M->keys, s, n))
		return 0;
	struct trig_key k, p;
	unsigned char offs[TRIG_K + 1];
	size_t end;
	int nlet = word_key(s, n, &k, offs, &end);
	const struct keyslot *ks = keytab_find(&M->keys, &k);
	uint32_t mask = ks ? ks->mk_mask : 0;
	for (int L = 1; M->keys.open_lens && L <= TRIG_K && L <= nlet; L++) {
		if (!(M->keys.open_lens & (1u << L)))
			continue;
		open_prefix(&k, offs, L, &p);
		ks = keytab_find(&M->keys, &p);
		mask |= ks ? ks->mk_mask : 0;
	}
	return mask;
}

/* Does the regex of marker set `set` match at marker m of run? */
static int mk_confirm(struct matcher *M, const struct textview *tv, const struct tv_run *run,
		      struct rawmk *m, int set)
{
	uint32_t b = 1u << set;
	if (!(m->tried & b)) {
		size_t sfrom, sto;
		bounds(tv, run, m->pos, tv_ostart(tv, run, m->pos), &sfrom, &sto);
		int rc = run_rule(M, M->mk[set].r, run->text + sfrom, sto - sfrom, m->pos - sfrom);
		m->tried |= b;
		if (rc != PCRE2_ERROR_NOMATCH)   /* a match, or a rule that gave up */
			m->ok |= b;
	}
	return (m->ok & b) != 0;
}

/* Does a marker of set start in [i, i + bytes] of run?  Queries come with
 * i increasing along a chunk; the chunk's markers reach past its end by
 * more than any need's BYTES. */
static int need_met(struct matcher *M, const struct textview *tv, const struct tv_run *run,
		    int set, size_t bytes, size_t i)
{
	struct mkset *k = &M->mk[set];
	uint32_t b = 1u << set;
	const struct rawmk *r = M->raws;
	while (k->lo < M->nraws && r[k->lo].pos < i)
		k->lo++;
	if (k->hi < k->lo)
		k->hi = k->lo;
	if (k->ok < k->lo) {
		k->ok = k->lo;
		while (k->ok < k->hi && !(r[k->ok].ok & b))
			k->ok++;
	}
	if (k->ok < k->hi)
		return r[k->ok].pos <= i + bytes;
	/* Nothing matched among those tried: try more, up to i + bytes. */
	while (k->hi < M->nraws && r[k->hi].pos <= i + bytes) {
		struct rawmk *m = &M->raws[k->hi++];
		if ((m->sets & b) && mk_confirm(M, tv, run, m, set)) {
			k->ok = k->hi - 1;
			return 1;
		}
	}
	k->ok = k->hi;
	return 0;
}

/* The languages (a bit each) whose commonest words include the word
 * w[0..n) (view text), or 0. */
static unsigned word_langs(const struct matcher *M, const unsigned char *w, size_t n)
{
	unsigned char f[64];
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (w[i] >= 0x80) {
			k = utf8_fold(w, n, f, sizeof f);   /* not ASCII: fold it all */
			break;
		}
		f[k++] = w[i] >= 'A' && w[i] <= 'Z' ? (unsigned char)(w[i] + 32) : w[i];
	}
	if (k == 0 || k > 16)
		return 0;
	for (size_t h = hash_bytes(f, k) & (M->ncwords - 1);; h = (h + 1) & (M->ncwords - 1)) {
		const struct cword *c = &M->cwords[h];
		if (!c->len)
			return 0;
		if (c->len == k && memcmp(c->w, f, k) == 0)
			return c->langs;
	}
}

/* Votes of the commonest words of each language in t[from, to); a word
 * the subject's ends may have cut (cut_from, cut_to) does not count.
 * Stops once a language leads every other by LANG_LEAD votes. */
#define LANG_LEAD 4

static void lang_votes(const struct matcher *M, const unsigned char *t, size_t from, size_t to,
		       int cut_from, int cut_to, unsigned *votes)
{
	unsigned top = 0, second = 0;
	for (size_t p = from; p < to && top < second + LANG_LEAD;) {
		int32_t cp;
		int len = t[p] < 0x80 ? (cp = t[p], 1) : utf8_get(t + p, &cp);
		if (!(cp < 0x80 ? M->cls[cp] == C_LETTER : uc_is_letter(cp))) {
			p += (size_t)len;
			continue;
		}
		size_t q = p;
		while (q < to) {
			len = t[q] < 0x80 ? (cp = t[q], 1) : utf8_get(t + q, &cp);
			if (!(cp < 0x80 ? M->cls[cp] == C_LETTER : uc_is_letter(cp)))
				break;
			q += (size_t)len;
		}
		if ((p > from || !cut_from) && (q < to || !cut_to) && q - p <= 16) {
			unsigned m = word_langs(M, t + p, q - p);
			if (m) {
				for (int l = 0; l < M->set->nlangs; l++)
					votes[l] += (m >> l) & 1;
				top = second = 0;
				for (int l = 0; l < M->set->nlangs; l++) {
					if (votes[l] > top) {
						second = top;
						top = votes[l];
					} else if (votes[l] > second) {
						second = votes[l];
					}
				}
			}
		}
		p = q;
	}
}

/* The language with the most votes, or -1 on a draw or none. */
static int lang_top(const unsigned *votes, int n)
{
	int best = -1, draw = 0;
	for (int l = 0; l < n; l++) {
		if (votes[l] && (best < 0 || votes[l] > votes[best])) {
			best = l;
			draw = 0;
		} else if (best >= 0 && votes[l] == votes[best]) {
			draw = 1;
		}
	}
	return draw ? -1 : best;
}

/* Does a sentence end at t[p] ('.', '!' or '?', then white space and a
 * capital or a line break)? */
static int sentence_end(const unsigned char *t, size_t p, size_t to)
{
	if (t[p] != '.' && t[p] != '!' && t[p] != '?')
		return 0;
	size_t q = p + 1;
	int nl = 0;
	while (q < to && (t[q] == ' ' || (t[q] >= '\t' && t[q] <= '\r')))
		nl |= t[q++] == '\n';
	return q > p + 1 && (q == to || nl || (t[q] >= 'A' && t[q] <= 'Z') || t[q] >= 0xC3);
}

/* Which language are the words around view offset i of run in?  The one
 * whose commonest words ('words' lists) are the most frequent in the
 * sentence there, else in the whole subject a rule sees (so that the
 * answer never depends on how the input was cut into windows); else the
 * one this input has shown most so far; else -1.  Once per candidate. */
static int context_lang(struct matcher *M, const struct textview *tv, const struct tv_run *run,
			size_t i)
{
	if (M->ctx_cand == M->cand_no)
		return M->ctx_lang;
	const struct patset *set = M->set;
	unsigned votes[PAT_MAXLANGS] = {0};
	size_t from, to;
	bounds(tv, run, i, tv_ostart(tv, run, i), &from, &to);
	const unsigned char *t = run->text;
	size_t a = i, b = i;
	while (a > from && !sentence_end(t, a - 1, to))
		a--;
	while (b < to && !sentence_end(t, b, to))
		b++;
	lang_votes(M, t, a, b, a == from && from > 0, b == to && to < run->len, votes);
	int best = lang_top(votes, set->nlangs);
	if (best < 0) {
		memset(votes, 0, sizeof votes);
		lang_votes(M, t, from, to, from > 0, to < run->len, votes);
		best = lang_top(votes, set->nlangs);
	}
	if (best >= 0)
		M->tally[best]++;
	else
		best = lang_top(M->tally, set->nlangs);
	M->ctx_cand = M->cand_no;
	M->ctx_lang = best;
	return best;
}

/* Rule r ends where the best match so far (of rule old) does: does r
 * win?  Only when their languages differ and the words around are in
 * r's language; else the first stays (--lang's order). */
static int lang_wins(struct matcher *M, const struct textview *tv, const struct tv_run *run,
		     size_t i, const struct rule *r, int old)
{
	int a = r->file->langno, b = M->set->rules[old]->file->langno;
	/* Between two rejects the winner does not matter: nothing is shown. */
	return a != b && r->kind != R_REJECT && context_lang(M, tv, run, i) == a;
}

/* Try the batch at view offset i of run; append what wins per type. */
static void try_batch(struct matcher *M, const struct textview *tv, const struct tv_run *run,
		      size_t i, int word_start, struct recvec *out)
{
	uint64_t opos = tv_ostart(tv, run, i);
	/* Names need no lookbehind: start the subject at i; regex rules get
	 * their bounds when the first one runs. */
	size_t sfrom = i, sto = run->len - i > MATCH_MAX ? i + MATCH_MAX : run->len;
	int bounded = 0;
	const unsigned char *subj = run->text + sfrom;
	size_t subjlen = sto - sfrom, at = 0;

	struct best acc[T_NTYPES], rej[T_NTYPES];
	const char *names_value[T_NTYPES] = {0};
	for (int t = 0; t < T_NTYPES; t++)
		acc[t].rule = rej[t].rule = -1;

	/* Names learned earlier in this input compete like listed ones. */
	if (M->learned && opos >= M->skip[T_ORG] && word_start) {
		size_t len;
		int e = names_match(M->learned, subj + at, subjlen - at, &len);
		if (e >= 0) {
			struct best *b = &acc[T_ORG];
			b->rule = ((const struct rule *)M->learned->owners[e])->id;
			b->start = at;
			b->end = at + len;
			b->novec = 0;
			names_value[T_ORG] = M->learned->values[e];
		}
	}

	for (int k = 0; k < M->nbatch; k++) {
		int id = M->batch[k];
		const struct rhot *h = &M->hot[id];
		int t = h->type;
		if (opos < M->skip[t])
			continue;
		struct best *b = h->kind == R_REJECT ? &rej[t] : &acc[t];
		if (h->need_set >= 0 && !M->nofilter &&
		    !need_met(M, tv, run, h->need_set, h->need_bytes, i))
			continue;
		const struct rule *r = M->set->rules[id];
		if (h->kind == R_NAMES) {
			M->attempts++;
			M->rule_attempts[r->id]++;
			/* The same list under another language's file: the same
			 * answer, and the first rule wins a tie anyway. */
			if (h->names_shared &&
			    M->stamp[M->info[id].names_owner] == M->cand_no &&
			    opos >= M->skip[M->hot[M->info[id].names_owner].type])
				continue;
			size_t len;
			int e = names_match(M->info[r->id].names, subj + at, subjlen - at, &len);
			if (e >= 0)
				M->rule_hits[r->id]++;
			if (e >= 0 && (b->rule < 0 || at + len > b->end ||
				       (at + len == b->end && lang_wins(M, tv, run, i, r, b->rule)))) {
				b->rule = r->id;
				b->start = at;
				b->end = at + len;
				b->novec = 0;
				names_value[t] = M->info[r->id].names->values[e];
			}
			continue;
		}
		if (!bounded) {
			/* Re-base what names found on the regex subject. */
			size_t nf, nt;
			bounds(tv, run, i, opos, &nf, &nt);
			for (int u = 0; u < T_NTYPES; u++) {
				if (acc[u].rule >= 0) {
					acc[u].start += sfrom - nf;
					acc[u].end += sfrom - nf;
				}
			}
			sfrom = nf;
			sto = nt;
			subj = run->text + sfrom;
			subjlen = sto - sfrom;
			at = i - sfrom;
			bounded = 1;
		}
		int rc = run_rule(M, r, subj, subjlen, at);
		if (rc == PCRE2_ERROR_NOMATCH)
			continue;
		if (rc < 0) {
			if (rc != PCRE2_ERROR_PARTIAL)
				limit_warning(M, r, rc);
			continue;
		}
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(M->md);
		if (ov[0] >= ov[1] || ov[0] < at)
			continue;
		if (b->rule >= 0 && (ov[1] < b->end ||
				     (ov[1] == b->end && !lang_wins(M, tv, run, i, r, b->rule))))
			continue;   /* not longer than what we have */
		if (!b->novec && b->rule >= 0)
			names_value[t] = NULL;   /* a rule beat a name */
		b->rule = r->id;
		b->start = ov[0];
		b->end = ov[1];
		uint32_t n = pcre2_get_ovector_count(M->md);
		if (n > 64)
			n = 64;
		b->novec = (int)n;
		memcpy(b->ov, ov, 2 * n * sizeof *ov);
		if (rc < (int)n)   /* groups past rc are unset */
			for (uint32_t g = (uint32_t)rc; g < n; g++)
				b->ov[2 * g] = b->ov[2 * g + 1] = PCRE2_UNSET;
	}

	for (int t = 0; t < T_NTYPES; t++) {
		struct best *a = &acc[t], *j = &rej[t];
		if (j->rule >= 0 && (a->rule < 0 || j->end >= a->end)) {
			M->skip[t] = tv_oend(tv, run, sfrom + j->end);
			continue;
		}
		if (a->rule < 0)
			continue;
		M->skip[t] = tv_oend(tv, run, sfrom + a->end);
		const struct rinfo *in = &M->info[a->rule];
		/* The first part1 and part2 groups that took part in the match. */
		int g1 = 0, g2 = 0;
		for (int k = 0; a->novec && k < in->npart1 && !g1; k++)
			if (in->part1[k] < a->novec && a->ov[2 * in->part1[k]] != PCRE2_UNSET)
				g1 = in->part1[k];
		for (int k = 0; a->novec && k < in->npart2 && !g2; k++)
			if (in->part2[k] < a->novec && a->ov[2 * in->part2[k]] != PCRE2_UNSET)
				g2 = in->part2[k];
		if (g1 && g2) {
			emit(M, tv, run, subj, subjlen, sfrom, a, 1, a->ov[2 * g1], a->ov[2 * g1 + 1],
			     NULL, out);
			emit(M, tv, run, subj, subjlen, sfrom, a, 2, a->ov[2 * g2], a->ov[2 * g2 + 1],
			     NULL, out);
		} else {
			if (t == T_ORG && a->novec && M->learned) {
				/* A name this input has defined keeps its value
				 * whichever rule finds it ("the OFCCP" after
				 * "Office of ... (OFCCP)"). */
				size_t len;
				int e = names_match(M->learned, subj + a->start, a->end - a->start, &len);
				if (e >= 0 && len == a->end - a->start)
					names_value[t] = M->learned->values[e];
			}
			const struct record *rec = emit(M, tv, run, subj, subjlen, sfrom, a, 0,
							a->start, a->end, names_value[t], out);
			/* An organization a rule found is known for the rest of the
			 * input, and so is the acronym it defines. */
			if (rec && t == T_ORG && a->novec) {
				const struct rule *r = M->set->rules[a->rule];
				learn(M, subj + a->start, a->end - a->start, rec->value, r);
				struct match mm = {.rule = r, .subj = subj, .ov = a->ov};
				size_t n;
				const char *alias = m_group(&mm, "alias", &n);
				if (alias)
					learn(M, (const unsigned char *)alias, n, rec->value, r);
			}
		}
	}
}

static int word_char_before(const struct matcher *M, const unsigned char *t, size_t i)
{
	if (i == 0)
		return 0;
	size_t j = i - 1;
	while (j > 0 && (t[j] & 0xC0) == 0x80)
		j--;
	int32_t cp;
	if (t[j] < 0x80)
		return M->cls[t[j]] == C_LETTER || M->cls[t[j]] == C_DIGIT;
	utf8_get(t + j, &cp);
	return uc_is_letter(cp) || uc_is_digit(cp) || uc_is_mark(cp);
}

/* Class of a non-ASCII character, for the scan. */
static int high_class(const unsigned char *t, int *len)
{
	int32_t cp;
	*len = utf8_get(t, &cp);
	if (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7)
		return C_LETTER;    /* Latin letters, the common case */
	return uc_is_letter(cp) ? C_LETTER : uc_is_digit(cp) || uc_is_mark(cp) ? C_DIGIT :
	       (cp == 0x85 || cp == 0x2028 || cp == 0x2029) ? C_SPACE : C_OTHER;
}

/* Can anything start at t[i] (an ASCII letter, digit or sign)?  A cheap
 * test that spares most word starts the candidate machinery. */
static inline int worth_trying(const struct matcher *M, const unsigned char *t, size_t i,
			       size_t n, int k)
{
	unsigned c = t[i];
	if (M->quick[c])
		return 1;
	return k == C_LETTER && keytab_maybe(&M->keys, t + i, n - i);
}

/* Collect the candidate at view offset i of run (k is its class): the
 * rules that can start there, and the markers that start there. */
static void candidate(struct matcher *M, const struct tv_run *run, size_t i, int k)
{
	const unsigned char *t = run->text;
	unsigned c = t[i];
	M->cand_no++;
	M->nbatch = 0;
	M->word_mk = 0;
	int names_ok = M->quick[c] & Q_NAMES;
	if (names_ok && c >= 'a' && c <= 'z') {
		/* A small first letter: only names written so can match, and
		 * their first two bytes say whether one starts here. */
		unsigned c1 = i + 1 < run->len ? t[i + 1] : 0;
		if (c1 >= 'A' && c1 <= 'Z')
			c1 += 32;
		unsigned p2 = c << 8 | c1;
		names_ok = (M->names_lowpre[p2 / 64] >> (p2 % 64)) & 1;
	}
	if (k == C_LETTER) {
		gather_letter(M, t + i, run->len - i);
		if (M->wild[c].n)
			batch_pairs(M, &M->wild[c], t + i, run->len - i);
		if (names_ok)
			batch_add(M, &M->names, 0);
	} else {
		/* An ASCII digit starts its rules whatever follows it; a
		 * non-ASCII digit or combining mark starts none. */
		if (M->bytes[c].n && k != C_DIGIT)
			batch_pairs(M, &M->bytes[c], t + i, run->len - i);
		else if (M->bytes[c].n && c < 0x80)
			batch_add(M, &M->bytes[c], 0);
		if (k == C_DIGIT && names_ok && c < 0x80)
			batch_add(M, &M->names, 0);
		M->word_mk = M->mk_bytes[c];
	}
	if (M->word_mk)
		mk_note(M, i, M->word_mk);
	if (k == C_DIGIT && M->nmk) {
		/* Letters glued after the number: "5bn", "20kGBP". */
		size_t j = i;
		while (j < run->len && ((t[j] >= '0' && t[j] <= '9') ||
			((t[j] == '.' || t[j] == ',' || t[j] == '\'') && j + 1 < run->len &&
			 t[j + 1] >= '0' && t[j + 1] <= '9')))
			j++;
		if (j > i && j < run->len && (M->cls[t[j]] == C_LETTER || t[j] >= 0xC3)) {
			uint32_t mm = mk_letters(M, t + j, run->len - j);
			if (mm)
				mk_note(M, j, mm);
		}
	}
	if (M->nbatch && !M->tail) {
		struct cand *cd = PUSH(M->cands, M->ncands, M->capcands);
		cd->pos = (uint32_t)i;
		cd->ids = (uint32_t)M->ncids;
		cd->n = (uint16_t)M->nbatch;
		cd->word_start = k != C_OTHER;
		for (int j = 0; j < M->nbatch; j++)
			*PUSH(M->cids, M->ncids, M->capcids) = M->batch[j];
	}
}

/* Word starts are noted for the learned names (learned_walk). */
static inline void note_start(struct matcher *M, size_t p)
{
	if (M->learns && !M->tail) {
		size_t o = p - M->chunk;
		M->starts[o / 64] |= 1ull << (o % 64);
	}
}

/* The reference scan: byte by byte. */
static void scan_scalar(struct matcher *M, const struct tv_run *run, size_t from, size_t to)
{
	const unsigned char *t = run->text;
	const unsigned char *cls = M->cls;
	int prevword = word_char_before(M, t, from);
	size_t i = from;
	while (i < to) {
		int k = cls[t[i]], len = 1;
		if (k == C_SPACE) {
			prevword = 0;
			i++;
			continue;
		}
		if (k == C_HIGH) {
			k = high_class(t + i, &len);
			if (k == C_SPACE) {
				prevword = 0;
				i += (size_t)len;
				continue;
			}
		}
		if (k == C_LETTER || k == C_DIGIT) {
			if (prevword) {
				/* inside a word: skip its ASCII rest at once */
				i += (size_t)len;
				while (i < to && (cls[t[i]] == C_LETTER || cls[t[i]] == C_DIGIT))
					i++;
				continue;
			}
			prevword = 1;
			note_start(M, i);
		} else {
			prevword = 0;
		}
		if (t[i] >= 0x80 || worth_trying(M, t, i, run->len, k))
			candidate(M, run, i, k);
		i += (size_t)len;
	}
}

#ifdef __SSE2__
#include <emmintrin.h>

/* Sixteen bytes at once: word bytes (ASCII letters and digits, and every
 * non-ASCII byte), white space and controls, and UTF-8 lead bytes. */
static void masks16(const unsigned char *s, unsigned *word, unsigned *space, unsigned *lead)
{
	__m128i b = _mm_loadu_si128((const __m128i *)(const void *)s);
	__m128i lower = _mm_or_si128(b, _mm_set1_epi8(0x20));
	__m128i alpha = _mm_and_si128(_mm_cmpgt_epi8(lower, _mm_set1_epi8('a' - 1)),
				      _mm_cmplt_epi8(lower, _mm_set1_epi8('z' + 1)));
	__m128i digit = _mm_and_si128(_mm_cmpgt_epi8(b, _mm_set1_epi8('0' - 1)),
				      _mm_cmplt_epi8(b, _mm_set1_epi8('9' + 1)));
	unsigned high = (unsigned)_mm_movemask_epi8(b);
	*word = (unsigned)_mm_movemask_epi8(_mm_or_si128(alpha, digit)) | high;
	*space = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(b, _mm_set1_epi8(0x21))) & ~high;
	*lead = (unsigned)_mm_movemask_epi8(_mm_cmpgt_epi8(b, _mm_set1_epi8((char)0xBF))) & high;
}

/* The same candidates as scan_scalar, found sixteen bytes at a time: the
 * interesting positions are ASCII word starts, ASCII punctuation, and
 * non-ASCII characters (classified one by one). */
static void scan_sse2(struct matcher *M, const struct tv_run *run, size_t from, size_t to)
{
	const unsigned char *t = run->text;
	size_t i = from;
	unsigned carry = (unsigned)word_char_before(M, t, from);
	size_t done_to = from;    /* positions below this are handled */
	while (i + 16 <= to) {
		unsigned w, sp, lead;
		masks16(t + i, &w, &sp, &lead);
		unsigned starts = w & ~((w << 1) | carry) & 0xFFFFu;
		unsigned other = ~w & ~sp & 0xFFFFu;
		unsigned todo = starts | other | lead;
		carry = (w >> 15) & 1u;
		while (todo) {
			size_t p = i + (size_t)__builtin_ctz(todo);
			todo &= todo - 1;
			if (p < done_to)
				continue;
			int k = M->cls[t[p]], len = 1;
			if (k == C_HIGH) {
				k = high_class(t + p, &len);
				if ((k == C_LETTER || k == C_DIGIT) && word_char_before(M, t, p)) {
					done_to = p + (size_t)len;
					continue;
				}
			} else if (t[p] >= 0x80) {
				continue;   /* a continuation byte: not a start */
			}
			if (k == C_LETTER || k == C_DIGIT)
				note_start(M, p);
			if (k != C_SPACE && (len > 1 || worth_trying(M, t, p, run->len, k)))
				candidate(M, run, p, k);
			done_to = p + (size_t)len;
			/* After a non-ASCII non-word character, an ASCII word
			 * starts: the masks counted that character as a word. */
			if (len > 1 && k != C_LETTER && k != C_DIGIT && done_to < to) {
				int k2 = M->cls[t[done_to]];
				if (k2 == C_LETTER || k2 == C_DIGIT) {
					note_start(M, done_to);
					if (worth_trying(M, t, done_to, run->len, k2))
						candidate(M, run, done_to, k2);
					done_to++;
				}
			}
		}
		i += 16;
	}
	if (i < done_to)
		i = done_to;
	if (i < to)
		scan_scalar(M, run, i, to);
}
#endif

/* Collect the candidates of run in [from, to) and their markers. */
static void collect(struct matcher *M, const struct tv_run *run, size_t from, size_t to)
{
#ifdef __SSE2__
	if (!M->scalar) {
		scan_sse2(M, run, from, to);
		return;
	}
#endif
	scan_scalar(M, run, from, to);
}

/* Try, at the word starts of run in [from, to) that hold no candidate,
 * the names learned from this input so far (the collection cannot know
 * names learned after it). */
static void learned_walk(struct matcher *M, const struct textview *tv, const struct tv_run *run,
			 size_t from, size_t to, struct recvec *out)
{
	const unsigned char *t = run->text;
	for (size_t o = from - M->chunk, e = to - M->chunk; o < e && M->learned;) {
		uint64_t w = M->starts[o / 64] >> (o % 64);
		if (!w) {
			o = (o / 64 + 1) * 64;
			continue;
		}
		o += (size_t)__builtin_ctzll(w);
		if (o >= e)
			break;
		size_t i = M->chunk + o;
		unsigned c = t[i], fc = c >= 'A' && c <= 'Z' ? c + 32 : c;
		/* A small first letter: only a name written so can start here. */
		const unsigned char *fb = c >= 'a' && c <= 'z' ? M->learned->lowfirst :
					  M->learned->first;
		if (c >= 0x80 || (fb[fc / 8] & (1u << (fc % 8)))) {
			M->cand_no++;
			M->nbatch = 0;
			try_batch(M, tv, run, i, 1, out);
		}
		o++;
	}
}

/* Match run in [from, to): a chunk at a time, collect the candidates
 * (and the markers up to MATCH_MAX bytes further), then try them in
 * order.  Memory stays bounded whatever the buffer size. */
static void run_span(struct matcher *M, const struct textview *tv, const struct tv_run *run,
		     size_t from, size_t to, struct recvec *out)
{
	const unsigned char *t = run->text;
	for (size_t a = from; a < to;) {
		size_t b = to - a > CHUNK ? a + CHUNK : to;
		while (b < to && (t[b] & 0xC0) == 0x80)
			b++;
		M->ncands = M->ncids = M->nraws = 0;
		M->chunk = a;
		if (M->learns)
			memset(M->starts, 0, ((b - a) / 64 + 1) * sizeof *M->starts);
		collect(M, run, a, b);
		if (M->nmk && b < run->len) {
			/* Markers past the chunk, for its last candidates. */
			size_t e = run->len - b > MATCH_MAX + 4 ? b + MATCH_MAX + 4 : run->len;
			while (e < run->len && (t[e] & 0xC0) == 0x80)
				e++;
			M->tail = 1;
			collect(M, run, b, e);
			M->tail = 0;
		}
		for (int s = 0; s < M->nmk; s++)
			M->mk[s].lo = M->mk[s].hi = M->mk[s].ok = 0;
		size_t w = a;   /* word starts below w are handled */
		for (size_t c = 0; c < M->ncands; c++) {
			const struct cand *cd = &M->cands[c];
			if (M->learned && w < cd->pos)
				learned_walk(M, tv, run, w, cd->pos, out);
			M->cand_no++;
			M->nbatch = cd->n;
			for (int j = 0; j < cd->n; j++) {
				uint16_t id = M->cids[cd->ids + (size_t)j];
				M->batch[j] = id;
				M->stamp[id] = M->cand_no;
			}
			try_batch(M, tv, run, cd->pos, cd->word_start, out);
			w = cd->pos + 1;
		}
		if (M->learned && w < b)
			learned_walk(M, tv, run, w, b, out);
		a = b;
	}
}

void matcher_run(struct matcher *M, const struct textview *tv, uint64_t from,
		 uint64_t to, struct recvec *out)
{
	for (size_t k = 0; k < tv->nruns; k++) {
		const struct tv_run *r = &tv->runs[k];
		uint64_t rend = tv_oend(tv, r, r->len);
		if (rend <= from || r->ostart >= to)
			continue;
		size_t a = tv_vindex(tv, r, from);
		size_t b = tv_vindex(tv, r, to);
		if (a < b)
			run_span(M, tv, r, a, b, out);
	}
}
