/* trigger: first-word analysis of a regex (see trigger.h). */
#include "trigger.h"
#include "utf8.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

/* A set of partial first words under construction. */
struct kset {
	struct trig_key *k;
	size_t n, cap;
	uint32_t *slots;  /* hash index into k (index + 1), 2 * cap slots */
	int wild;
	int overflow;
	int boundary;     /* zero-width "no word character follows" (\b) */
};

static void ks_free(struct kset *s)
{
	free(s->k);
	free(s->slots);
	memset(s, 0, sizeof *s);
}

static size_t key_hash(const struct trig_key *k)
{
	return (hash_bytes(k->s, k->len) * 31u + k->state) * 2654435761u;
}

static void ks_reindex(struct kset *s)
{
	free(s->slots);
	s->slots = xcalloc(s->cap * 2, sizeof *s->slots);
	for (size_t i = 0; i < s->n; i++) {
		size_t j = key_hash(&s->k[i]) & (s->cap * 2 - 1);
		while (s->slots[j])
			j = (j + 1) & (s->cap * 2 - 1);
		s->slots[j] = (uint32_t)i + 1;
	}
}

static void ks_add(struct kset *s, const struct trig_key *key)
{
	if (s->cap) {
		size_t mask = s->cap * 2 - 1;
		for (size_t j = key_hash(key) & mask; s->slots[j]; j = (j + 1) & mask) {
			const struct trig_key *o = &s->k[s->slots[j] - 1];
			if (o->state == key->state && o->len == key->len &&
			    memcmp(o->s, key->s, key->len) == 0)
				return;
		}
	}
	if (s->n >= TRIG_MAXKEYS) {
		s->overflow = 1;
		return;
	}
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 8;
		s->k = xrealloc(s->k, s->cap * sizeof *s->k);
		ks_reindex(s);
	}
	s->k[s->n] = *key;
	size_t mask = s->cap * 2 - 1, j = key_hash(key) & mask;
	while (s->slots[j])
		j = (j + 1) & mask;
	s->slots[j] = (uint32_t)++s->n;
}

static void ks_union(struct kset *a, const struct kset *b)
{
	for (size_t i = 0; i < b->n; i++)
		ks_add(a, &b->k[i]);
	a->wild |= b->wild;
	a->overflow |= b->overflow;
}

static struct kset ks_epsilon(void)
{
	struct kset s = {0};
	struct trig_key e = {.state = TRIG_NF};
	ks_add(&s, &e);
	return s;
}

/* a . b, where each key of a that is still growing takes every key of b. */
static struct kset ks_concat(const struct kset *a, const struct kset *b)
{
	struct kset r = {0};
	if (b->boundary) {
		/* After letters, a word boundary ends the word: the key is
		 * closed.  Before any letter it says nothing. */
		for (size_t i = 0; i < a->n; i++) {
			struct trig_key x = a->k[i];
			if (x.state == TRIG_NF && x.nlet > 0)
				x.state = TRIG_CLOSED;
			ks_add(&r, &x);
		}
		r.wild = a->wild;
		r.overflow = a->overflow;
		return r;
	}
	r.wild = a->wild;
	r.overflow = a->overflow || b->overflow;
	for (size_t i = 0; i < a->n && !r.overflow; i++) {
		const struct trig_key *x = &a->k[i];
		if (x->state != TRIG_NF) {
			ks_add(&r, x);
			continue;
		}
		if (b->wild) {
			if (x->nlet == 0) {
				r.wild = 1;
			} else {
				struct trig_key o = *x;
				o.state = TRIG_OPEN;
				ks_add(&r, &o);
			}
		}
		for (size_t j = 0; j < b->n; j++) {
			const struct trig_key *y = &b->k[j];
			struct trig_key z = *x;
			const unsigned char *p = y->s;
			int sat = 0;
			for (int l = 0; l < y->nlet; l++) {
				int32_t cp;
				int n = utf8_get(p, &cp);
				if (z.nlet == TRIG_K) {
					sat = 1;
					break;
				}
				memcpy(z.s + z.len, p, (size_t)n);
				z.len += (unsigned char)n;
				z.nlet++;
				p += n;
			}
			if (sat || z.nlet == TRIG_K)
				z.state = TRIG_SAT;
			else
				z.state = y->state;
			ks_add(&r, &z);
		}
	}
	return r;
}

