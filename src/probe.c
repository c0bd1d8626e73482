/* probe: partial-match probes that know when a lookbehind saw too little. */
#include "probe.h"
#include "cache.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

#define UNKNOWN 255   /* a length that is not known (alt_len) */

/* Callout numbers (probe_regex): PASS + L after a lookbehind of length L
 * that failed, FLAG + L before one; L = LEN_UNKNOWN when not known. */
#define PASS 0
#define FLAG 128
#define LEN_UNKNOWN 127
_Static_assert(FLAG + LEN_UNKNOWN == 255, "PROBE_MAYBE is (?C255): a flag of unknown length");

/* Is a lookbehind of length L, tried at the current position, close
 * enough to the start of the probe to look before it?  After one that
 * failed (PASS), pass in its place if so (0), else fail (1); before one
 * whose failure cannot be passed over (FLAG), note that the answer is
 * "maybe" if so. */
static int near_start(pcre2_callout_block *cb, void *data)
{
	struct probe *p = data;
	uint32_t n = cb->callout_number, want = n & (FLAG - 1);
	size_t chars = 0;
	for (size_t i = 0; i < cb->current_position && chars < want; i++)
		chars += (cb->subject[i] & 0xC0) != 0x80;
	int near = want == LEN_UNKNOWN || chars < want;
	if (n & FLAG) {
		p->near |= near;
		return 0;
	}
	return !near;
}

void probe_init(struct probe *p, uint32_t ovecsize)
{
	p->md = pcre2_match_data_create(ovecsize ? ovecsize : 1, NULL);
	p->mctx = pcre2_match_context_create(NULL);
	if (!p->md || !p->mctx)
		die("out of memory (PCRE2 match data)");
	/* A probe is a few bytes long: the rules' limits are ample. */
	pcre2_set_match_limit(p->mctx, PAT_MATCH_LIMIT);
	pcre2_set_depth_limit(p->mctx, PAT_DEPTH_LIMIT);
	pcre2_set_callout(p->mctx, near_start, p);
	p->near = 0;
}

void probe_free(struct probe *p)
{
	pcre2_match_data_free(p->md);
	pcre2_match_context_free(p->mctx);
	p->md = NULL;
	p->mctx = NULL;
}

/* The code probes run for rule r: its own, or the copy with callouts
 * (from the build-time cache, else compiled now), or NULL if the copy
 * cannot be made. */
static const pcre2_code *probe_code(struct rule *r)
{
	if (!r->probe_re && !r->probe_cached)
		return r->code;
	if (!r->probe_code && !r->probe_failed) {
		if (r->probe_cached) {
			r->probe_code = cache_decode(r->probe_cached);
		} else {
			int err;
			PCRE2_SIZE off;
			r->probe_code = pcre2_compile((PCRE2_SPTR)r->probe_re, r->probe_relen,
						      PAT_COMPILE_OPTIONS, &err, &off, NULL);
		}
		r->probe_failed = r->probe_code == NULL;
	}
	return r->probe_code;
}

int probe_may(struct probe *p, struct rule *r, const unsigned char *s, size_t n)
{
	const pcre2_code *code = probe_code(r);
	if (!code)
		return 1;
	p->near = 0;
	/* Hard: the end of the probe is not the end of the text (a $ there
	 * is a partial match, not a complete one). */
	int rc = pcre2_match(code, s, n, 0, PCRE2_PARTIAL_HARD | PCRE2_NO_UTF_CHECK, p->md, p->mctx);
	return rc != PCRE2_ERROR_NOMATCH || p->near;
}

/* ------------------------------------------------- lookbehind lengths */

/* The longest length in characters of what the regex at re[*i..len)
 * matches, up to a ')' or '|' of this level (not consumed), or UNKNOWN.
 * Enough of the syntax to measure the bodies of lookbehinds, which
 * PCRE2 wants of fixed length: anything else is UNKNOWN. */
static int alt_len(const char *re, size_t len, size_t *i);

static int sat(int a)
{
	return a >= UNKNOWN ? UNKNOWN : a;
}

/* Skip a UTF-8 character at re[*i]. */
static void skip_char(const char *re, size_t len, size_t *i)
{
	(*i)++;
	while (*i < len && ((unsigned char)re[*i] & 0xC0) == 0x80)
		(*i)++;
}

