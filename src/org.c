/*
 * org: ORG values, the canonical name:
 * - the list's value for a name found by a 'names' rule;
 * - else, for a rule, the value that one of the file's gazetteer lists
 *   (ORG_LISTS, in order) gives the text of group 'org', then of group
 *   'alias' (the name without its legal form: "Apple Inc." -> "Apple");
 * - else the text of group 'org' if the rule has one, else the matched
 *   text, with white-space runs folded.
 * A rule's match is learned for the rest of the input (matcher.c), and so
 * is the text of its group 'alias' ("Autorité des marchés financiers
 * (AMF)" teaches "AMF").
 */
#include "normalize.h"

#include <string.h>

#include "lists.h"

/* Lists a rule's file may declare that map names to canonical names. */
static const char *const ORG_LISTS[] = {"org", "orglang", "orgs"};

static const char *canonical(const struct match *m, const char *group)
{
	size_t n;
	const char *t = m_group(m, group, &n);
	if (!t)
		return NULL;
	for (size_t i = 0; i < sizeof ORG_LISTS / sizeof *ORG_LISTS; i++) {
		const struct list *l = m_list(m, ORG_LISTS[i]);
		const char *v = l ? list_get(l, t, n) : NULL;
		if (v)
			return v;
	}
	return NULL;
}

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
	const char *canon = canonical(m, "org");
	if (!canon)
		canon = canonical(m, "alias");
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
