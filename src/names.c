/* names: hashed-transition trie over folded phrases. */
#include "names.h"
#include "cache.h"
#include "utf8.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

/* A transition is one 64-bit slot: (node << 8 | byte) + 1 in the high
 * half, the child node in the low half; 0 is an empty slot.  The child's
 * top bit says that an entry ends there: the walk reads term[] only then
 * (a cache miss spared at almost every byte).
 *
 * A transition's home slot is twice its node number: nodes are numbered
 * as they are added, so the rest of a name past its last shared prefix
 * is a run of consecutive nodes whose transitions share cache lines, and
 * the walk takes one miss per few bytes instead of one per byte.  Nodes
 * with many children (the root, "banque ") spill over their neighbours'
 * homes; Robin Hood probing keeps every transition close to its home and
 * lets a search for a missing one stop at the first slot whose
 * transition is nearer to its own home than the search is to its. */
#define MAX_NODES ((1u << 24) - 1)
#define NODE_MASK 0xFFFFFFu
#define ENDS_HERE (1u << 31)

/* The high half of the slot of the transition from node on byte b. */
static uint32_t edge_key(uint32_t node, unsigned char b)
{
	return (node << 8 | b) + 1;
}

static size_t home_of(const struct names *n, uint32_t key)
{
	return (size_t)((key - 1) >> 7) & (n->nslots - 1);
}

static size_t dist(const struct names *n, size_t i)
{
	return (i - home_of(n, (uint32_t)(n->slots[i] >> 32))) & (n->nslots - 1);
}

/* The slot of the transition from node on byte b, or (size_t)-1. */
static size_t find_edge(const struct names *n, uint32_t node, unsigned char b)
{
	uint32_t key = edge_key(node, b);
	size_t mask = n->nslots - 1;
	size_t i = home_of(n, key);
	for (size_t d = 0; n->slots[i]; d++, i = (i + 1) & mask) {
		if ((uint32_t)(n->slots[i] >> 32) == key)
			return i;
		if (dist(n, i) < d)
			break;
	}
	return (size_t)-1;
}

/* The child of node on byte b, with its ENDS_HERE flag; 0 if none. */
static uint32_t step(const struct names *n, uint32_t node, unsigned char b)
{
	size_t i = find_edge(n, node, b);
	return i == (size_t)-1 ? 0 : (uint32_t)n->slots[i];
}

/* Place slot value v (not present), displacing nearer-to-home ones. */
static void place(struct names *n, uint64_t v)
{
	size_t mask = n->nslots - 1;
	size_t i = home_of(n, (uint32_t)(v >> 32));
	for (size_t d = 0;; d++, i = (i + 1) & mask) {
		if (!n->slots[i]) {
			n->slots[i] = v;
			return;
		}
		size_t e = dist(n, i);
		if (e < d) {
			uint64_t t = n->slots[i];
			n->slots[i] = v;
			v = t;
			d = e;
		}
	}
}

static void grow_edges(struct names *n)
{
	size_t old = n->nslots;
	uint64_t *slots = n->slots;
	n->nslots = old ? old * 2 : 64;
	n->slots = xcalloc(n->nslots, sizeof *n->slots);
	for (size_t i = 0; i < old; i++)
		if (slots[i])
			place(n, slots[i]);
	free(slots);
}

static uint32_t add_step(struct names *n, uint32_t node, unsigned char b)
{
	size_t i = find_edge(n, node, b);
	if (i != (size_t)-1)
		return (uint32_t)n->slots[i] & NODE_MASK;
	if ((n->nedges + 1) * 2 > n->nslots)
		grow_edges(n);
	if (n->nnodes == MAX_NODES)
		die("a names list is too large (over %u trie nodes); split it", MAX_NODES);
	if (n->nnodes == n->capnodes) {
		n->capnodes *= 2;
		n->term = xrealloc(n->term, n->capnodes * sizeof *n->term);
	}
	place(n, (uint64_t)edge_key(node, b) << 32 | n->nnodes);
	n->nedges++;
	n->term[n->nnodes] = -1;
	return n->nnodes++;
}

/* A trie whose Bloom filter has about bits bits (a power of two is used). */
static struct names *new_sized(size_t bits)
{
	struct names *n = xcalloc(1, sizeof *n);
	n->capnodes = 64;
	n->term = xmalloc(n->capnodes * sizeof *n->term);
	n->term[0] = -1;
	n->nnodes = 1;
	size_t words = 8;
	while (words * 64 < bits && words * 64 < NAMES_BLOOM_BITS)
		words *= 2;
	n->bloom = xcalloc(words, sizeof *n->bloom);
	n->bloom_mask = words - 1;
	grow_edges(n);
	return n;
}

