/* normalize: group access and dispatch to the per-type normalizers. */
#include "normalize.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* The first set group called name (several may share it), or NULL. */
static const struct group *find_group(const struct match *m, const char *name,
				      const char **text, size_t *len)
{
	if (!m->ov)
		return NULL;
	const struct rule *r = m->rule;
	for (int i = 0; i < r->ngroups; i++) {
		const struct group *g = &r->groups[i];
		if (g->name[0] != name[0] || strcmp(g->name, name) != 0)
			continue;
		size_t s = m->ov[2 * g->num], e = m->ov[2 * g->num + 1];
		if (s == PCRE2_UNSET || e < s)
			continue;
		*text = (const char *)m->subj + s;
		*len = e - s;
		return g;
	}
	return NULL;
}

const char *m_group(const struct match *m, const char *name, size_t *len)
{
	const char *text;
	return find_group(m, name, &text, len) ? text : NULL;
}

const char *m_lookup(const struct match *m, const char *name)
{
	const char *text;
	size_t len;
	const struct group *g = find_group(m, name, &text, &len);
	return g && g->list ? list_get(g->list, text, len) : NULL;
}

const struct list *m_list(const struct match *m, const char *name)
{
	const struct patfile *f = m->rule->file;
	for (int i = 0; i < f->nlists; i++)
		if (strcmp(f->lists[i]->name, name) == 0)
			return f->lists[i];
	return NULL;
}

int m_has_group(const struct match *m, const char *name)
{
	for (int i = 0; i < m->rule->ngroups; i++)
		if (strcmp(m->rule->groups[i].name, name) == 0)
			return 1;
	return 0;
}

void nv_set(struct normval *v, const char *s, size_t n)
{
	if (n >= sizeof v->s)
		n = sizeof v->s - 1;
	memcpy(v->s, s, n);
	v->s[n] = '\0';
	v->len = n;
}

void nv_printf(struct normval *v, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(v->s, sizeof v->s, fmt, ap);
	va_end(ap);
	v->len = n < 0 ? 0 : (size_t)n >= sizeof v->s ? sizeof v->s - 1 : (size_t)n;
}

int normalize(const struct match *m, struct normval *v)
{
	v->len = 0;
	v->s[0] = '\0';
	v->flags = 0;
	switch (m->rule->file->type) {
	case T_MONEY: return norm_money(m, v);
	case T_PERCENT: return norm_percent(m, v);
	case T_DATE: return norm_date(m, v);
	case T_ORG: return norm_org(m, v);
	}
	return 0;
}
