/* keys: the trigger-key table and the filters learned from PCRE2. */
#include "keys.h"
#include "utf8.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

void idl_add(struct idlist *l, int id)
{
	if (l->n && l->id[l->n - 1] == id)
		return;
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 4;
		l->id = xrealloc(l->id, (size_t)l->cap * sizeof *l->id);
	}
	l->id[l->n++] = (uint16_t)id;
}

/* For a rule reached through a complete short word ("le", "the"), the
 * characters that can come next: adj right after the word (an
 * apostrophe, a digit), next after white space.  Learned lazily, one
 * character at a time as the text shows it, by asking PCRE2 for partial
 * matches of "word" + c and "word " + c. */
struct follow {
	unsigned char adj[32], next[32];             /* may come (where known) */
	unsigned char adj_known[32], next_known[32];
	unsigned char mode;                          /* F_* */
};

enum { F_UNSEEN, F_FILTER, F_OPEN };   /* F_OPEN: never filtered */


/* For a wild rule (its first letters could not be listed): the first
 * two bytes it can start with, learned pair by pair with PCRE2 partial
 * matches as words with those bytes come. */
struct pairs {
	unsigned char bits[128 * 256 / 8], known[128 * 256 / 8];
};


static unsigned key_hash(const struct trig_key *k)
{
	return hash_bytes(k->s, k->len) * 31u + k->state;
}

/* The slot of key k, or NULL; with create, a new slot when absent. */
static struct keyslot *key_slot(const struct keytab *t, const struct trig_key *k, int create)
{
	size_t mask = t->n - 1;
	unsigned h = key_hash(k);
	uint32_t tag = h | 1;
	for (size_t i = h & mask;; i = (i + 1) & mask) {
		uint32_t g = t->tags[i];
		if (!g) {
			if (!create)
				return NULL;
			struct keyslot *s = &t->slots[i];
			t->tags[i] = tag;
			s->key = *k;
			return s;
		}
		if (g != tag)
			continue;
		struct keyslot *s = &t->slots[i];
		if (s->key.state == k->state && s->key.len == k->len &&
		    memcmp(s->key.s, k->s, k->len) == 0)
			return s;
	}
}

void keytab_init(struct keytab *t, size_t nkeys)
{
	memset(t->pairs, 0, sizeof t->pairs);
	t->open_lens = 0;
	t->n = 64;
	while (t->n < nkeys * 2)
		t->n *= 2;
	t->slots = xcalloc(t->n, sizeof *t->slots);
	t->tags = xcalloc(t->n, sizeof *t->tags);
}

void keytab_free(struct keytab *t)
{
	for (size_t i = 0; i < t->n; i++) {
		free(t->slots[i].rules.id);
		free(t->slots[i].follow);
	}
	free(t->slots);
	free(t->tags);
	t->slots = NULL;
	t->tags = NULL;
}

struct keyslot *keytab_find(const struct keytab *t, const struct trig_key *k)
{
	return key_slot(t, k, 0);
}

struct keyslot *keytab_add(struct keytab *t, const struct trig_key *k, int id)
{
	struct keyslot *s = key_slot(t, k, 1);
	if (id >= 0)
		idl_add(&s->rules, id);
	if (k->state == TRIG_OPEN)
		t->open_lens |= 1u << k->nlet;
	if (k->len == 1 && k->state == TRIG_OPEN) {
		for (int b = 0; b < 256; b++)
			t->pairs[(k->s[0] << 8 | b) / 8] |= (unsigned char)(1u << (b % 8));
	} else {
		unsigned pr = (unsigned)k->s[0] << 8 | (k->len > 1 ? k->s[1] : 0);
		t->pairs[pr / 8] |= (unsigned char)(1u << (pr % 8));
	}
	return s;
}

static void set_bit(unsigned char *bm, unsigned c)
{
	bm[c / 8] |= (unsigned char)(1u << (c % 8));
}

static int has_bit(const unsigned char *bm, unsigned c)
{
	return (bm[c / 8] >> (c % 8)) & 1;
}

/* The key word of slot s as text may write it: lower case, capitalized,
 * upper case; returns how many forms. */