struct names *names_new(void)
{
	return new_sized(NAMES_BLOOM_BITS);
}

static int is_space(int32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v';
}

/* For the case policy, an apostrophe starts a word too: the capital of
 * "L'Équipe" is part of the name, which "L'équipe" (the team) is not. */
static int is_apos(int32_t cp)
{
	return cp == '\'' || cp == 0x2019;
}

static uint64_t fnv_step(uint64_t h, unsigned char b)
{
	return (h ^ b) * 0x100000001B3ull;
}

#define FNV_INIT 0xCBF29CE484222325ull

/* Blocked: both bits of a word in one 64-bit word, so that a lookup
 * touches one cache line (two lines per lookup, for every capitalized word
 * and every list, were a quarter of names_match's time). */
static uint64_t bloom_bits(uint64_t h)
{
	return 1ull << ((h >> 32) & 63) | 1ull << ((h >> 48) & 63);
}

static void bloom_set(struct names *n, uint64_t h)
{
	n->bloom[h & n->bloom_mask] |= bloom_bits(h);
}

static int bloom_has(const struct names *n, uint64_t h)
{
	uint64_t b = bloom_bits(h);
	return (n->bloom[h & n->bloom_mask] & b) == b;
}

/* Add a folded key for entry e. */
static void add_key(struct names *n, const unsigned char *key, size_t len, uint32_t e)
{
	uint32_t node = 0, parent = 0;
	for (size_t k = 0; k < len; k++) {
		parent = node;
		node = add_step(n, node, key[k]);
	}
	if (n->term[node] < 0) {
		n->term[node] = (int32_t)e;
		n->slots[find_edge(n, parent, key[len - 1])] |= ENDS_HERE;
	}
	n->first[key[0] / 8] |= (unsigned char)(1u << (key[0] % 8));
	/* By the case policy only a name written with a small first letter
	 * ("eBay") can match a text that starts with one: remember which
	 * first bytes those have, to turn most words away at once. */
	for (unsigned c1 = len > 1 ? key[1] : 0; c1 < 256; c1++) {
		unsigned p2 = (unsigned)key[0] << 8 | c1;
		n->pre2[p2 / 64] |= 1ull << (p2 % 64);
		if (n->flags[e] & NM_LOWER_FIRST)
			n->lowpre[p2 / 64] |= 1ull << (p2 % 64);
		if (len > 1)
			break;   /* a one-byte key: any next byte */
	}
	if (n->flags[e] & NM_LOWER_FIRST)
		n->lowfirst[key[0] / 8] |= (unsigned char)(1u << (key[0] % 8));
	uint64_t h = FNV_INIT;
	for (size_t k = 0; k < len && key[k] != ' '; k++)
		h = fnv_step(h, key[k]);
	bloom_set(n, h);
}

static uint32_t new_entry(struct names *n, const char *surface, size_t slen,
			  const char *value, const void *owner)
{
	if (n->nentries == n->capentries) {
		n->capentries = n->capentries ? n->capentries * 2 : 64;
		n->values = xrealloc(n->values, n->capentries * sizeof *n->values);
		n->owners = xrealloc(n->owners, n->capentries * sizeof *n->owners);
		n->flags = xrealloc(n->flags, n->capentries * sizeof *n->flags);
		n->caps = xrealloc(n->caps, n->capentries * sizeof *n->caps);
	}
	uint32_t e = n->nentries++;
	n->values[e] = value;
	n->owners[e] = owner;
	uint8_t f = 0;
	uint32_t caps = 0;
	int lower = 0, word = 0, seen = 0;   /* seen: word's first letter read */
	int prevlower = 0;
	size_t i = 0;
	while (i < slen) {
		int32_t cp;
		int len = utf8_decode((const unsigned char *)surface + i, slen - i, &cp);
		if (len <= 0)
			break;
		if (is_space(cp) || is_apos(cp)) {
			if (seen || i == 0)
				word++;
			seen = 0;
			prevlower = 0;
		} else if (uc_is_letter(cp)) {
			int up = uc_is_upper(cp);
			if (!up) {
				lower = 1;
				if (i == 0)
					f |= NM_LOWER_FIRST;
			}
			if (!seen && up && word < 32)
				caps |= 1u << word;
			if (up && prevlower)
				f |= NM_MIXED;
			prevlower = !up;
			seen = 1;
		} else {
			prevlower = 0;
		}
		i += (size_t)len;
	}
	if (!lower)
		f |= NM_ACRONYM;
	n->flags[e] = f;
	n->caps[e] = caps;
	return e;
}

struct names *names_build(const struct list *l)
{
	const struct names_image *im = cache_trie(l);
	return im ? names_from_image(im, l) : names_build_now(l);
}