/* Skip to past the next c; 0 if there is none. */
static int skip_past(const char *re, size_t len, size_t *i, char c)
{
	if (*i >= len)
		return 0;
	const char *e = memchr(re + *i, c, len - *i);
	if (!e)
		return 0;
	*i = (size_t)(e - re) + 1;
	return 1;
}

/* Skip a character class, re[*i] being its '['. */
static void skip_class(const char *re, size_t len, size_t *i)
{
	(*i)++;
	if (*i < len && re[*i] == '^')
		(*i)++;
	if (*i < len && re[*i] == ']')
		(*i)++;
	while (*i < len && re[*i] != ']') {
		if (re[*i] == '\\' && *i + 1 < len) {
			*i += 2;
		} else if (re[*i] == '[' && *i + 1 < len && re[*i + 1] == ':') {
			size_t j = *i + 2;
			*i = skip_past(re, len, &j, ']') ? j : *i + 1;
		} else {
			(*i)++;
		}
	}
	if (*i < len)
		(*i)++;
}

/* If re[i] opens something in parentheses that is not a group (a
 * comment, a backtracking verb or option, a callout), the offset past
 * its ')', else 0.  *alpha is set for the alphabetic form of groups and
 * assertions ((*plb:...), (*atomic:...)), which this reading does not
 * know. */
static size_t special_end(const char *re, size_t len, size_t i, int *alpha)
{
	size_t j = i + 2;
	if (i + 2 >= len || re[i] != '(')
		return 0;
	if (re[i + 1] == '*') {
		while (j < len && re[j] >= 'a' && re[j] <= 'z')
			j++;
		if (j > i + 2 && j < len && re[j] == ':') {
			*alpha = 1;
			return 0;
		}
		return skip_past(re, len, &j, ')') ? j : len;
	}
	if (re[i + 1] != '?')
		return 0;
	if (re[i + 2] == '#')
		return skip_past(re, len, &j, ')') ? j : len;
	if (re[i + 2] != 'C')
		return 0;
	/* A callout: (?C), (?C12), or a string between delimiters, in
	 * which a doubled delimiter stands for itself. */
	j = i + 3;
	if (j < len && re[j] && strchr("`'\"^%#${", re[j])) {
		char d = re[j] == '{' ? '}' : re[j];
		for (j++; j < len; j++) {
			if (re[j] != d)
				continue;
			if (d != '}' && j + 1 < len && re[j + 1] == d) {
				j++;   /* doubled: the delimiter itself */
				continue;
			}
			break;
		}
		j++;   /* past the closing delimiter */
	}
	return skip_past(re, len, &j, ')') ? j : len;
}

/* The length of the escape at re[*i] (its backslash). */
static int escape_len(const char *re, size_t len, size_t *i)
{
	if (*i + 1 >= len) {
		*i = len;
		return UNKNOWN;
	}
	char c = re[*i + 1];
	*i += 2;
	switch (c) {
	case 'Q': {   /* literal up to \E */
		int n = 0;
		while (*i < len && !(re[*i] == '\\' && *i + 1 < len && re[*i + 1] == 'E')) {
			skip_char(re, len, i);
			n++;
		}
		if (*i < len)
			*i += 2;
		return sat(n);
	}
	case 'E': case 'b': case 'B': case 'A': case 'z': case 'Z': case 'G': case 'K':
		return 0;
	case 'x': case 'o': case 'p': case 'P': case 'N':
		if (*i < len && re[*i] == '{')
			skip_past(re, len, i, '}');
		else if (c == 'x')
			for (int k = 0; k < 2 && *i < len && strchr("0123456789abcdefABCDEF", re[*i]); k++)
				(*i)++;
		else if (c == 'p' || c == 'P')
			(*i)++;
		return 1;
	case 'c':
		if (*i < len)
			(*i)++;
		return 1;
	case 'g': case 'k': case 'R': case 'X': case 'C':
		return UNKNOWN;
	default:
		if (c >= '0' && c <= '9')
			return UNKNOWN;   /* a back reference */
		if ((unsigned char)c >= 0x80) {
			(*i)--;
			skip_char(re, len, i);
		}
		return 1;
	}
}