static int word_forms(const struct keyslot *s, unsigned char v[3][TRIG_KEYBYTES + 8])
{
	size_t n = s->key.len;
	for (int k = 0; k < 3; k++)
		memcpy(v[k], s->key.s, n);
	if (s->key.s[0] >= 0x80)
		return 1;
	v[1][0] = (unsigned char)(v[1][0] & ~0x20);
	for (size_t i = 0; i < n; i++)
		v[2][i] = v[2][i] < 0x80 ? (unsigned char)(v[2][i] & ~0x20) : v[2][i];
	return 3;
}

/* Can printable ASCII c (as written: a capital is not its small letter)
 * come after the word of slot s, for rule r: right after it (adj) or
 * after white space?  Records the answer. */
static int probe_follow(struct probe *pb, const struct keyslot *s, struct rule *r,
			struct follow *f, unsigned c, int after_space)
{
	unsigned char v[3][TRIG_KEYBYTES + 8], b[TRIG_KEYBYTES + 8];
	int nv = word_forms(s, v);
	size_t n = s->key.len;
	int letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z', ok = 0;
	for (int j = 0; j < nv && !ok; j++) {
		memcpy(b, v[j], n);
		if (after_space) {
			b[n] = ' ';
			b[n + 1] = (unsigned char)c;
			ok = probe_may(pb, r, b, n + 2);
		} else if (!letter) {
			b[n] = (unsigned char)c;
			ok = probe_may(pb, r, b, n + 1);
		}
	}
	set_bit(after_space ? f->next_known : f->adj_known, c);
	if (ok)
		set_bit(after_space ? f->next : f->adj, c);
	return ok;
}

/* First look at rule r after the word of slot s: filter, unless no
 * character at all can follow (the probes tell nothing then).  Stops at
 * the first character that can, most likely ones first. */
static int follow_mode(struct probe *pb, const struct keyslot *s, struct rule *r,
		       struct follow *f)
{
	for (unsigned c = 'a'; c <= 'z'; c++)
		if (probe_follow(pb, s, r, f, c, 1))
			return F_FILTER;
	for (unsigned c = 0x21; c < 0x7F; c++) {
		if ((c < 'a' || c > 'z') && probe_follow(pb, s, r, f, c, 1))
			return F_FILTER;
		if (probe_follow(pb, s, r, f, c, 0))
			return F_FILTER;
	}
	return F_OPEN;
}

/* May character c (as written; 0x80 and above for any non-ASCII) come after
 * the word of slot s for its k-th rule, r? */
int follow_ok(struct probe *pb, struct keyslot *s, int k, struct rule *r,
		     unsigned c, int after_space)
{
	if (c >= 0x80)
		return 1;          /* non-ASCII characters are never filtered */
	if (!s->follow)
		s->follow = xcalloc((size_t)s->rules.n, sizeof *s->follow);
	struct follow *f = &s->follow[k];
	if (f->mode == F_UNSEEN)
		f->mode = (unsigned char)follow_mode(pb, s, r, f);
	if (f->mode == F_OPEN)
		return 1;
	if (c < 0x21 || c == 0x7F)
		return 0;          /* controls: never probed, never a start */
	if (!has_bit(after_space ? f->next_known : f->adj_known, c))
		return probe_follow(pb, s, r, f, c, after_space);
	return has_bit(after_space ? f->next : f->adj, c);
}

/* Can a match of rule r start with bytes c0, c1 (c1 = 0: the text ends
 * after c0)?  Controls other than white space and non-ASCII second bytes
 * are not probed: always allowed.  Answers are learned pair by pair. */
int pair_ok(struct probe *pb, struct rule *r, struct pairs *p, unsigned c0,
		   unsigned c1)
{
	if (c1 >= 0x80 || (c1 >= 1 && c1 < 0x20 && c1 != '\t' && c1 != '\n' && c1 != '\r'))
		return 1;
	unsigned char *bits = p->bits + c0 * 32, *known = p->known + c0 * 32;
	if (has_bit(known, c1))
		return has_bit(bits, c1);
	unsigned char b[2] = {(unsigned char)c0, (unsigned char)c1};
	set_bit(known, c1);
	if (c1 != 0x7F && probe_may(pb, r, b, c1 ? 2 : 1)) {
		set_bit(bits, c1);
		return 1;
	}
	return 0;
}

/* Could a key of a table whose prefilter is pairs start with the word at
 * s (ASCII first letter)?  Looks at the first two bytes, folded, as the
 * keys store them. */
