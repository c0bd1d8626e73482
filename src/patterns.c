/* patterns: sources, parsing, fragment expansion and compilation. */
#include "patterns.h"
#include "probe.h"
#include "cache.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

const char *const type_names[T_NTYPES] = {"MONEY", "PERCENT", "DATE", "ORG"};

int type_from_name(const char *s, size_t n)
{
	for (int t = 0; t < T_NTYPES; t++)
		if (strlen(type_names[t]) == n && strncasecmp(type_names[t], s, n) == 0)
			return t;
	return -1;
}

/* ---------------------------------------------------------------- sources */

/* One file of the set: relative name -> bytes, from the binary or disk. */
struct source {
	char *rel;               /* "fr/money.pat" */
	char *shown;             /* name in messages */
	char *data;              /* NULL for built-ins */
	const unsigned char *bytes;
	size_t len;
	int explicit_file;       /* given with -f: lists relative to its dir */
};

struct sources {
	struct source *s;
	size_t n, cap;
};

#define MAX_FILE (64u << 20)

static int read_file(const char *path, char **data, size_t *len, struct sbuf *err)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		sb_printf(err, "%s: cannot open: %s\n", path, strerror(errno));
		return -1;
	}
	struct sbuf b = {0};
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
		if (b.len + n > MAX_FILE) {
			sb_printf(err, "%s: larger than %u MiB; is this a pattern file?\n", path, MAX_FILE >> 20);
			fclose(f);
			sb_free(&b);
			return -1;
		}
		sb_put(&b, chunk, n);
	}
	if (ferror(f)) {
		sb_printf(err, "%s: cannot read: %s\n", path, strerror(errno));
		fclose(f);
		sb_free(&b);
		return -1;
	}
	fclose(f);
	*data = b.p ? b.p : xstrdup("");
	*len = b.len;
	return 0;
}

static struct source *src_put(struct sources *ss, const char *rel)
{
	for (size_t i = 0; i < ss->n; i++) {
		if (strcmp(ss->s[i].rel, rel) == 0) {
			/* later wins per file name */
			free(ss->s[i].shown);
			free(ss->s[i].data);
			free(ss->s[i].rel);
			memset(&ss->s[i], 0, sizeof ss->s[i]);
			ss->s[i].rel = xstrdup(rel);
			return &ss->s[i];
		}
	}
	if (ss->n == ss->cap) {
		ss->cap = ss->cap ? ss->cap * 2 : 32;
		ss->s = xrealloc(ss->s, ss->cap * sizeof *ss->s);
	}
	struct source *s = &ss->s[ss->n++];
	memset(s, 0, sizeof *s);
	s->rel = xstrdup(rel);
	return s;
}

static const struct source *src_find(const struct sources *ss, const char *rel)
{
	for (size_t i = 0; i < ss->n; i++)
		if (strcmp(ss->s[i].rel, rel) == 0)
			return &ss->s[i];
	return NULL;
}

static void src_free(struct sources *ss)
{
	for (size_t i = 0; i < ss->n; i++) {
		free(ss->s[i].rel);
		free(ss->s[i].shown);
		free(ss->s[i].data);
	}
	free(ss->s);
}

static int ends_with(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);
	return a >= b && strcmp(s + a - b, suffix) == 0;
}

/* Add every .pat and .tsv under dir (depth-first, any depth up to 4). */
static int scan_dir(struct sources *ss, const char *root, const char *rel,
		    int depth, struct sbuf *err)
{
	struct sbuf path = {0};
	sb_printf(&path, "%s%s%s", root, *rel ? "/" : "", rel);
	DIR *d = opendir(path.p);
	if (!d) {
		sb_printf(err, "%s: %s: cannot read pattern directory: %s\n", progname, path.p, strerror(errno));
		sb_free(&path);
		return -1;
	}
	int rc = 0;
	struct dirent *de;
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		struct sbuf r = {0}, full = {0};
		sb_printf(&r, "%s%s%s", rel, *rel ? "/" : "", de->d_name);
		sb_printf(&full, "%s/%s", root, r.p);
		struct stat st;
		if (stat(full.p, &st) == 0 && S_ISDIR(st.st_mode)) {
			if (depth < 4 && scan_dir(ss, root, r.p, depth + 1, err) < 0)
				rc = -1;
		} else if (ends_with(de->d_name, ".pat") || ends_with(de->d_name, ".tsv")) {
			struct source *s = src_put(ss, r.p);
			s->shown = xstrdup(full.p);
			struct sbuf e = {0};
			if (read_file(full.p, &s->data, &s->len, &e) < 0) {
				sb_printf(err, "%s: %s", progname, e.p);
				rc = -1;
			}
			sb_free(&e);
			s->bytes = (const unsigned char *)s->data;
		}
		sb_free(&r);
		sb_free(&full);
	}
	closedir(d);
	sb_free(&path);
	return rc;
}

static void add_builtins(struct sources *ss)
{
	for (size_t i = 0; i < builtin_count; i++) {
		struct source *s = src_put(ss, builtin_files[i].name);
		struct sbuf shown = {0};
		sb_printf(&shown, "patterns/%s", builtin_files[i].name);
		s->shown = shown.p;
		s->bytes = builtin_files[i].data;
		s->len = builtin_files[i].len;
	}
}