/* The length of the group at re[*i] (its '('), past its ')'. */
static int group_len(const char *re, size_t len, size_t *i)
{
	size_t j = *i + 1;
	int zero = 0;   /* an assertion: matches no characters */
	int alpha = 0;
	size_t e = special_end(re, len, *i, &alpha);
	if (alpha)
		return UNKNOWN;
	if (e) {   /* a comment, a verb, a callout */
		*i = e;
		return 0;
	}
	if (j < len && re[j] == '?') {
		j++;
		if (j >= len)
			return UNKNOWN;
		char c = re[j];
		if (c == '=' || c == '!') {
			zero = 1;
			j++;
		} else if (c == '<' && j + 1 < len && (re[j + 1] == '=' || re[j + 1] == '!')) {
			zero = 1;
			j += 2;
		} else if (c == ':' || c == '|' || c == '>') {
			j++;
		} else if (c == '<' || c == '\'' || (c == 'P' && j + 1 < len && re[j + 1] == '<')) {
			size_t k = j;   /* a named group */
			if (!skip_past(re, len, &k, c == '\'' ? '\'' : '>'))
				return UNKNOWN;
			j = k;
		} else {
			/* Options: (?i) sets them and matches nothing; (?i:...) is
			 * a group.  Anything else (conditions, calls) is not
			 * measured. */
			size_t k = j;
			while (k < len && (re[k] == '-' || re[k] == '^' ||
					   (re[k] >= 'a' && re[k] <= 'z') || (re[k] >= 'A' && re[k] <= 'Z')))
				k++;
			if (k == j || k >= len)
				return UNKNOWN;
			if (re[k] == ')') {
				*i = k + 1;
				return 0;
			}
			if (re[k] != ':')
				return UNKNOWN;
			j = k + 1;
		}
	}
	int n = alt_len(re, len, &j);
	if (j >= len || re[j] != ')')
		return UNKNOWN;
	*i = j + 1;
	return zero ? 0 : n;
}

static int atom_len(const char *re, size_t len, size_t *i)
{
	switch (re[*i]) {
	case '\\':
		return escape_len(re, len, i);
	case '[':
		skip_class(re, len, i);
		return 1;
	case '(':
		return group_len(re, len, i);
	case '^': case '$':
		(*i)++;
		return 0;
	default:
		skip_char(re, len, i);
		return 1;
	}
}

/* A quantifier after an atom of length n: the longest length; or n if
 * there is none. */
static int quantified(const char *re, size_t len, size_t *i, int n)
{
	if (*i >= len)
		return n;
	char c = re[*i];
	int max = -1;
	if (c == '?' || c == '*' || c == '+') {
		(*i)++;
		max = c == '?' ? 1 : UNKNOWN;
	} else if (c == '{') {
		size_t j = *i + 1;
		long lo = 0, hi;
		int digits = 0;
		while (j < len && re[j] >= '0' && re[j] <= '9' && lo < 100000) {
			lo = lo * 10 + (re[j++] - '0');
			digits = 1;
		}
		hi = lo;
		if (j < len && re[j] == ',') {
			j++;
			hi = -1;
			if (j < len && re[j] >= '0' && re[j] <= '9') {
				hi = 0;
				while (j < len && re[j] >= '0' && re[j] <= '9' && hi < 100000)
					hi = hi * 10 + (re[j++] - '0');
			}
		}
		if (!digits || j >= len || re[j] != '}')
			return n;   /* not a quantifier: a literal '{' */
		*i = j + 1;
		max = hi < 0 || hi >= UNKNOWN ? UNKNOWN : (int)hi;
	} else {
		return n;
	}
	if (*i < len && (re[*i] == '?' || re[*i] == '+'))
		(*i)++;   /* lazy or possessive */
	if (max == UNKNOWN || n == UNKNOWN)
		return n == 0 ? 0 : UNKNOWN;
	return sat(n * max);
}

static int alt_len(const char *re, size_t len, size_t *i)
{
	int best = 0, cur = 0;
	while (*i < len && re[*i] != ')') {
		if (re[*i] == '|') {
			(*i)++;
			best = cur > best ? cur : best;
			cur = 0;
			continue;
		}
		size_t before = *i;
		int n = atom_len(re, len, i);
		if (*i == before) {   /* syntax this reading does not know */
			*i = len;
			return UNKNOWN;
		}
		n = quantified(re, len, i, n);
		cur = sat(cur + n);
	}
	return cur > best ? cur : best;
}

