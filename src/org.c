/*
 * org: ORG values, the canonical name: the list's value for a name found
 * in a list (by a 'names' rule, or a group 'org' whose text the list
 * 'org' knows), else the matched text with white-space runs folded.
 * Groups read: org (the name, when the rule matched more than it).
 */
#include "normalize.h"

#include <string.h>

static void fold_ws(struct normval *v, const char *s, size_t n)
{
	size_t o = 0;
	int space = 0;
	for (size_t i = 0; i < n && o + 1 < sizeof v->s; i++) {
		char c = s[i];
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
			space = o > 0;
			continue;
		}
		if (space)
			v->s[o++] = ' ';
		space = 0;
		if (o + 1 < sizeof v->s)
			v->s[o++] = c;
	}
	v->s[o] = '\0';
	v->len = o;
}

int norm_org(const struct match *m, struct normval *v)
{
	if (m->names_value) {
		nv_set(v, m->names_value, strlen(m->names_value));
		return 1;
	}
	const char *canon = m_lookup(m, "org");
	if (canon) {
		nv_set(v, canon, strlen(canon));
		return 1;
	}
	fold_ws(v, (const char *)m->subj + m->start, m->end - m->start);
	return v->len > 0;
}