/* One code point as a set: a letter key, or "a non-letter comes here". */
static struct kset ks_char(int32_t cp)
{
	struct kset s = {0};
	struct trig_key k = {0};
	if (uc_is_letter(cp)) {
		k.len = (unsigned char)utf8_put(uc_tolower(cp), k.s);
		k.nlet = 1;
		k.state = TRIG_NF;
	} else {
		k.state = TRIG_CLOSED;
	}
	ks_add(&s, &k);
	return s;
}

static struct kset ks_boundary(void)
{
	struct kset s = {0};
	s.boundary = 1;
	return s;
}

static struct kset ks_wild(void)
{
	struct kset s = {0};
	s.wild = 1;
	return s;
}

struct parser {
	const char *p, *end;
};

static struct kset parse_alt(struct parser *ps);

static int32_t next_cp(struct parser *ps)
{
	int32_t cp;
	int n = utf8_decode((const unsigned char *)ps->p, (size_t)(ps->end - ps->p), &cp);
	if (n <= 0) {
		ps->p++;
		return -1;
	}
	ps->p += n;
	return cp;
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9') return c - '0';
	if (c >= 'a' && c <= 'f') return c - 'a' + 10;
	if (c >= 'A' && c <= 'F') return c - 'A' + 10;
	return -1;
}

/* \x{HHHH} or \xHH after the 'x'; -1 if malformed. */
static int32_t parse_hex(struct parser *ps)
{
	int32_t v = 0;
	if (ps->p < ps->end && *ps->p == '{') {
		ps->p++;
		while (ps->p < ps->end && *ps->p != '}') {
			int h = hexval(*ps->p++);
			if (h < 0)
				return -1;
			v = v * 16 + h;
			if (v > 0x10FFFF)
				return -1;
		}
		if (ps->p < ps->end)
			ps->p++;
		return v;
	}
	for (int i = 0; i < 2 && ps->p < ps->end && hexval(*ps->p) >= 0; i++)
		v = v * 16 + hexval(*ps->p++);
	return v;
}

/* Skip {...} after \p, \g, \k, \N and the like. */
static void skip_braces(struct parser *ps)
{
	if (ps->p < ps->end && *ps->p == '{') {
		while (ps->p < ps->end && *ps->p != '}')
			ps->p++;
		if (ps->p < ps->end)
			ps->p++;
	} else if (ps->p < ps->end) {
		ps->p++;
	}
}

/* Kinds of escapes. */
enum { E_CHAR, E_NONLETTER, E_WILD, E_EMPTY, E_BOUNDARY };

static int parse_escape(struct parser *ps, int32_t *cp)
{
	if (ps->p >= ps->end)
		return E_WILD;
	char c = *ps->p++;
	switch (c) {
	case 'd': case 's': case 'h': case 'v': case 'R': case 'n':
	case 't': case 'r': case 'f': case 'e': case 'a':
		return E_NONLETTER;
	case 'b':
		return E_BOUNDARY;
	case 'B': case 'A': case 'z': case 'Z': case 'G': case 'K':
		return E_EMPTY;
	case 'x':
		*cp = parse_hex(ps);
		return *cp < 0 ? E_WILD : E_CHAR;
	case 'p': case 'P': case 'g': case 'k': case 'N':
		skip_braces(ps);
		return E_WILD;
	default:
		if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
			return E_WILD;      /* back references, \w, \S, \X... */
		ps->p--;
		*cp = next_cp(ps);
		return *cp < 0 ? E_WILD : E_CHAR;
	}
}

/* [...]: a small set of letters and/or "non-letter", else wild. */
static struct kset parse_class(struct parser *ps)
{
	struct kset r = {0};
	int wild = 0, first = 1;
	int32_t letters[17];
	int nletters = 0, nonletter = 0;