/* ---------------------------------------------- which lookbehinds matter
 *
 * A probe sees nothing before its start, so a lookbehind tried near it
 * fails where the text might let it pass.  A probe may let more through
 * than the text would, never less: then its "no" stands.  So:
 * - a lookbehind whose failure lets the probe go further (a negative
 *   one, a positive one inside a negative assertion) is left as it is;
 * - one whose failure would stop the probe is given a way round: an
 *   alternative after it, a callout that passes where the lookbehind
 *   could look before the start: (?:(?<=abc)|(?C3));
 * - both hold only where letting more through cannot make the regex
 *   give up what it would find: where nothing commits to a first success
 *   around the lookbehind (an atomic or possessive group, a positive
 *   assertion, the condition of a conditional group), outside groups
 *   that subroutine calls run elsewhere, in a regex without backtracking
 *   verbs that commit.  Elsewhere, a callout before the lookbehind makes
 *   the answer "maybe" when it is tried near the start. */

enum { G_PLAIN, G_ATOMIC, G_NEG, G_POS, G_COND, G_DEFINE };

struct grp {
	size_t open, close;      /* offsets of '(' and ')' */
	int parent;              /* index, or -1 */
	unsigned char kind;      /* G_* */
	unsigned char possessive;/* quantified with a trailing '+' */
	unsigned char called;    /* its name is called by (?&name) */
	unsigned char cond;      /* the condition of a conditional group */
	size_t cond_at;          /* G_COND: where its condition starts */
	size_t name, namelen;    /* a named group's name */
};

/* Is re[i] the '(' of a lookbehind? */
static int lookbehind_at(const char *re, size_t len, size_t i)
{
	return i + 3 < len && re[i] == '(' && re[i + 1] == '?' && re[i + 2] == '<' &&
	       (re[i + 3] == '=' || re[i + 3] == '!');
}

static int starts(const char *re, size_t len, size_t i, const char *w)
{
	size_t n = strlen(w);
	return i + n <= len && memcmp(re + i, w, n) == 0;
}

/* Where the condition of the conditional group at re[i] ("(?(") starts:
 * past a callout that PCRE2 lets stand before an assertion there. */
static size_t cond_start(const char *re, size_t len, size_t i)
{
	int alpha = 0;
	size_t e = starts(re, len, i + 2, "(?C") ? special_end(re, len, i + 2, &alpha) : 0;
	return e ? e : i + 2;
}

/* Read the groups of re into g (at most max); returns how many, or -1 if
 * the regex is beyond this reading (then every lookbehind has its
 * callout).  *all is set when every lookbehind must have one anyway. */
