/*
 * org: ORG values, the canonical name: the list's value for a name found
 * in a list (by a 'names' rule, or a group 'org' whose text the list
 * 'org' knows), else the text of group 'org' if the rule has one, else
 * the matched text, with white-space runs folded.
 * A rule's match is learned for the rest of the input (matcher.c), and so
 * is the text of its group 'alias' ("Autorité des marchés financiers
 * (AMF)" teaches "AMF").
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
	size_t n;
	const char *name = m_group(m, "org", &n);
	if (name)
		fold_ws(v, name, n);
	else
		fold_ws(v, (const char *)m->subj + m->start, m->end - m->start);
	return v->len > 0;
}