	if (ps->p < ps->end && *ps->p == '^') {
		wild = 1;
		ps->p++;
	}
	while (ps->p < ps->end && (*ps->p != ']' || first)) {
		first = 0;
		int32_t lo, hi;
		if (*ps->p == '[' && ps->p + 1 < ps->end && ps->p[1] == ':') {
			const char *q = strstr(ps->p, ":]");
			ps->p = q && q < ps->end ? q + 2 : ps->end;
			wild = 1;
			continue;
		}
		if (*ps->p == '\\') {
			ps->p++;
			int k = parse_escape(ps, &lo);
			if (k == E_NONLETTER) {
				nonletter = 1;
				continue;
			}
			if (k != E_CHAR) {
				wild = 1;
				continue;
			}
		} else {
			lo = next_cp(ps);
		}
		hi = lo;
		if (ps->p + 1 < ps->end && *ps->p == '-' && ps->p[1] != ']') {
			ps->p++;
			if (*ps->p == '\\') {
				ps->p++;
				if (parse_escape(ps, &hi) != E_CHAR)
					wild = 1;
			} else {
				hi = next_cp(ps);
			}
		}
		if (lo < 0 || hi < lo || hi - lo > 64) {
			wild = 1;
			continue;
		}
		for (int32_t c = lo; c <= hi; c++) {
			if (!uc_is_letter(c)) {
				nonletter = 1;
				continue;
			}
			int32_t f = uc_tolower(c);
			int seen = 0;
			for (int i = 0; i < nletters; i++)
				seen |= letters[i] == f;
			if (!seen) {
				if (nletters == 16)
					wild = 1;
				else
					letters[nletters++] = f;
			}
		}
	}
	if (ps->p < ps->end)
		ps->p++;    /* ']' */
	if (wild)
		return ks_wild();
	for (int i = 0; i < nletters; i++) {
		struct kset c = ks_char(letters[i]);
		ks_union(&r, &c);
		ks_free(&c);
	}
	if (nonletter) {
		struct kset c = ks_char('0');
		ks_union(&r, &c);
		ks_free(&c);
	}
	return r;
}

/* (...) in all its forms; ps->p is just past '('. */
static struct kset parse_group(struct parser *ps)
{
	int zero_width = 0;
	if (ps->p < ps->end && *ps->p == '?') {
		ps->p++;
		char c = ps->p < ps->end ? *ps->p : 0;
		if (c == ':' || c == '>' || c == '|') {
			ps->p++;
		} else if (c == '=' || c == '!') {
			ps->p++;
			zero_width = 1;
			if (c == '!') {
				static const char *const wordy[] = {"\\w", "[\\w", "\\p{L", "[\\p{L", "\\pL"};
				for (size_t i = 0; i < sizeof wordy / sizeof wordy[0]; i++)
					if ((size_t)(ps->end - ps->p) >= strlen(wordy[i]) &&
					    strncmp(ps->p, wordy[i], strlen(wordy[i])) == 0)
						zero_width = 2;
			}
		} else if (c == '<' && ps->p + 1 < ps->end && (ps->p[1] == '=' || ps->p[1] == '!')) {
			ps->p += 2;
			zero_width = 1;
		} else if (c == '<' || c == '\'' || c == 'P') {
			/* named group: skip the name */
			char close = c == '\'' ? '\'' : '>';
			if (c == 'P')
				ps->p++;
			while (ps->p < ps->end && *ps->p != close)
				ps->p++;
			if (ps->p < ps->end)
				ps->p++;
		} else if (c == '#') {
			while (ps->p < ps->end && *ps->p != ')')
				ps->p++;
			if (ps->p < ps->end)
				ps->p++;
			return ks_epsilon();
		} else {
			/* option setting: (?i) alone, or (?i:...) */
			while (ps->p < ps->end && (*ps->p == '-' || *ps->p == '^' ||
			       (*ps->p >= 'a' && *ps->p <= 'z') || (*ps->p >= 'A' && *ps->p <= 'Z'))) {
				if (*ps->p == 'x')
					goto wild;    /* extended syntax: not read here */
				ps->p++;
			}
			if (ps->p < ps->end && *ps->p == ')') {
				ps->p++;
				return ks_epsilon();
			}
			if (ps->p < ps->end && *ps->p == ':') {
				ps->p++;
			} else {
				goto wild;    /* conditionals, callouts, verbs */
			}
		}
	}
	struct kset r = parse_alt(ps);
	if (ps->p < ps->end && *ps->p == ')')
		ps->p++;
	if (zero_width) {
		ks_free(&r);
		return zero_width == 2 ? ks_boundary() : ks_epsilon();
	}
	return r;
wild:
	/* Skip to the matching parenthesis; a ')' in a class or escaped does
	 * not count. */
	for (int depth = 1; ps->p < ps->end && depth > 0;) {
		char d = *ps->p;
		if (d == '\\') {
			ps->p += 2;
		} else if (d == '[') {
			ps->p++;
			struct kset k = parse_class(ps);
			ks_free(&k);
		} else {
			ps->p++;
			depth += d == '(' ? 1 : d == ')' ? -1 : 0;
		}
	}
	if (ps->p > ps->end)
		ps->p = ps->end;
	return ks_wild();
}