static int read_groups(const char *re, size_t len, struct grp *g, int max, int *all)
{
	int n = 0, top = -1;
	*all = 0;
	for (size_t i = 0; i < len;) {
		char c = re[i];
		if (c == '\\') {
			if (starts(re, len, i, "\\g<") || starts(re, len, i, "\\g'"))
				*all = 1;   /* a call in Oniguruma syntax */
			size_t j = i;
			escape_len(re, len, &j);
			i = j;
			continue;
		}
		if (c == '[') {
			skip_class(re, len, &i);
			continue;
		}
		if (c == '(') {
			int alpha = 0;
			size_t end = special_end(re, len, i, &alpha);
			if (alpha)
				return -1;
			if (end) {   /* a comment, a verb, a callout */
				if (starts(re, len, i, "(*COMMIT") || starts(re, len, i, "(*PRUNE") ||
				    starts(re, len, i, "(*SKIP") || starts(re, len, i, "(*THEN"))
					*all = 1;
				i = end;
				continue;
			}
			if (starts(re, len, i, "(?R") ||
			    (i + 2 < len && re[i + 1] == '?' &&
			     ((re[i + 2] >= '0' && re[i + 2] <= '9') ||
			      ((re[i + 2] == '+' || re[i + 2] == '-') && i + 3 < len &&
			       re[i + 3] >= '0' && re[i + 3] <= '9'))))
				*all = 1;   /* a numbered call or recursion */
			if (n == max)
				return -1;
			struct grp *x = &g[n];
			memset(x, 0, sizeof *x);
			x->open = i;
			x->parent = top;
			x->kind = G_PLAIN;
			size_t skip = 1;
			if (starts(re, len, i, "(?>")) {
				x->kind = G_ATOMIC;
			} else if (starts(re, len, i, "(?!")) {
				x->kind = G_NEG;
			} else if (starts(re, len, i, "(?=")) {
				x->kind = G_POS;
			} else if (lookbehind_at(re, len, i)) {
				x->kind = re[i + 3] == '!' ? G_NEG : G_POS;
			} else if (starts(re, len, i, "(?(")) {
				/* The condition: an assertion is a group of its own
				 * (marked below: it commits like one); a name or a
				 * number is skipped. */
				x->kind = starts(re, len, i, "(?(DEFINE)") ? G_DEFINE : G_COND;
				if (i + 3 < len && re[i + 3] == '?') {
					skip = 2;
					x->cond_at = cond_start(re, len, i);
				} else {
					size_t e = i + 3;
					if (!skip_past(re, len, &e, ')'))
						return -1;
					skip = e - i;
				}
			} else if (starts(re, len, i, "(?&") || starts(re, len, i, "(?P>")) {
				/* A call by name: not a group. */
				size_t a = i + (re[i + 2] == '&' ? 3 : 4), e = a;
				if (!skip_past(re, len, &e, ')'))
					return -1;
				for (int k = 0; k < n; k++)
					if (g[k].namelen == e - 1 - a && memcmp(re + g[k].name, re + a, e - 1 - a) == 0)
						g[k].called = 1;
				i = e;
				continue;
			} else if (starts(re, len, i, "(?<") || starts(re, len, i, "(?'") ||
				   starts(re, len, i, "(?P<")) {
				size_t a = i + (re[i + 2] == 'P' ? 4 : 3), e = a;
				if (!skip_past(re, len, &e, re[i + 2] == '\'' ? '\'' : '>'))
					return -1;
				x->name = a;
				x->namelen = e - 1 - a;
			}
			if (top >= 0 && g[top].kind == G_COND && g[top].cond_at == i)
				x->cond = 1;
			top = n++;
			i += skip;
			continue;
		}
		if (c == ')') {
			if (top < 0)
				return -1;
			g[top].close = i;
			size_t j = i + 1;
			if (j < len && (re[j] == '?' || re[j] == '*' || re[j] == '+'))
				j++;
			else if (j < len && re[j] == '{' && !skip_past(re, len, &j, '}'))
				j = i + 1;
			g[top].possessive = j > i + 1 && j < len && re[j] == '+';
			top = g[top].parent;
			i++;
			continue;
		}
		i++;
	}
	if (top >= 0)
		return -1;
	/* Calls by name made before their group was read. */
	for (size_t i = 0; i + 3 < len; i++) {
		if (!starts(re, len, i, "(?&") && !starts(re, len, i, "(?P>"))
			continue;
		size_t a = i + (re[i + 2] == '&' ? 3 : 4), e = a;
		if (!skip_past(re, len, &e, ')'))
			break;
		for (int k = 0; k < n; k++)
			if (g[k].namelen == e - 1 - a && memcmp(re + g[k].name, re + a, e - 1 - a) == 0)
				g[k].called = 1;
	}
	return n;
}

enum { LB_KEEP, LB_PASS, LB_FLAG };

/* What lookbehind k of g needs (LB_*). */
static int treatment(const struct grp *g, int k)
{
	int neg = g[k].kind == G_NEG;
	if (g[k].possessive || g[k].called || g[k].cond)
		return LB_FLAG;
	for (int a = g[k].parent; a >= 0; a = g[a].parent) {
		if (g[a].kind == G_ATOMIC || g[a].kind == G_POS || g[a].kind == G_DEFINE ||
		    g[a].possessive || g[a].called || g[a].cond)
			return LB_FLAG;
		neg += g[a].kind == G_NEG;
	}
	return neg % 2 ? LB_KEEP : LB_PASS;
}