int keytab_maybe(const struct keytab *t, const unsigned char *s, size_t n)
{
	unsigned c0 = s[0] | 0x20, c1 = 0;
	if (n > 1) {
		unsigned b = s[1];
		if (b < 0x80) {
			if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z')
				c1 = b | 0x20;
		} else {
			int32_t cp;
			utf8_get(s + 1, &cp);
			if (uc_is_letter(cp)) {
				unsigned char enc[4];
				utf8_put(uc_tolower(cp), enc);
				c1 = enc[0];
			}
		}
	}
	unsigned pr = c0 << 8 | c1;
	return t->pairs[pr / 8] & (1u << (pr % 8));
}

/* The number of ASCII letters that start s[0..8), or -1 where a
 * non-ASCII byte ends them early (it may be a letter: the caller decodes).
 * Eight bytes at once, without a branch per letter: word lengths vary too
 * much for the byte loop's exit to be predicted. */
static int ascii_letters8(const unsigned char *s)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	const uint64_t ones = 0x0101010101010101ull, high = ones * 0x80;
	uint64_t v;
	memcpy(&v, s, 8);
	uint64_t x = (v | ones * 0x20) & ones * 0x7F;   /* folded, bit 7 clear: no carries */
	uint64_t letter = (x + ones * (0x80 - 'a')) & ~(x + ones * (0x80 - 'z' - 1)) & ~v & high;
	uint64_t stop = ~letter & high;
	int len = stop ? __builtin_ctzll(stop) / 8 : 8;
	if (len < TRIG_K + 1 && len < 8 && (s[len] & 0x80))
		return -1;
	return len;
#else
	(void)s;
	return -1;
#endif
}

/* The key of the letters at s[0..n): folded, its first TRIG_K letters
 * (offs[L]: bytes of the first L), CLOSED for a shorter word, else SAT.
 * Returns the number of letters (counting at most TRIG_K + 1) and sets
 * *end past them. */
int word_key(const unsigned char *s, size_t n, struct trig_key *k,
	     unsigned char offs[TRIG_K + 1], size_t *end)
{
	int nlet = 0;
	size_t i = 0;
	memset(k, 0, sizeof *k);
	offs[0] = 0;
	int fast = n >= 8 ? ascii_letters8(s) : -1;
	if (fast >= 0) {
		nlet = fast < TRIG_K + 1 ? fast : TRIG_K + 1;
		int kl = nlet < TRIG_K ? nlet : TRIG_K;
		for (int j = 0; j < kl; j++) {
			k->s[j] = (unsigned char)(s[j] | 0x20);
			offs[j + 1] = (unsigned char)(j + 1);
		}
		k->len = (unsigned char)kl;
		k->nlet = (unsigned char)kl;
		k->state = nlet < TRIG_K ? TRIG_CLOSED : TRIG_SAT;
		*end = (size_t)nlet;
		return nlet;
	}
	while (i < n && nlet <= TRIG_K) {
		unsigned c = s[i];
		int32_t cp;
		int len;
		if (c < 0x80) {
			if ((c | 0x20) < 'a' || (c | 0x20) > 'z')
				break;
			cp = (int32_t)(c | 0x20);
			len = 1;
		} else {
			len = utf8_get(s + i, &cp);
			if (i + (size_t)len > n || !uc_is_letter(cp))
				break;
			cp = uc_tolower(cp);
		}
		if (nlet < TRIG_K) {
			if (cp < 0x80)
				k->s[k->len++] = (unsigned char)cp;
			else
				k->len += (unsigned char)utf8_put(cp, k->s + k->len);
			offs[nlet + 1] = k->len;
		}
		nlet++;
		i += (size_t)len;
	}
	k->nlet = (unsigned char)(nlet < TRIG_K ? nlet : TRIG_K);
	k->state = nlet < TRIG_K ? TRIG_CLOSED : TRIG_SAT;
	*end = i;
	return nlet;
}

/* The open key made of the first L letters of key k. */
void open_prefix(const struct trig_key *k, const unsigned char *offs, int L, struct trig_key *p)
{
	memset(p, 0, sizeof *p);
	memcpy(p->s, k->s, offs[L]);
	p->len = offs[L];
	p->nlet = (unsigned char)L;
	p->state = TRIG_OPEN;
}

struct pairs *pairs_new(void)
{
	return xcalloc(1, sizeof(struct pairs));
}
