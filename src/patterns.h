/*
 * patterns: loading, checking and compiling pattern files.
 *
 * A pattern set is built once, before the first input byte is read, from
 * the built-in files (compiled into the binary) or from -p directories,
 * plus -f files.  Each file holds the rules of one type for one language:
 *
 *   type    money                  # money | percent | date | org
 *   lang    fr
 *   list    cur   lists/currency.tsv   # word list; {cur} in a regex
 *   define  num   [0-9]+(?:,[0-9]+)?   # named fragment; {num}
 *   rule    amount-cur  (?<amount>{num})\s*(?<cur>{cur})
 *   reject  phone       0[1-9](?:[ .][0-9]{2}){4}
 *   names   orgs                       # match a list's surfaces as phrases
 *
 * See README.md, "Pattern files", for the whole format.
 */
#ifndef TRAWL_PATTERNS_H
#define TRAWL_PATTERNS_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stddef.h>

#include "lists.h"
#include "trigger.h"
#include "util.h"

/* Limits of the pattern language (so that matches never depend on how
 * the input is cut into windows). */
#define LOOKBEHIND_MAX 64     /* input bytes a rule can see before its start */
#define MATCH_MAX 256         /* input bytes a match can span */

/* The limits of one attempt of a rule (PCRE2 match and depth limits):
 * no sane rule needs more within MATCH_MAX bytes, and a runaway one
 * gives up instead of hanging the run. */
#define PAT_MATCH_LIMIT 200000
#define PAT_DEPTH_LIMIT 10000

/* The options every rule is compiled with. */
#define PAT_COMPILE_OPTIONS (PCRE2_UTF | PCRE2_UCP | PCRE2_ANCHORED | PCRE2_DUPNAMES | \
			     PCRE2_NEVER_BACKSLASH_C)

/* Entity types, in the order that breaks ties between types. */
enum etype { T_MONEY, T_PERCENT, T_DATE, T_ORG, T_NTYPES };
extern const char *const type_names[T_NTYPES];   /* "MONEY", ... */
int type_from_name(const char *s, size_t n);     /* -1 if unknown */

struct patfile;

struct group {
	const char *name;        /* points into PCRE2's name table */
	int num;
	const struct list *list; /* list of the same name (digits stripped) */
};

/* R_NEED: not a rule but the condition of one ('need RULE BYTES REGEX'):
 * where REGEX matches is a marker, and RULE is tried only at most BYTES
 * bytes before a marker. */
enum rule_kind { R_RULE, R_REJECT, R_NAMES, R_NEED };

struct rule {
	char *name;
	const struct patfile *file;
	int line;
	enum rule_kind kind;
	int id;                  /* index in patset.rules */
	pcre2_code *code;        /* R_RULE and R_REJECT */
	int jit;                 /* 0: not yet tried, 1: JIT-compiled, -1: no JIT */
	const struct list *names;/* R_NAMES */
	struct group *groups;
	int ngroups;
	struct trig trig;        /* where a match can start */
	unsigned char firstbytes[32];   /* PCRE2's first-byte bitmap */
	int has_firstbytes;
	/* What its probes run (probe.h), if it has a lookbehind: its regex
	 * with callouts, compiled at the first probe, or taken from the
	 * build-time cache (cache.h). */
	char *probe_re;
	size_t probe_relen;
	const unsigned char *probe_cached;
	pcre2_code *probe_code;
	int probe_failed;        /* no code could be had: probes answer "maybe" */
	struct rule *need;       /* R_RULE, R_REJECT: the condition, or NULL */
	int need_bytes;          /* ...the marker at most this far after the start */
	int twin;                /* id of an earlier rule that finds exactly what
				  * this one does (same type, kind, expanded regex
				  * and lists), or -1: the matcher skips twins */
	char *re;                /* the expanded regex, until the set is built
				  * (or for good with pat_options.keep_re) */
	size_t relen;
};

struct patfile {
	char *name;              /* as shown in messages */
	int type;
	char lang[16];
	int langrank;            /* position of lang in --lang */
	int langno;              /* index in patset.langs */
	const struct list *words;/* 'words LIST': the language's commonest words */
	struct list **lists;
	int nlists;
};

struct pat_options {
	const char **dirs;       /* -p, in order */
	int ndirs;
	const char **files;      /* -f, in order */
	int nfiles;
	unsigned types;          /* bit mask of enum etype */
	const char **langs;      /* --lang, in order of priority */
	int nlangs;
	int require_langs;       /* only these languages, each must exist */
	int keep_re;             /* keep each rule's expanded regex (tools/mkcache) */
};

/* A language of the set, and the words that tell it (the union of its
 * files' 'words' lists: each file names the list, so that it is there
 * whatever --types keeps). */
struct patlang {
	char lang[16];
	int rank;                /* position in --lang */
	const struct list *words;/* NULL if no file named one */
};

#define PAT_MAXLANGS 16

struct patset {
	struct patfile **files;
	int nfiles;
	struct patlang langs[PAT_MAXLANGS];   /* in --lang order */
	int nlangs;
	struct rule **rules;     /* by file priority, then file order */
	int nrules;
	struct list **lists;     /* every list loaded, once per source */
	int nlists;
	unsigned types;          /* types that have rules */
	size_t max_captures;
};

/* Load and compile the pattern set.  On any error, returns NULL and
 * leaves one "FILE:LINE: message" line per error in err. */
struct patset *pat_load(const struct pat_options *o, struct sbuf *err);
void pat_free(struct patset *s);

/* Load one pattern file's text on its own (for tests and fuzzing), with
 * lists looked up in the built-in set. */
struct patset *pat_load_text(const char *name, const char *text, size_t len,
			     struct sbuf *err);

/* The built-in files, generated at build time from patterns/. */
struct builtin_file {
	const char *name;        /* relative to patterns/ */
	const unsigned char *data;
	size_t len;
};
extern const struct builtin_file builtin_files[];
extern const size_t builtin_count;

#endif