char *probe_regex(const char *re, size_t len, size_t *outlen)
{
	/* Extended mode ((?x), (?ix:...)) would hide white space and
	 * comments from this reading: every lookbehind is then flagged. */
	int extended = 0;
	for (size_t i = 0; i + 2 < len && !extended; i++) {
		if (re[i] != '(' || re[i + 1] != '?')
			continue;
		for (size_t j = i + 2; j < len && re[j] != ')' && re[j] != ':' && !extended; j++) {
			if (!((re[j] >= 'a' && re[j] <= 'z') || (re[j] >= 'A' && re[j] <= 'Z') ||
			      re[j] == '-' || re[j] == '^'))
				break;
			extended = re[j] == 'x';
		}
	}
	int max = 0;
	for (size_t i = 0; i < len; i++)
		max += re[i] == '(';
	struct grp *g = xmalloc(((size_t)max + 1) * sizeof *g);
	/* Where to close a way round: after the ')' at close[j]. */
	size_t *close = xmalloc(((size_t)max + 1) * sizeof *close);
	int *closelen = xmalloc(((size_t)max + 1) * sizeof *closelen);
	int nclose = 0;
	int all = 0;
	int n = extended ? -1 : read_groups(re, len, g, max, &all);
	struct sbuf out = {0};
	int any = 0;
	size_t k = 0;   /* the next group of g, in order of their '(' */
	for (size_t i = 0; i < len;) {
		char c = re[i];
		int anchor = c == '^' || starts(re, len, i, "\\A") || starts(re, len, i, "\\G") ||
			     starts(re, len, i, "(?*") || starts(re, len, i, "(?<*");
		if (c == '\\' && !anchor) {
			size_t j = i;
			escape_len(re, len, &j);
			sb_put(&out, re + i, j - i);
			i = j;
			continue;
		}
		if (c == '[') {
			size_t j = i;
			skip_class(re, len, &j);
			sb_put(&out, re + i, j - i);
			i = j;
			continue;
		}
		int alpha = 0;
		size_t e = special_end(re, len, i, &alpha);
		if (alpha || anchor) {
			/* (*plb:...), (?<*...) and their kin are not read here;
			 * ^, \A and \G say where the subject starts, which a
			 * probe cannot know.  Every probe of such a regex may
			 * match. */
			sb_free(&out);
			sb_puts(&out, PROBE_MAYBE);
			any = 1;
			break;
		}
		if (e) {
			/* A comment or a verb stays; a callout of the rule's own
			 * goes (trawl sets no callout function: they do nothing),
			 * so that the probe's callouts are the only ones. */
			if (!starts(re, len, i, "(?C"))
				sb_put(&out, re + i, e - i);
			else
				any = 1;   /* the copy differs: probes run it */
			i = e;
			continue;
		}
		/* A lookbehind as the condition of a conditional group: the
		 * callout goes between, as PCRE2 allows: (?(?C5)(?<=x)a|b). */
		size_t at = i;
		if (starts(re, len, i, "(?(?") && lookbehind_at(re, len, cond_start(re, len, i)))
			at = cond_start(re, len, i);
		if (lookbehind_at(re, len, at)) {
			while (n > 0 && k < (size_t)n && g[k].open < at)
				k++;
			int found = n > 0 && k < (size_t)n && g[k].open == at;
			int how = !found || all ? LB_FLAG : treatment(g, (int)k);
			size_t j = at + 4;
			int L = alt_len(re, len, &j);
			if (extended || j >= len || re[j] != ')' || L >= LEN_UNKNOWN)
				L = LEN_UNKNOWN;
			sb_put(&out, re + i, at == i ? 0 : 2);   /* "(?" of a condition */
			if (how == LB_FLAG) {
				sb_printf(&out, "(?C%d)", FLAG + L);
				any = 1;
			} else if (how == LB_PASS) {
				sb_puts(&out, "(?:");
				close[nclose] = g[k].close;
				closelen[nclose++] = L;
				any = 1;
			}
			sb_put(&out, re + at, 4);
			i = at + 4;
			continue;
		}
		sb_putc(&out, c);
		/* The end of a lookbehind given a way round. */
		for (int q = 0; q < nclose; q++)
			if (c == ')' && close[q] == i)
				sb_printf(&out, "|(?C%d))", PASS + closelen[q]);
		i++;
	}
	free(g);
	free(close);
	free(closelen);
	if (!any) {
		sb_free(&out);
		return NULL;
	}
	*outlen = out.len;
	return out.p ? out.p : xmemdup("", 0);   /* "(?C)" leaves nothing */
}