/* Quantifier after an atom: returns 1 and sets min/max, or 0. */
static int parse_quant(struct parser *ps, int *min, int *max)
{
	if (ps->p >= ps->end)
		return 0;
	char c = *ps->p;
	if (c == '?') { *min = 0; *max = 1; }
	else if (c == '*') { *min = 0; *max = -1; }
	else if (c == '+') { *min = 1; *max = -1; }
	else if (c == '{') {
		const char *q = ps->p + 1;
		int a = 0, b, digits = 0;
		/* PCRE2 allows at most 65535: a longer count is not read (no
		 * overflow), and the regex will not compile anyway. */
		while (q < ps->end && *q >= '0' && *q <= '9' && a <= 65535) { a = a * 10 + (*q++ - '0'); digits++; }
		if ((!digits && !(q < ps->end && *q == ',')) || a > 65535)
			return 0;
		b = a;
		if (q < ps->end && *q == ',') {
			q++;
			b = -1;
			if (q < ps->end && *q >= '0' && *q <= '9')
				for (b = 0; q < ps->end && *q >= '0' && *q <= '9' && b <= 65535; q++)
					b = b * 10 + (*q - '0');
			if (b > 65535)
				return 0;
		}
		if (q >= ps->end || *q != '}')
			return 0;
		*min = a;
		*max = b;
		ps->p = q;
	} else {
		return 0;
	}
	ps->p++;
	if (ps->p < ps->end && (*ps->p == '?' || *ps->p == '+'))
		ps->p++;
	return 1;
}

static struct kset repeat(const struct kset *x, int min, int max)
{
	/* Up to TRIG_K + 1 copies are enough to fill a key. */
	int copies = max < 0 || max > TRIG_K + 1 ? TRIG_K + 1 : max;
	struct kset r = min == 0 ? ks_epsilon() : (struct kset){0};
	struct kset p = ks_epsilon();
	for (int i = 1; i <= copies; i++) {
		struct kset q = ks_concat(&p, x);
		ks_free(&p);
		p = q;
		if (i >= (min > 0 ? min : 1))
			ks_union(&r, &p);
		if (p.overflow)
			break;
	}
	ks_free(&p);
	return r;
}

/* Step over one atom and its quantifiers without reading its meaning. */
static void skip_atom(struct parser *ps)
{
	char c = *ps->p;
	if (c == '(') {
		int depth = 0;
		while (ps->p < ps->end) {
			char d = *ps->p;
			if (d == '\\' && ps->p + 1 < ps->end) {
				ps->p += 2;
				continue;
			}
			if (d == '[') {
				ps->p++;
				struct kset k = parse_class(ps);   /* steps over it */
				ks_free(&k);
				continue;
			}
			ps->p++;
			if (d == '(')
				depth++;
			else if (d == ')' && --depth == 0)
				break;
		}
	} else if (c == '[') {
		ps->p++;
		struct kset k = parse_class(ps);
		ks_free(&k);
	} else if (c == '\\') {
		ps->p++;
		int32_t cp;
		if (ps->p < ps->end && *ps->p == 'Q') {
			while (ps->p < ps->end && !(ps->p[0] == '\\' && ps->p + 1 < ps->end && ps->p[1] == 'E'))
				ps->p++;
			if (ps->p < ps->end)
				ps->p += 2;
		} else {
			parse_escape(ps, &cp);
		}
	} else {
		next_cp(ps);
	}
	int min, max;
	while (parse_quant(ps, &min, &max))
		;
}

/* Whether some key is still growing (else the rest cannot change them). */
static int ks_growing(const struct kset *s)
{
	if (s->wild || s->overflow)
		return 0;
	for (size_t i = 0; i < s->n; i++)
		if (s->k[i].state == TRIG_NF)
			return 1;
	return 0;
}