struct names *names_from_image(const struct names_image *im, const struct list *l)
{
	struct names *n = xcalloc(1, sizeof *n);
	n->image = 1;
	/* The arrays are only read: the casts drop a const that the
	 * struct, shared with tries that grow, cannot carry. */
	n->slots = (uint64_t *)im->slots;
	n->nslots = im->nslots;
	n->nedges = im->nedges;
	n->term = (int32_t *)im->term;
	n->nnodes = n->capnodes = im->nnodes;
	n->flags = (uint8_t *)im->flags;
	n->caps = (uint32_t *)im->caps;
	n->nentries = n->capentries = im->nentries;
	n->bloom = (uint64_t *)im->bloom;
	n->bloom_mask = im->bloom_mask;
	memcpy(n->first, im->first, sizeof n->first);
	memcpy(n->lowfirst, im->lowfirst, sizeof n->lowfirst);
	memcpy(n->lowpre, im->lowpre, sizeof n->lowpre);
	memcpy(n->pre2, im->pre2, sizeof n->pre2);
	/* Entry i is the list's entry i, as names_build_now makes it. */
	n->values = xmalloc(l->n * sizeof *n->values);
	n->owners = xmalloc(l->n * sizeof *n->owners);
	for (size_t i = 0; i < l->n; i++) {
		n->values[i] = l->e[i].value;
		n->owners[i] = l;
	}
	return n;
}

struct names *names_build_now(const struct list *l)
{
	/* Eight bits per entry: a few percent of false positives, and the
	 * filters of small lists stay a few cache lines. */
	struct names *n = new_sized(l->n * 8);
	/* Room for the transitions at once (about 0.6 of the key bytes, in
	 * practice), instead of growing through every power of two. */
	size_t bytes = 0;
	for (size_t i = 0; i < l->n; i++)
		bytes += l->e[i].keylen;
	while (n->nslots < bytes * 6 / 10 * 2)
		grow_edges(n);
	for (size_t i = 0; i < l->n; i++) {
		const struct list_entry *e = &l->e[i];
		uint32_t id = new_entry(n, e->surface, strlen(e->surface), e->value, l);
		add_key(n, (const unsigned char *)e->key, e->keylen, id);
	}
	return n;
}

int names_add(struct names *t, const char *s, size_t n, const char *value, const void *owner)
{
	unsigned char key[256];
	size_t k = utf8_fold((const unsigned char *)s, n, key, sizeof key);
	if (k == (size_t)-1 || k == 0)
		return -1;
	uint32_t e = new_entry(t, s, n, value, owner);
	add_key(t, key, k, e);
	return 0;
}

void names_free(struct names *n)
{
	if (!n)
		return;
	if (n->image) {
		free(n->values);
		free(n->owners);
		free(n);
		return;
	}
	free(n->slots);
	free(n->term);
	free(n->flags);
	free(n->caps);
	free(n->bloom);
	free(n->values);
	free(n->owners);
	free(n);
}

static int is_wordc(int32_t cp)
{
	return uc_is_letter(cp) || uc_is_digit(cp) || uc_is_mark(cp);
}

/* Does the text s[0..len) respect the case policy of entry e (names.h)? */
static int case_ok(const struct names *n, int e, const unsigned char *s, size_t len)
{
	uint8_t f = n->flags[e];
	uint32_t caps = n->caps[e], tcaps = 0;
	int anylower = 0, firstlower = 0, word = 0, seen = 0, first = 1;
	size_t i = 0;
	while (i < len) {
		int32_t cp;
		i += (size_t)utf8_get(s + i, &cp);
		if (is_space(cp) || is_apos(cp)) {
			if (seen)
				word++;
			seen = 0;
			continue;
		}
		if (!uc_is_letter(cp))
			continue;
		int up = uc_is_upper(cp);
		if (!up) {
			if (f & NM_ACRONYM)
				return 0;
			anylower = 1;
			if (first)
				firstlower = 1;
		}
		if (!seen && up && word < 32)
			tcaps |= 1u << word;
		seen = 1;
		first = 0;
	}
	if (f & NM_ACRONYM)
		return 1;
	if (firstlower != !!(f & NM_LOWER_FIRST))
		return 0;
	if (!anylower)
		return !(f & NM_MIXED);   /* all capitals: a headline */
	return (caps & tcaps) == caps;
}

/* Is the character at s[0..] (n > 0 bytes) a word character?  ASCII first. */
static int wordc_at(const unsigned char *s)
{
	unsigned c = s[0];
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	int32_t cp;
	utf8_get(s, &cp);
	return is_wordc(cp);
}

