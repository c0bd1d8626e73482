/*
 * normalize: turn a rule's match into the value column.
 *
 * One normalizer per type (money.c, percent.c, date.c, org.c).  Each
 * reads the match through m_group/m_lookup by group name, so that rules
 * and lists, not C code, decide what text means what.
 */
#ifndef TRAWL_NORMALIZE_H
#define TRAWL_NORMALIZE_H

#include <stddef.h>
#include <stdint.h>

#include "patterns.h"

#define VALUE_MAX 256

/* Context shared by all normalizers. */
struct norm_ctx {
	int has_ref;             /* --ref-date given */
	int ref_y, ref_m, ref_d;
};

struct match {
	const struct rule *rule;
	const unsigned char *subj;   /* the view text the rule ran on */
	size_t subjlen;
	const size_t *ov;            /* PCRE2 ovector, NULL for names rules */
	size_t start, end;           /* view offsets of the reported span */
	const char *names_value;     /* value of the list entry (names rules) */
	int part;                    /* 0, or 1 / 2 for the ends of a range */
	const struct norm_ctx *ctx;
};

/* Flags a normalizer can set on its value. */
enum {
	NV_NEEDCUR = 1,   /* MONEY without a currency: inherit one, or drop */
};

struct normval {
	char s[VALUE_MAX];
	size_t len;
	unsigned flags;
};

/* Text of the first set group called name (DUPNAMES allowed), or NULL. */
const char *m_group(const struct match *m, const char *name, size_t *len);
/* The list value of that group's text (in the list bound to the group's
 * name, trailing digits ignored), or NULL. */
const char *m_lookup(const struct match *m, const char *name);
/* The list of that name declared by the rule's file, or NULL. */
const struct list *m_list(const struct match *m, const char *name);
/* Whether the rule has a group of that name at all. */
int m_has_group(const struct match *m, const char *name);

void nv_set(struct normval *v, const char *s, size_t n);
void nv_printf(struct normval *v, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Each returns 1 with the value in v, or 0 to drop the match. */
int norm_money(const struct match *m, struct normval *v);
int norm_percent(const struct match *m, struct normval *v);
int norm_date(const struct match *m, struct normval *v);
int norm_org(const struct match *m, struct normval *v);

int normalize(const struct match *m, struct normval *v);

#endif
