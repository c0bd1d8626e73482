/* Unit tests: the names trie (longest match, word boundaries, case policy,
 * incremental adds). */
#include "lists.h"
#include "names.h"
#include "test.h"

#include <stdlib.h>

static struct list *mklist(const char *tsv)
{
	char err[256];
	struct list *l = list_parse("t", "t.tsv", tsv, strlen(tsv), err, sizeof err);
	if (!l)
		fprintf(stderr, "%s\n", err);
	return l;
}

/* The value matched at the start of text, and its length; NULL if none. */
static const char *at(const struct names *n, const char *text, size_t *len)
{
	size_t m = 0;
	int e = names_match(n, (const unsigned char *)text, strlen(text), &m);
	if (len)
		*len = e >= 0 ? m : 0;
	return e >= 0 ? n->values[e] : NULL;
}

static const char *tsv =
	"Banque de France\tBanque de France\n"
	"Banque\tX-Banque\n"
	"AMF\tAutorité des marchés financiers\n"
	"Le Point\tLe Point\n"
	"Parlement européen\tEuropean Parliament\n"
	"eBay\teBay\n"
	"GdP\tGewerkschaft der Polizei\n"
	"Mistral AI\tMistral AI\n"
	"MistralAI\tMistral AI\n"
	"L'Équipe\tL'Équipe\n";

static void test_longest(void)
{
	struct list *l = mklist(tsv);
	struct names *n = names_build(l);
	size_t len;
	CHECK_STR(at(n, "Banque de France a dit", &len), "Banque de France");
	CHECK_INT(len, 16);
	CHECK_STR(at(n, "Banque du Japon", &len), "X-Banque");
	CHECK_INT(len, 6);
	/* white space runs and a line break fold to one space */
	CHECK_STR(at(n, "Banque  de\nFrance.", &len), "Banque de France");
	CHECK_INT(len, 17);
	/* the match must end at a word boundary */
	CHECK(at(n, "Banquet", NULL) == NULL);
	CHECK_STR(at(n, "MistralAI's model", &len), "Mistral AI");
	CHECK_INT(len, 9);
	names_free(n);
	list_free(l);
}

static void test_case_policy(void)
{
	struct list *l = mklist(tsv);
	struct names *n = names_build(l);
	/* acronyms only in capitals */
	CHECK_STR(at(n, "AMF", NULL), "Autorité des marchés financiers");
	CHECK(at(n, "amf", NULL) == NULL);
	CHECK(at(n, "Amf", NULL) == NULL);
	/* every capitalized word of the surface must be capitalized */
	CHECK_STR(at(n, "Le Point", NULL), "Le Point");
	CHECK(at(n, "Le point de vue", NULL) == NULL);
	CHECK(at(n, "le Point", NULL) == NULL);
	CHECK(at(n, "banque de France", NULL) == NULL);
	/* small words of the surface are free */
	CHECK_STR(at(n, "Parlement Européen", NULL), "European Parliament");
	CHECK_STR(at(n, "Banque De France", NULL), "Banque de France");
	/* all-capitals headlines match, except mixed-case surfaces */
	CHECK_STR(at(n, "LE POINT", NULL), "Le Point");
	CHECK_STR(at(n, "BANQUE DE FRANCE", NULL), "Banque de France");
	CHECK(at(n, "GDP", NULL) == NULL);
	CHECK_STR(at(n, "GdP", NULL), "Gewerkschaft der Polizei");
	/* a name does not end where a hyphen joins a capital to it */
	CHECK(at(n, "AMF-X", NULL) == NULL);
	CHECK_STR(at(n, "AMF-backed", NULL), "Autorité des marchés financiers");
	/* an apostrophe starts a word: "L'équipe" is the team */
	CHECK_STR(at(n, "L'Équipe", NULL), "L'Équipe");
	CHECK(at(n, "L'équipe", NULL) == NULL);
	CHECK_STR(at(n, "L'ÉQUIPE", NULL), "L'Équipe");
	/* a lower-case first letter must stay lower case */
	CHECK_STR(at(n, "eBay", NULL), "eBay");
	CHECK(at(n, "EBay", NULL) == NULL);
	CHECK(at(n, "Ebay", NULL) == NULL);
	names_free(n);
	list_free(l);
}

static void test_add(void)
{
	struct names *n = names_new();
	int owner;
	CHECK_INT(names_add(n, "Acme Widgets", 12, "Acme Widgets", &owner), 0);
	CHECK_INT(names_add(n, "AW", 2, "Acme Widgets", &owner), 0);
	CHECK_INT(names_add(n, "", 0, "x", &owner), -1);
	size_t len;
	CHECK_STR(at(n, "Acme Widgets sells", &len), "Acme Widgets");
	CHECK_INT(len, 12);
	CHECK_STR(at(n, "AW said", NULL), "Acme Widgets");
	CHECK(at(n, "aw said", NULL) == NULL);
	CHECK(n->owners[0] == &owner);
	/* many names: the table grows */
	char buf[32];
	for (int i = 0; i < 5000; i++) {
		int k = snprintf(buf, sizeof buf, "Firm%d Holdings", i);
		names_add(n, buf, (size_t)k, "v", &owner);
	}
	CHECK_STR(at(n, "Firm4321 Holdings", &len), "v");
	CHECK_INT(len, 17);
	CHECK(at(n, "Firm5001 Holdings", NULL) == NULL);
	names_free(n);
}

/* Transitions crowd around nodes with many children (here the root and
 * "Zeta "): every name must still be found with its own value, and every
 * near miss must not, whatever the probing does. */
static void test_crowded(void)
{
	static char names[2 * 26 * 26][16];
	struct names *n = names_new();
	int owner, k = 0;
	for (int a = 0; a < 26; a++)
		for (int b = 0; b < 26; b++) {
			snprintf(names[k++], 16, "%c%cx Co", 'A' + a, 'a' + b);
			snprintf(names[k++], 16, "Zeta %c%c", 'A' + a, 'a' + b);
		}
	for (int i = 0; i < k; i++)
		CHECK_INT(names_add(n, names[i], strlen(names[i]), names[i], &owner), 0);
	int found = 0, wrong = 0;
	for (int i = 0; i < k; i++) {
		const char *v = at(n, names[i], NULL);
		found += v != NULL;
		wrong += v && strcmp(v, names[i]) != 0;
	}
	CHECK_INT(found, k);
	CHECK_INT(wrong, 0);
	int strays = 0;
	char buf[16];
	for (int a = 0; a < 26; a++)
		for (int b = 0; b < 26; b++) {
			snprintf(buf, sizeof buf, "%c%cy Co", 'A' + a, 'a' + b);
			strays += at(n, buf, NULL) != NULL;
			snprintf(buf, sizeof buf, "Zeta %c%c%c", 'A' + a, 'a' + b, 'q');
			strays += at(n, buf, NULL) != NULL;
		}
	CHECK_INT(strays, 0);
	names_free(n);
}

int main(void)
{
	static const struct test_case tests[] = {
		{"longest", test_longest},
		{"case_policy", test_case_policy},
		{"add", test_add},
		{"crowded", test_crowded},
		{NULL, NULL},
	};
	return test_main("names", tests);
}