static struct kset parse_seq(struct parser *ps)
{
	struct kset acc = ks_epsilon();
	while (ps->p < ps->end && *ps->p != '|' && *ps->p != ')') {
		if (!ks_growing(&acc)) {
			skip_atom(ps);
			continue;
		}
		struct kset atom;
		char c = *ps->p;
		if (c == '(') {
			ps->p++;
			atom = parse_group(ps);
		} else if (c == '[') {
			ps->p++;
			atom = parse_class(ps);
		} else if (c == '\\') {
			ps->p++;
			if (ps->p < ps->end && *ps->p == 'Q') {
				/* \Q...\E: literal text */
				ps->p++;
				atom = ks_epsilon();
				while (ps->p < ps->end && !(ps->p[0] == '\\' && ps->p + 1 < ps->end && ps->p[1] == 'E')) {
					int32_t cp = next_cp(ps);
					struct kset ch = cp < 0 ? ks_wild() : ks_char(cp);
					struct kset t = ks_concat(&atom, &ch);
					ks_free(&atom);
					ks_free(&ch);
					atom = t;
				}
				if (ps->p < ps->end)
					ps->p += 2;
			} else {
				int32_t cp = 0;
				int k = parse_escape(ps, &cp);
				atom = k == E_CHAR ? ks_char(cp) : k == E_NONLETTER ? ks_char('0') :
				       k == E_EMPTY ? ks_epsilon() : k == E_BOUNDARY ? ks_boundary() : ks_wild();
			}
		} else if (c == '.') {
			ps->p++;
			atom = ks_wild();
		} else if (c == '^' || c == '$') {
			ps->p++;
			atom = ks_epsilon();
		} else {
			int32_t cp = next_cp(ps);
			atom = cp < 0 ? ks_wild() : ks_char(cp);
		}
		int min, max;
		while (parse_quant(ps, &min, &max)) {
			struct kset q = repeat(&atom, min, max);
			ks_free(&atom);
			atom = q;
		}
		struct kset t = ks_concat(&acc, &atom);
		ks_free(&acc);
		ks_free(&atom);
		acc = t;
		if (acc.overflow)
			break;
	}
	return acc;
}

static struct kset parse_alt(struct parser *ps)
{
	struct kset r = parse_seq(ps);
	while (ps->p < ps->end && *ps->p == '|' && !r.overflow) {
		ps->p++;
		struct kset s = parse_seq(ps);
		ks_union(&r, &s);
		ks_free(&s);
	}
	return r;
}

void trig_analyze(const char *re, size_t len, struct trig *t)
{
	struct parser ps = {re, re + len};
	struct kset s = parse_alt(&ps);
	memset(t, 0, sizeof *t);
	t->wild = s.wild || s.overflow || ps.p != ps.end;
	for (size_t i = 0; i < s.n && !t->wild; i++) {
		struct trig_key *k = &s.k[i];
		if (k->nlet == 0) {
			if (k->state == TRIG_CLOSED)
				t->nonletter = 1;
			else
				t->wild = 1;    /* can match the empty string */
			continue;
		}
		if (k->state == TRIG_NF)
			k->state = TRIG_OPEN;   /* the regex ends here */
		if (t->n == t->cap) {
			t->cap = t->cap ? t->cap * 2 : 8;
			t->keys = xrealloc(t->keys, t->cap * sizeof *t->keys);
		}
		t->keys[t->n++] = *k;
	}
	ks_free(&s);
}

void trig_free(struct trig *t)
{
	free(t->keys);
	memset(t, 0, sizeof *t);
}

int trig_word_key(const unsigned char *s, size_t n, struct trig_key *k)
{
	size_t i = 0;
	int nlet = 0;
	memset(k, 0, sizeof *k);
	while (i < n && nlet <= TRIG_K) {
		int32_t cp;
		int len = utf8_get(s + i, &cp);
		if (i + (size_t)len > n || !uc_is_letter(cp))
			break;
		if (nlet < TRIG_K) {
			k->len += (unsigned char)utf8_put(uc_tolower(cp), k->s + k->len);
			k->nlet++;
		}
		nlet++;
		i += (size_t)len;
	}
	return nlet;
}
