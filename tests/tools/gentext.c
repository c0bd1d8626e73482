/*
 * gentext SEED BYTES: deterministic pseudo-text for window and slicing
 * tests: French and English words, amounts, dates, percentages, names,
 * punctuation, single and double line breaks, CRLF, no-break spaces,
 * combining accents, and (unless SEED is even) NUL and invalid bytes.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t state;

static uint32_t rnd(void)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return (uint32_t)(state >> 11);
}

static const char *const words[] = {
	"la", "le", "de", "des", "en", "et", "une", "levée", "société", "groupe", "millions",
	"milliards", "dollars", "euros", "d'euros", "d\xe2\x80\x99" "euros", "mars", "février",
	"hier", "semaine", "dernière", "the", "of", "in", "and", "company", "said", "bank",
	"million", "billion", "percent", "pour", "cent", "%", "$", "\xe2\x82\xac", "\xc2\xa3",
	"2023", "2024", "1999", "15", "3,5", "1 000", "12.5", "1,250,000", "26", "1er",
	"Mistral", "AI", "Banque", "de", "France", "Inc.", "SA", "(AMF)", "Autorité", "Q3",
	"T1", "janvier", "March", "Monday", "lundi", "aujourd'hui", "yesterday", "last", "week",
	"caf\x65\xcc\x81", "\xc3\xa9t\xc3\xa9", "na\xc3\xafve", "2019-2021", "26/02/2024",
	"2024-03-04", "Md\xe2\x82\xac", "M$", "k\xe2\x82\xac", "US$", "USD", "EUR", "-5", "+3",
};

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: gentext SEED BYTES\n");
		return 2;
	}
	state = strtoull(argv[1], NULL, 10) * 2654435761u + 88172645463325252ull;
	int hostile = strtoull(argv[1], NULL, 10) % 2;
	long n = atol(argv[2]), out = 0;
	const size_t nw = sizeof words / sizeof words[0];
	while (out < n) {
		const char *w = words[rnd() % nw];
		fputs(w, stdout);
		out += (long)strlen(w);
		uint32_t r = rnd() % 100;
		const char *sep = r < 70 ? " " : r < 78 ? "\n" : r < 80 ? "\n\n" : r < 82 ? "\r\n" :
				  r < 85 ? "\xc2\xa0" : r < 87 ? "\xe2\x80\xaf" : r < 90 ? ". " :
				  r < 93 ? ", " : r < 94 ? "\t" : r < 95 ? "" : " ";
		if (hostile && r == 95)
			sep = "\xff";
		if (hostile && r == 96)
			putchar(0), out++;
		if (hostile && r == 97)
			sep = "\xe2\x82";
		fputs(sep, stdout);
		out += (long)strlen(sep);
	}
	return 0;
}