/* ------------------------------------------------------------- the set */

struct loader {
	struct patset *set;
	struct sources *src;
	struct sbuf *err;
	int nerr;
	const struct pat_options *opt;
};

static void lerr(struct loader *L, const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static void lerr(struct loader *L, const char *file, int line, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (line > 0)
		sb_printf(L->err, "%s:%d: %s\n", file, line, msg);
	else
		sb_printf(L->err, "%s: %s\n", file, msg);
	L->nerr++;
}

/* The directory part of a relative name, with its slash ("fr/"). */
static char *dir_of(const char *rel)
{
	const char *slash = strrchr(rel, '/');
	return xmemdup(rel, slash ? (size_t)(slash - rel + 1) : 0);
}

/* Resolve "." and ".." in a relative path, in place ("fr/../common/x"
 * becomes "common/x"). */
static void clean_path(char *p)
{
	char *parts[64];
	int n = 0, abs = p[0] == '/';
	char *save = NULL, *copy = xstrdup(p);
	for (char *t = strtok_r(copy, "/", &save); t; t = strtok_r(NULL, "/", &save)) {
		if (strcmp(t, ".") == 0)
			continue;
		if (strcmp(t, "..") == 0 && n > 0 && strcmp(parts[n - 1], "..") != 0) {
			n--;
			continue;
		}
		if (n < 64)
			parts[n++] = t;
	}
	char *o = p;
	if (abs)
		*o++ = '/';
	for (int i = 0; i < n; i++) {
		size_t l = strlen(parts[i]);
		memmove(o, parts[i], l);
		o += l;
		if (i + 1 < n)
			*o++ = '/';
	}
	*o = '\0';
	free(copy);
}

static struct list *load_list(struct loader *L, const struct source *pat,
			      const char *name, const char *path, const char *file, int line)
{
	struct sbuf rel = {0};
	char *data = NULL;
	const unsigned char *bytes = NULL;
	size_t len = 0;
	const char *shown;
	struct sbuf shownb = {0};

	if (path[0] == '/') {
		sb_puts(&rel, path);
	} else if (pat->explicit_file) {
		char *d = dir_of(pat->shown);
		sb_printf(&rel, "%s%s", d, path);
		free(d);
	} else {
		char *d = dir_of(pat->rel);
		sb_printf(&rel, "%s%s", d, path);
		free(d);
	}
	clean_path(rel.p);
	rel.len = strlen(rel.p);
	/* Already loaded from the same place? */
	for (int i = 0; i < L->set->nlists; i++) {
		struct list *l = L->set->lists[i];
		if (strcmp(l->path, rel.p) == 0 && strcmp(l->name, name) == 0) {
			sb_free(&rel);
			return l;
		}
	}
	const struct source *s = (path[0] == '/' || pat->explicit_file) ? NULL : src_find(L->src, rel.p);
	if (s) {
		bytes = s->bytes;
		len = s->len;
		shown = s->shown;
	} else if (path[0] == '/' || pat->explicit_file) {
		struct sbuf e = {0};
		if (read_file(rel.p, &data, &len, &e) < 0) {
			if (e.len && e.p[e.len - 1] == '\n')
				e.p[--e.len] = '\0';
			lerr(L, file, line, "list '%s': %s", name, e.p ? e.p : "cannot read");
			sb_free(&e);
			sb_free(&rel);
			return NULL;
		}
		bytes = (const unsigned char *)data;
		shown = rel.p;
	} else {
		lerr(L, file, line, "list '%s': no file '%s' in the pattern set "
		     "(list paths are relative to the pattern file)", name, rel.p);
		sb_free(&rel);
		return NULL;
	}
	sb_puts(&shownb, shown);
	char msg[1024];
	struct list *l = list_parse(name, rel.p, (const char *)bytes, len, msg, sizeof msg);
	if (!l) {
		/* list_parse names the list file with its relative path; show the
		 * real one. */
		const char *colon = strchr(msg, ':');
		sb_printf(L->err, "%s%s\n", shownb.p, colon ? colon : msg);
		L->nerr++;
	} else {
		L->set->lists = xrealloc(L->set->lists, (size_t)(L->set->nlists + 1) * sizeof *L->set->lists);
		L->set->lists[L->set->nlists++] = l;
	}
	free(data);
	sb_free(&rel);
	sb_free(&shownb);
	return l;
}

/* The regex of a list's surfaces: a trie, so that a long list costs what
 * its distinct prefixes cost ("dollar(?:s|\s+canadiens?)?").  A space in
 * a surface matches any white space; at each branch the alternatives that
 * go furthest come first, and a surface that ends where others go on is
 * an optional tail, so the longest surface wins as in a flat alternation. */
struct tnode {
	char tok[8];             /* one character, escaped, or "\s+" */
	struct tnode *kids, *next;
	int end;                 /* a surface ends here */
	int depth;               /* longest way down, in tokens */
};

static struct tnode *tnode_child(struct tnode *n, const char *tok)
{
	for (struct tnode *k = n->kids; k; k = k->next)
		if (strcmp(k->tok, tok) == 0)
			return k;
	struct tnode *k = xcalloc(1, sizeof *k);
	memcpy(k->tok, tok, strlen(tok) + 1);   /* at most 7 bytes */
	k->next = n->kids;
	n->kids = k;
	return k;
}

static int tnode_depth(struct tnode *n)
{
	int d = 0;
	for (struct tnode *k = n->kids; k; k = k->next) {
		int kd = tnode_depth(k) + 1;
		if (kd > d)
			d = kd;
	}
	return n->depth = d;
}

static void tnode_free(struct tnode *n)
{
	while (n->kids) {
		struct tnode *k = n->kids;
		n->kids = k->next;
		tnode_free(k);
	}
	free(n);
}

static void tnode_emit(const struct tnode *n, struct sbuf *out)
{
	int nk = 0;
	for (const struct tnode *k = n->kids; k; k = k->next)
		nk++;
	if (!nk)
		return;
	/* Children, deepest first. */
	const struct tnode *v[512], **kv = nk <= 512 ? v : xmalloc((size_t)nk * sizeof *kv);
	int i = 0;
	for (const struct tnode *k = n->kids; k; k = k->next)
		kv[i++] = k;
	for (int a = 1; a < nk; a++)
		for (int b = a; b > 0 && kv[b]->depth > kv[b - 1]->depth; b--) {
			const struct tnode *t = kv[b];
			kv[b] = kv[b - 1];
			kv[b - 1] = t;
		}
	int group = nk > 1 || n->end;
	if (group)
		sb_puts(out, "(?:");
	for (i = 0; i < nk; i++) {
		if (i)
			sb_putc(out, '|');
		sb_puts(out, kv[i]->tok);
		tnode_emit(kv[i], out);
	}
	if (group)
		sb_puts(out, n->end ? ")?" : ")");
	if (kv != v)
		free(kv);
}

static void list_alternation(struct list *l, struct sbuf *out)
{
	if (l->alt) {
		/* A list used by several rules or files is factored once. */
		sb_put(out, l->alt, l->altlen);
		return;
	}
	struct sbuf alt = {0};
	struct tnode *root = xcalloc(1, sizeof *root);
	for (size_t i = 0; i < l->n; i++) {
		struct tnode *n = root;
		const char *p = l->e[i].surface;
		while (*p) {
			char tok[8];
			if (*p == ' ') {
				while (*p == ' ')
					p++;
				strcpy(tok, "\\s+");
			} else if (strchr("\\^$.|?*+()[]{}#", *p)) {
				tok[0] = '\\';
				tok[1] = *p++;
				tok[2] = '\0';
			} else {
				/* one UTF-8 character */
				size_t k = 1;
				while ((p[k] & 0xC0) == 0x80 && k < 4)
					k++;
				memcpy(tok, p, k);
				tok[k] = '\0';
				p += k;
			}
			n = tnode_child(n, tok);
		}
		n->end = 1;
	}
	tnode_depth(root);
	sb_puts(&alt, "(?:");
	tnode_emit(root, &alt);
	sb_putc(&alt, ')');
	tnode_free(root);
	l->alt = alt.p;
	l->altlen = alt.len;
	sb_put(out, l->alt, l->altlen);
}

/* Fragments of the file being parsed: defines and lists by name. */
struct frag {
	char *name;
	char *text;              /* expanded regex; NULL for a list not yet expanded */
	struct list *list;
};

struct fileparse {
	struct frag *f;
	int n, cap;
};

static struct frag *frag_find(struct fileparse *fp, const char *name, size_t n)
{
	for (int i = 0; i < fp->n; i++)
		if (strlen(fp->f[i].name) == n && memcmp(fp->f[i].name, name, n) == 0)
			return &fp->f[i];
	return NULL;
}

static int is_name_start(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
static int is_name_char(int c) { return is_name_start(c) || (c >= '0' && c <= '9'); }

/* Expand {fragment} references and make \d mean [0-9] (with PCRE2_UCP it
 * would mean every decimal digit of Unicode, and PCRE2 could then no
 * longer tell the rule's possible first bytes).  Returns 0, or -1 after
 * reporting. */
static int expand(struct loader *L, struct fileparse *fp, const char *file, int line,
		  const char *re, struct sbuf *out)
{
	int in_class = 0;
	const char *p = re;
	while (*p) {
		char c = *p;
		if (c == '\\' && p[1]) {
			char e = p[1];
			if (e == 'd') {
				sb_puts(out, in_class ? "0-9" : "[0-9]");
				p += 2;
				continue;
			}
			if (strchr("pPxoNgk", e) && p[2] == '{') {
				const char *q = strchr(p + 2, '}');
				if (!q)
					q = p + strlen(p) - 1;
				sb_put(out, p, (size_t)(q - p + 1));
				p = q + 1;
				continue;
			}
			if (e == 'Q') {
				const char *q = strstr(p, "\\E");
				size_t n = q ? (size_t)(q - p + 2) : strlen(p);
				sb_put(out, p, n);
				p += n;
				continue;
			}
			sb_put(out, p, 2);
			p += 2;
			continue;
		}
		if (in_class) {
			if (c == '[' && p[1] == ':') {
				const char *q = strstr(p, ":]");
				size_t n = q ? (size_t)(q - p + 2) : 1;
				sb_put(out, p, n);
				p += n;
				continue;
			}
			if (c == ']')
				in_class = 0;
			sb_putc(out, c);
			p++;
			continue;
		}
		if (c == '[') {
			in_class = 1;
			sb_putc(out, c);
			p++;
			if (*p == '^')
				sb_putc(out, *p++);
			if (*p == ']')
				sb_putc(out, *p++);   /* a literal ']' first in a class */
			continue;
		}
		if (c == '{' && is_name_start((unsigned char)p[1])) {
			const char *q = p + 1;
			while (is_name_char((unsigned char)*q))
				q++;
			if (*q == '}') {
				struct frag *f = frag_find(fp, p + 1, (size_t)(q - p - 1));
				if (!f) {
					lerr(L, file, line, "unknown fragment {%.*s}: define it above this "
					     "line with 'define %.*s REGEX' or 'list %.*s FILE'",
					     (int)(q - p - 1), p + 1, (int)(q - p - 1), p + 1,
					     (int)(q - p - 1), p + 1);
					return -1;
				}
				if (!f->text) {
					struct sbuf alt = {0};
					list_alternation(f->list, &alt);
					f->text = alt.p ? alt.p : xstrdup("(?:)");
				}
				sb_puts(out, f->text);
				p = q + 1;
				continue;
			}
		}
		sb_putc(out, c);
		p++;
	}
	return 0;
}

static void add_frag(struct fileparse *fp, const char *name, char *text, struct list *l)
{
	if (fp->n == fp->cap) {
		fp->cap = fp->cap ? fp->cap * 2 : 16;
		fp->f = xrealloc(fp->f, (size_t)fp->cap * sizeof *fp->f);
	}
	fp->f[fp->n].name = xstrdup(name);
	fp->f[fp->n].text = text;
	fp->f[fp->n].list = l;
	fp->n++;
}

static void fileparse_free(struct fileparse *fp)
{
	for (int i = 0; i < fp->n; i++) {
		free(fp->f[i].name);
		free(fp->f[i].text);
	}
	free(fp->f);
}

static void rule_free(struct rule *r)
{
	if (r->code)
		pcre2_code_free(r->code);
	if (r->probe_code)
		pcre2_code_free(r->probe_code);
	free(r->probe_re);
	trig_free(&r->trig);
	free(r->groups);
	free(r->re);
	free(r->name);
	free(r);
}

static struct rule *new_rule(struct loader *L, struct patfile *pf, const char *name,
			     int line, enum rule_kind kind)
{
	struct rule *r = xcalloc(1, sizeof *r);
	r->name = xstrdup(name);
	r->file = pf;
	r->line = line;
	r->kind = kind;
	r->twin = -1;
	struct patset *s = L->set;
	s->rules = xrealloc(s->rules, (size_t)(s->nrules + 1) * sizeof *s->rules);
	r->id = s->nrules;
	s->rules[s->nrules++] = r;
	return r;
}

static void bind_groups(struct rule *r, const struct patfile *pf)
{
	uint32_t count = 0, size = 0;
	PCRE2_SPTR table = NULL;
	pcre2_pattern_info(r->code, PCRE2_INFO_NAMECOUNT, &count);
	pcre2_pattern_info(r->code, PCRE2_INFO_NAMEENTRYSIZE, &size);
	pcre2_pattern_info(r->code, PCRE2_INFO_NAMETABLE, &table);
	if (!count)
		return;
	r->groups = xcalloc(count, sizeof *r->groups);
	for (uint32_t i = 0; i < count; i++) {
		PCRE2_SPTR e = table + i * size;
		struct group *g = &r->groups[r->ngroups++];
		g->num = (e[0] << 8) | e[1];
		g->name = (const char *)e + 2;
		size_t n = strlen(g->name);
		while (n > 0 && g->name[n - 1] >= '0' && g->name[n - 1] <= '9')
			n--;
		for (int k = 0; k < pf->nlists; k++)
			if (strlen(pf->lists[k]->name) == n && memcmp(pf->lists[k]->name, g->name, n) == 0)
				g->list = pf->lists[k];
	}
}

static void compile_rule(struct loader *L, struct rule *r, const char *re, size_t len)
{
	int code;
	PCRE2_SIZE off;
	const char *file = r->file->name;
	const char *what = r->kind == R_NEED ? "need" : "rule";   /* in messages */
	/* The built-in rules come compiled (cache.h); the others now. */
	int cached = cache_take(re, len, &r->code, &r->trig, &r->probe_cached);
	if (!cached)
		r->code = pcre2_compile((PCRE2_SPTR)re, len, PAT_COMPILE_OPTIONS, &code, &off, NULL);
	if (!r->code) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(code, msg, sizeof msg);
		size_t from = off > 20 ? off - 20 : 0;
		lerr(L, file, r->line, "%s '%s': %s (in the expanded pattern, near '%.*s')",
		     what, r->name, (const char *)msg, (int)((off - from) + 10 > len - from ? len - from : (off - from) + 10),
		     re + from);
		return;
	}
	uint32_t empty = 0;
	pcre2_pattern_info(r->code, PCRE2_INFO_MATCHEMPTY, &empty);
	if (empty) {
		lerr(L, file, r->line, "%s '%s' can match the empty string; "
		     "make at least one part of it mandatory", what, r->name);
		return;
	}
	const uint8_t *bm = NULL;
	pcre2_pattern_info(r->code, PCRE2_INFO_FIRSTBITMAP, &bm);
	if (bm) {
		memcpy(r->firstbytes, bm, 32);
		r->has_firstbytes = 1;
	} else {
		uint32_t ftype = 0, unit = 0;
		pcre2_pattern_info(r->code, PCRE2_INFO_FIRSTCODETYPE, &ftype);
		if (ftype == 1) {
			pcre2_pattern_info(r->code, PCRE2_INFO_FIRSTCODEUNIT, &unit);
			r->firstbytes[unit / 8] |= (unsigned char)(1u << (unit % 8));
			/* PCRE2 does not say whether a first letter is caseless
			 * ([Tt]he is a caseless 't'): both cases may start. */
			if ((unit | 0x20) >= 'a' && (unit | 0x20) <= 'z') {
				unit ^= 0x20;
				r->firstbytes[unit / 8] |= (unsigned char)(1u << (unit % 8));
			}
			r->has_firstbytes = 1;
		}
	}
	/* JIT compilation waits for the rule's first attempt (matcher.c):
	 * most inputs never reach most rules, and start-up stays short. */
	r->jit = 0;
	if (!cached)
		r->probe_re = probe_regex(re, len, &r->probe_relen);
	bind_groups(r, r->file);
	if (!cached)
		trig_analyze(re, len, &r->trig);
	r->re = xmemdup(re, len);   /* freed once the set is built */
	r->relen = len;
}

/* Do rules a and b find the same spans with the same values?  The French
 * and English files share some rules word for word (places, web
 * addresses): trying the second one could never change the outcome. */
static int same_rule(const struct rule *a, const struct rule *b)
{
	if (a->kind != b->kind || a->kind == R_NAMES || a->file->type != b->file->type ||
	    !a->re || !b->re || a->relen != b->relen || a->ngroups != b->ngroups ||
	    memcmp(a->re, b->re, a->relen) != 0)
		return 0;
	for (int g = 0; g < a->ngroups; g++)
		if (a->groups[g].list != b->groups[g].list)
			return 0;
	return 1;
}

/* 'need RULE BYTES REGEX': RULE, a rule or reject above in this file, is
 * tried only where a match of REGEX starts at most BYTES bytes after its
 * start.  REGEX must start with listable words or non-letters: the
 * matcher finds its markers by the same cheap scans as rule starts. */
static void parse_need(struct loader *L, struct patfile *pf, struct fileparse *fp,
		       const char *file, int line, const char *name, const char *rest)
{
	struct rule *target = NULL;
	for (int i = 0; i < L->set->nrules; i++) {
		struct rule *r = L->set->rules[i];
		if (r->file == pf && strcmp(r->name, name) == 0 &&
		    (r->kind == R_RULE || r->kind == R_REJECT))
			target = r;
	}
	char *end;
	long bytes = strtol(rest, &end, 10);
	const char *re = end;
	while (*re == ' ' || *re == '\t')
		re++;
	if (!*name || end == rest || (*end != ' ' && *end != '\t') || !*re) {
		lerr(L, file, line, "expected 'need RULE BYTES REGEX'");
		return;
	}
	if (!target) {
		lerr(L, file, line, "'need %s': no rule '%s' above in this file", name, name);
		return;
	}
	if (target->need) {
		lerr(L, file, line, "rule '%s' already has a 'need' (line %d); join the two "
		     "regexes with '|'", name, target->need->line);
		return;
	}
	if (bytes < 1 || bytes > MATCH_MAX) {
		lerr(L, file, line, "'need %s': BYTES must be from 1 to %d (the longest match)",
		     name, MATCH_MAX);
		return;
	}
	struct sbuf ex = {0};
	if (expand(L, fp, file, line, re, &ex) == 0) {
		struct rule *n = new_rule(L, pf, name, line, R_NEED);
		int nerr = L->nerr;
		compile_rule(L, n, ex.p, ex.len);
		if (L->nerr == nerr && n->trig.wild)
			lerr(L, file, line, "'need %s': the regex can start with letters trawl cannot "
			     "list (a class like [A-Z] or \\w); start it with words or signs", name);
		target->need = n;
		target->need_bytes = (int)bytes;
	}
	sb_free(&ex);
}

/* The list that directive ("names", "words") names in 'DIRECTIVE LIST',
 * or NULL after saying what is wrong. */
static const struct list *list_arg(struct loader *L, struct fileparse *fp, const char *file,
				   int line, const char *directive, const char *arg,
				   const char *rest)
{
	struct frag *f = frag_find(fp, arg, strlen(arg));
	if (!*arg || *rest)
		lerr(L, file, line, "expected '%s LIST'", directive);
	else if (!f || !f->list)
		lerr(L, file, line, "'%s %s': no list '%s' declared above", directive, arg, arg);
	else
		return f->list;
	return NULL;
}

/* Split "word rest" at the first run of blanks. */
static const char *next_word(const char *p, const char **end)
{
	while (*p == ' ' || *p == '\t')
		p++;
	const char *q = p;
	while (*q && *q != ' ' && *q != '\t')
		q++;
	*end = q;
	return p;
}

static int lang_rank(const struct pat_options *o, const char *lang)
{
	if (!o || !o->nlangs)
		return 0;
	for (int i = 0; i < o->nlangs; i++)
		if (strcmp(o->langs[i], lang) == 0)
			return i;
	return o->require_langs ? -1 : o->nlangs;
}

/* Parse one pattern file; returns the new patfile, or NULL when it was
 * skipped by --types/--lang or had errors. */
static struct patfile *parse_file(struct loader *L, const struct source *src)
{
	const char *file = src->shown;
	const char *text = (const char *)src->bytes, *end = text + src->len;
	struct patfile *pf = xcalloc(1, sizeof *pf);
	pf->name = xstrdup(file);
	pf->type = -1;
	struct fileparse fp = {0};
	int errors0 = L->nerr, skip = 0, lineno = 0;
	struct sbuf stmt = {0};
	int stmt_line = 0;

	/* Statements are lines; an indented line continues the previous one. */
	const char *p = text;
	for (;;) {
		const char *nl = p < end ? memchr(p, '\n', (size_t)(end - p)) : NULL;
		const char *eol = nl ? nl : end;
		int at_end = p >= end;
		int cont = !at_end && (*p == ' ' || *p == '\t');
		const char *q = p;
		while (q < eol && (*q == ' ' || *q == '\t'))
			q++;
		int blank = q == eol || (q < eol && *q == '#') || (q + 1 == eol && *q == '\r');
		if (!at_end && cont && !blank && stmt.len &&
		    (strncmp(stmt.p, "rule", 4) == 0 || strncmp(stmt.p, "define", 6) == 0 ||
		     strncmp(stmt.p, "reject", 6) == 0)) {
			const char *e2 = eol;
			if (e2 > q && e2[-1] == '\r')
				e2--;
			sb_put(&stmt, q, (size_t)(e2 - q));
			lineno++;
			p = nl ? nl + 1 : end;
			continue;
		}
		/* The statement collected so far is complete: run it. */
		if (stmt.len && !skip) {
			const char *kw_end, *kw = next_word(stmt.p, &kw_end);
			size_t kwn = (size_t)(kw_end - kw);
			/* Directives other than regexes may end with "# comment". */
			if (!(kwn == 4 && strncmp(kw, "rule", 4) == 0) &&
			    !(kwn == 6 && (strncmp(kw, "define", 6) == 0 || strncmp(kw, "reject", 6) == 0))) {
				for (char *h = stmt.p; *h; h++) {
					if (*h == '#' && h > stmt.p && (h[-1] == ' ' || h[-1] == '\t')) {
						while (h > stmt.p && (h[-1] == ' ' || h[-1] == '\t'))
							h--;
						*h = '\0';
						break;
					}
				}
			}
			const char *a_end, *a = next_word(kw_end, &a_end);
			const char *rest = a_end;
			while (*rest == ' ' || *rest == '\t')
				rest++;
			char arg[128];
			snprintf(arg, sizeof arg, "%.*s", (int)(a_end - a > 127 ? 127 : a_end - a), a);
#define KW(s) (kwn == strlen(s) && strncmp(kw, s, kwn) == 0)
			if (KW("type")) {
				pf->type = type_from_name(a, (size_t)(a_end - a));
				if (pf->type < 0)
					lerr(L, file, stmt_line, "unknown type '%s' (use money, percent, date or org)", arg);
				else if (!(L->opt->types & (1u << pf->type)))
					skip = 1;
			} else if (KW("lang")) {
				if (!*arg || a_end - a > 15 || *rest) {
					lerr(L, file, stmt_line, "expected 'lang CODE', e.g. 'lang fr'");
				} else {
					memcpy(pf->lang, arg, strlen(arg) + 1);
					pf->langrank = lang_rank(L->opt, pf->lang);
					if (pf->langrank < 0)
						skip = 1;
				}
			} else if (pf->type < 0 || !pf->lang[0]) {
				lerr(L, file, stmt_line, "'%.*s' before 'type' and 'lang': a pattern file "
				     "starts with 'type TYPE' and 'lang CODE'", (int)kwn, kw);
				skip = 2;
			} else if (KW("list")) {
				if (!is_name_start((unsigned char)arg[0]) || !*rest) {
					lerr(L, file, stmt_line, "expected 'list NAME FILE'");
				} else if (frag_find(&fp, arg, strlen(arg))) {
					lerr(L, file, stmt_line, "'%s' is already defined in this file", arg);
				} else {
					struct list *l = load_list(L, src, arg, rest, file, stmt_line);
					if (l) {
						pf->lists = xrealloc(pf->lists, (size_t)(pf->nlists + 1) * sizeof *pf->lists);
						pf->lists[pf->nlists++] = l;
						add_frag(&fp, arg, NULL, l);
					}
				}
			} else if (KW("define")) {
				struct sbuf ex = {0};
				if (!is_name_start((unsigned char)arg[0]) || !*rest)
					lerr(L, file, stmt_line, "expected 'define NAME REGEX'");
				else if (frag_find(&fp, arg, strlen(arg)))
					lerr(L, file, stmt_line, "'%s' is already defined in this file", arg);
				else if (expand(L, &fp, file, stmt_line, rest, &ex) == 0)
					add_frag(&fp, arg, xmemdup(ex.p ? ex.p : "", ex.len), NULL);
				sb_free(&ex);
			} else if (KW("rule") || KW("reject")) {
				struct sbuf ex = {0};
				if (!*arg || !*rest)
					lerr(L, file, stmt_line, "expected '%.*s NAME REGEX'", (int)kwn, kw);
				else if (expand(L, &fp, file, stmt_line, rest, &ex) == 0) {
					struct rule *r = new_rule(L, pf, arg, stmt_line, KW("rule") ? R_RULE : R_REJECT);
					compile_rule(L, r, ex.p, ex.len);
				}
				sb_free(&ex);
			} else if (KW("words")) {
				const struct list *l = list_arg(L, &fp, file, stmt_line, "words", arg, rest);
				if (l && pf->words && pf->words != l)
					lerr(L, file, stmt_line, "a second 'words' line; one list holds "
					     "the language's words");
				else if (l)
					pf->words = l;
			} else if (KW("need")) {
				parse_need(L, pf, &fp, file, stmt_line, arg, rest);
			} else if (KW("names")) {
				const struct list *l = list_arg(L, &fp, file, stmt_line, "names", arg, rest);
				if (l)
					new_rule(L, pf, arg, stmt_line, R_NAMES)->names = l;
			} else {
				lerr(L, file, stmt_line, "unknown directive '%.*s' (expected type, lang, "
				     "list, define, rule, reject, need, names or words)", (int)kwn, kw);
			}
#undef KW
		}
		stmt.len = 0;
		if (at_end)
			break;
		lineno++;
		if (!blank && !cont) {
			const char *e2 = eol;
			if (e2 > q && e2[-1] == '\r')
				e2--;
			sb_put(&stmt, q, (size_t)(e2 - q));
			stmt_line = lineno;
		} else if (!blank && cont) {
			lerr(L, file, lineno, "indented line continues nothing (only a rule or "
			     "define can be continued)");
		}
		p = nl ? nl + 1 : end;
	}
	sb_free(&stmt);
	fileparse_free(&fp);
	if (!skip && (pf->type < 0 || !pf->lang[0]) && L->nerr == errors0)
		lerr(L, file, 0, "no 'type' or 'lang' line: a pattern file starts with "
		     "'type TYPE' and 'lang CODE'");
	if (skip || L->nerr != errors0) {
		/* Rules of a skipped file are dropped from the set. */
		int keep = 0;
		for (int i = 0; i < L->set->nrules; i++) {
			struct rule *r = L->set->rules[i];
			if (r->file == pf) {
				rule_free(r);
			} else {
				L->set->rules[keep++] = r;
			}
		}
		L->set->nrules = keep;
		free(pf->lists);
		free(pf->name);
		free(pf);
		return NULL;
	}
	return pf;
}

static int by_priority(const void *a, const void *b)
{
	const struct patfile *x = *(const struct patfile *const *)a;
	const struct patfile *y = *(const struct patfile *const *)b;
	if (x->langrank != y->langrank)
		return x->langrank - y->langrank;
	return strcmp(x->name, y->name);
}

static struct patset *finish(struct loader *L)
{
	struct patset *s = L->set;
	if (L->nerr) {
		pat_free(s);
		return NULL;
	}
	/* Rules in file priority order (stable within a file). */
	qsort(s->files, (size_t)s->nfiles, sizeof *s->files, by_priority);
	struct rule **sorted = xmalloc((size_t)(s->nrules ? s->nrules : 1) * sizeof *sorted);
	int k = 0;
	for (int f = 0; f < s->nfiles; f++)
		for (int i = 0; i < s->nrules; i++)
			if (s->rules[i]->file == s->files[f])
				sorted[k++] = s->rules[i];
	free(s->rules);
	s->rules = sorted;
	/* The languages, in --lang order (files are sorted so already). */
	for (int f = 0; f < s->nfiles; f++) {
		struct patfile *pf = s->files[f];
		int l = 0;
		while (l < s->nlangs && strcmp(s->langs[l].lang, pf->lang) != 0)
			l++;
		if (l == s->nlangs) {
			if (l == PAT_MAXLANGS) {
				pf->langno = l - 1;   /* more languages than anyone needs */
				continue;
			}
			memcpy(s->langs[l].lang, pf->lang, sizeof pf->lang);
			s->langs[l].rank = pf->langrank;
			s->nlangs++;
		}
		pf->langno = l;
		if (pf->words && !s->langs[l].words)
			s->langs[l].words = pf->words;
	}
	for (int i = 0; i < s->nrules; i++) {
		struct rule *r = s->rules[i];
		r->id = i;
		s->types |= 1u << r->file->type;
		uint32_t cap = 0;
		if (r->code)
			pcre2_pattern_info(r->code, PCRE2_INFO_CAPTURECOUNT, &cap);
		if (cap + 1 > s->max_captures)
			s->max_captures = cap + 1;
		for (int j = 0; j < i && r->twin < 0; j++)
			if (s->rules[j]->twin < 0 && same_rule(s->rules[j], r))
				r->twin = j;
	}
	for (int i = 0; i < s->nrules && !L->opt->keep_re; i++) {
		free(s->rules[i]->re);
		s->rules[i]->re = NULL;
	}
	return s;
}

static void load_sources(struct loader *L, struct sources *ss)
{
	for (size_t i = 0; i < ss->n; i++) {
		if (!ends_with(ss->s[i].rel, ".pat"))
			continue;
		struct patfile *pf = parse_file(L, &ss->s[i]);
		if (pf) {
			struct patset *s = L->set;
			s->files = xrealloc(s->files, (size_t)(s->nfiles + 1) * sizeof *s->files);
			s->files[s->nfiles++] = pf;
		}
	}
}

struct patset *pat_load(const struct pat_options *o, struct sbuf *err)
{
	struct sources ss = {0};
	struct loader L = {xcalloc(1, sizeof(struct patset)), &ss, err, 0, o};

	if (o->ndirs == 0) {
		add_builtins(&ss);
	} else {
		for (int i = 0; i < o->ndirs; i++)
			if (scan_dir(&ss, o->dirs[i], "", 0, err) < 0)
				L.nerr++;
		int pats = 0;
		for (size_t i = 0; i < ss.n; i++)
			pats += ends_with(ss.s[i].rel, ".pat");
		if (!pats && !L.nerr) {
			sb_printf(err, "%s: %s: no pattern files (*.pat) in %s\n", progname, o->dirs[0],
				  o->ndirs > 1 ? "these directories" : "this directory");
			L.nerr++;
		}
	}
	for (int i = 0; i < o->nfiles; i++) {
		struct sbuf rel = {0};
		sb_printf(&rel, "\x01-f/%d", i);   /* never collides with a real name */
		struct source *s = src_put(&ss, rel.p);
		sb_free(&rel);
		s->shown = xstrdup(o->files[i]);
		s->explicit_file = 1;
		struct sbuf e = {0};
		if (read_file(o->files[i], &s->data, &s->len, &e) < 0) {
			sb_printf(err, "%s: %s", progname, e.p);
			sb_free(&e);
			L.nerr++;
			s->rel[0] = '\x02';   /* not a .pat any more: skipped */
			continue;
		}
		s->bytes = (const unsigned char *)s->data;
		free(s->rel);
		struct sbuf r2 = {0};
		sb_printf(&r2, "\x01-f/%d.pat", i);
		s->rel = r2.p;
	}
	if (!L.nerr)
		load_sources(&L, &ss);
	for (int i = 0; i < o->nlangs && o->require_langs && !L.nerr; i++) {
		int found = 0;
		for (int f = 0; f < L.set->nfiles; f++)
			found |= strcmp(L.set->files[f]->lang, o->langs[i]) == 0;
		if (!found) {
			sb_printf(err, "%s: no pattern files for language '%s'%s\n", progname, o->langs[i],
				  o->ndirs ? "" : " (the built-in languages are fr and en)");
			L.nerr++;
		}
	}
	src_free(&ss);
	return finish(&L);
}

struct patset *pat_load_text(const char *name, const char *text, size_t len, struct sbuf *err)
{
	struct sources ss = {0};
	struct pat_options o = {.types = (1u << T_NTYPES) - 1};
	struct loader L = {xcalloc(1, sizeof(struct patset)), &ss, err, 0, &o};
	add_builtins(&ss);
	/* The text stands in for a built-in file of that name, so that its
	 * lists resolve as the built-in ones do. */
	struct source *s = src_put(&ss, name);
	s->shown = xstrdup(name);
	s->bytes = (const unsigned char *)text;
	s->len = len;
	struct patfile *pf = parse_file(&L, s);
	if (pf) {
		L.set->files = xmalloc(sizeof *L.set->files);
		L.set->files[L.set->nfiles++] = pf;
	}
	src_free(&ss);
	return finish(&L);
}

void pat_free(struct patset *s)
{
	if (!s)
		return;
	for (int i = 0; i < s->nrules; i++)
		rule_free(s->rules[i]);
	free(s->rules);
	for (int i = 0; i < s->nfiles; i++) {
		free(s->files[i]->lists);
		free(s->files[i]->name);
		free(s->files[i]);
	}
	free(s->files);
	for (int i = 0; i < s->nlists; i++)
		list_free(s->lists[i]);
	free(s->lists);
	free(s);
}