/* Fold the character at s[0..] into buf (lower case, ’ as '): returns its
 * folded length, sets *cl to its input length and *cp to it. */
static int fold_at(const unsigned char *s, int *cl, int32_t *cpo, unsigned char *buf)
{
	unsigned c = s[0];
	if (c < 0x80) {
		*cl = 1;
		*cpo = (int32_t)c;
		buf[0] = (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		return 1;
	}
	int32_t cp;
	*cl = utf8_get(s, &cp);
	*cpo = cp;
	if (cp == 0x2019)
		cp = '\'';
	return utf8_put(uc_tolower(cp), buf);
}

/* Does a name end at s[i] (s runs to len)?  At a character that is not
 * a word character, unless a hyphen joins a name in capitals to it: "HP"
 * is not the company in "HP-UX" (but is in "HP-backed"). */
static int ends_word(const unsigned char *s, size_t i, size_t len)
{
	if (i == len)
		return 1;
	if (wordc_at(s + i))
		return 0;
	return !(s[i] == '-' && i + 1 < len && s[i + 1] >= 'A' && s[i + 1] <= 'Z');
}

int names_match(const struct names *n, const unsigned char *s, size_t len, size_t *mlen)
{
	uint32_t node = 0;
	size_t i = 0;
	/* Candidates found on the way: (entry, length), longest last. */
	int ents[32];
	size_t lens[32];
	int nc = 0;

	if (!len)
		return -1;
	if (s[0] < 0x80) {
		unsigned c = s[0] >= 'A' && s[0] <= 'Z' ? s[0] + 32u : s[0];
		if (!(n->first[c / 8] & (1u << (c % 8))))
			return -1;
		if (s[0] >= 'a' && s[0] <= 'z' && !(n->lowfirst[c / 8] & (1u << (c % 8))))
			return -1;   /* a small first letter: only "eBay"-like names */
		if (len > 1 && s[1] < 0x80) {
			/* the first two bytes must start some entry */
			unsigned c1 = s[1] >= 'A' && s[1] <= 'Z' ? s[1] + 32u : s[1];
			if (c1 == '\t' || c1 == '\n' || c1 == '\r' || c1 == '\f' || c1 == '\v')
				c1 = ' ';
			unsigned p2 = c << 8 | c1;
			const uint64_t *bm = s[0] >= 'a' && s[0] <= 'z' ? n->lowpre : n->pre2;
			if (!(bm[p2 / 64] >> (p2 % 64) & 1))
				return -1;
		}
	} else {
		int32_t cp;
		utf8_get(s, &cp);
		if (uc_is_letter(cp) && !uc_is_upper(cp)) {
			unsigned char b[4];
			utf8_put(cp, b);
			if (!(n->lowfirst[b[0] / 8] & (1u << (b[0] % 8))))
				return -1;
		}
	}
	/* Is some prefix of the first word, ending before a non-word
	 * character, the first word of an entry? */
	{
		uint64_t h = FNV_INIT;
		int hit = 0;
		size_t j = 0;
		while (j < len) {
			int32_t cp;
			int cl;
			unsigned char b[4];
			int bl = fold_at(s + j, &cl, &cp, b);
			if (is_space(cp))
				break;
			for (int k = 0; k < bl; k++)
				h = fnv_step(h, b[k]);
			j += (size_t)cl;
			if ((j == len || !wordc_at(s + j)) && bloom_has(n, h)) {
				hit = 1;
				break;
			}
		}
		if (!hit)
			return -1;
	}
	while (i < len) {
		int32_t cp;
		int cl;
		unsigned char buf[4];
		int bl = fold_at(s + i, &cl, &cp, buf);
		size_t next;
		if (is_space(cp)) {
			next = i;
			while (next < len && is_space(s[next]))
				next++;
			buf[0] = ' ';
			bl = 1;
		} else {
			next = i + (size_t)cl;
		}
		uint32_t c = 0;
		for (int k = 0; k < bl && node != 0u - 1; k++) {
			c = step(n, node, buf[k]);
			node = c ? c & NODE_MASK : 0u - 1;
		}
		if (node == 0u - 1)
			break;
		i = next;
		if (c & ENDS_HERE) {
			if (ends_word(s, i, len) && !is_space(cp)) {
				if (nc == 32) {
					memmove(ents, ents + 1, sizeof ents - sizeof ents[0]);
					memmove(lens, lens + 1, sizeof lens - sizeof lens[0]);
					nc--;
				}
				ents[nc] = n->term[node];
				lens[nc] = i;
				nc++;
			}
		}
	}
	while (nc-- > 0) {
		if (case_ok(n, ents[nc], s, lens[nc])) {
			*mlen = lens[nc];
			return ents[nc];
		}
	}
	return -1;
}
