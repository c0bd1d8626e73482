/* Unit tests: text view runs, normalization and the offset map. */
#include "test.h"
#include "textview.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static struct textview tv;

static void build(const char *s)
{
	tv_build(&tv, (const unsigned char *)s, strlen(s), 1000, 1);
}

static void test_ascii_identity(void)
{
	build("Hello world");
	CHECK_INT(tv.nruns, 1);
	CHECK(tv.runs[0].map == NULL);
	CHECK_INT(tv.runs[0].ostart, 1000);
	CHECK_INT(tv_ostart(&tv, &tv.runs[0], 6), 1006);
	CHECK_INT(tv_oend(&tv, &tv.runs[0], 11), 1011);
}

static void test_latin_in_place(void)
{
	/* Latin letters that NFC leaves alone: matched in the input itself;
	 * one curly apostrophe further on and the run is a normalized copy. */
	static const char s[] = "\xc3\xa9t\xc3\xa9 \xc3\xa0 Paris";
	build(s);
	CHECK_INT(tv.nruns, 1);
	CHECK(tv.runs[0].map == NULL);
	CHECK(tv.runs[0].text == (const unsigned char *)s);
	CHECK_INT(tv_ostart(&tv, &tv.runs[0], 2), 1002);
	CHECK_INT(tv_oend(&tv, &tv.runs[0], 1), 1002);     /* inside é: all of it */
	CHECK_INT(tv_oend(&tv, &tv.runs[0], 5), 1005);
	CHECK_INT(tv_vindex(&tv, &tv.runs[0], 1004), 5);   /* inside é: next char */
	build("\xc3\xa9t\xc3\xa9 l\xe2\x80\x99" "an");
	CHECK(tv.runs[0].map != NULL);
	CHECK_INT(tv.runs[0].len, 10);
	build("cafe\xcc\x81");                               /* a combining mark */
	CHECK(tv.runs[0].map != NULL);
}

static void test_blank_lines_split(void)
{
	build("one\ntwo\n\nthree\r\n\r\nfour\n \t\nfive");
	CHECK_INT(tv.nruns, 4);
	CHECK_INT(tv.runs[0].len, 7);       /* "one\ntwo": a single break stays */
	CHECK_INT(tv.runs[1].ostart, 1009);
	CHECK(memcmp(tv.runs[1].text, "three", 5) == 0);
	CHECK(memcmp(tv.runs[2].text, "four", 4) == 0);
	CHECK(memcmp(tv.runs[3].text, "five", 4) == 0);
}

static void test_cr_only_blank_line(void)
{
	build("a\r\rb");
	CHECK_INT(tv.nruns, 2);
}

static void test_nul_and_invalid_are_barriers(void)
{
	const char s[] = "ab\0cd\xff" "ef\xc3(gh";
	tv_build(&tv, (const unsigned char *)s, sizeof s - 1, 0, 1);
	CHECK_INT(tv.nruns, 4);
	CHECK_INT(tv.runs[1].ostart, 3);
	CHECK_INT(tv.runs[2].ostart, 6);
	CHECK_INT(tv.runs[3].ostart, 9);
	CHECK(memcmp(tv.runs[3].text, "(gh", 3) == 0);
}

static void test_incomplete_tail_waits(void)
{
	/* Not at EOF: a cut sequence ends the run, it is not a barrier. */
	const char s[] = "abc \xe2\x82";
	tv_build(&tv, (const unsigned char *)s, sizeof s - 1, 0, 0);
	CHECK_INT(tv.nruns, 1);
	CHECK_INT(tv.runs[0].len, 4);
	tv_build(&tv, (const unsigned char *)s, sizeof s - 1, 0, 1);
	CHECK_INT(tv.nruns, 1);
	CHECK_INT(tv.runs[0].len, 4);
}

static void test_nbsp_lumped_and_mapped(void)
{
	/* "15\u202Fmillions": the narrow no-break space becomes ' '. */
	build("15\xe2\x80\xafmillions");
	CHECK_INT(tv.nruns, 1);
	const struct tv_run *r = &tv.runs[0];
	CHECK_INT(r->len, 11);
	CHECK(memcmp(r->text, "15 millions", 11) == 0);
	CHECK_INT(tv_ostart(&tv, r, 3), 1005);      /* 'm' */
	CHECK_INT(tv_oend(&tv, r, 3), 1005);        /* just past the space */
	CHECK_INT(tv_oend(&tv, r, 11), 1013);
}

static void test_nfc_composes(void)
{
	/* "e" + U+0301 is "é" in the view, mapped to both input chars. */
	build("caf\x65\xcc\x81 ok");
	const struct tv_run *r = &tv.runs[0];
	CHECK(memcmp(r->text, "caf\xc3\xa9 ok", 8) == 0);
	CHECK_INT(tv_ostart(&tv, r, 3), 1003);
	CHECK_INT(tv_oend(&tv, r, 5), 1006);
}

static void test_apostrophe_and_ignorables(void)
{
	/* "l’an" with a BOM first and a soft hyphen inside "mil-lions". */
	build("\xef\xbb\xbfl\xe2\x80\x99" "an mil\xc2\xadlions");
	const struct tv_run *r = &tv.runs[0];
	CHECK_INT(r->len, 13);
	CHECK(memcmp(r->text, "l'an millions", 13) == 0);
	CHECK_INT(tv_ostart(&tv, r, 0), 1003);      /* after the BOM */
	CHECK_INT(tv_oend(&tv, r, 6), 1011);        /* "l'an mi" ends before "l" */
	CHECK_INT(tv_oend(&tv, r, 13), 1020);
}

/* Regression (found by fuzz_textview): the end of a match just before an
 * incomplete sequence at the end of a window read past the window. */
static void test_oend_before_cut_sequence(void)
{
	static const unsigned char s[] = {'\xc3', '\xa9', 'a', '\xe2', '\x80'};
	unsigned char *w = malloc(sizeof s);   /* exact size: ASan sees overreads */
	memcpy(w, s, sizeof s);
	tv_build(&tv, w, sizeof s, 0, 0);
	CHECK_INT(tv.nruns, 1);
	CHECK_INT(tv_oend(&tv, &tv.runs[0], tv.runs[0].len), 3);
	CHECK_INT(tv_unit_len(w + 2, 3), 1);
	CHECK_INT(tv_unit_len(w + 3, 2), 1);
	free(w);
}

static void test_vindex(void)
{
	build("\xc3\xa9t\xc3\xa9 2024");
	const struct tv_run *r = &tv.runs[0];
	CHECK_INT(tv_vindex(&tv, r, 1000), 0);
	CHECK_INT(tv_vindex(&tv, r, 1001), 2);      /* inside é: next char */
	CHECK_INT(tv_vindex(&tv, r, 1005), 5);
	CHECK_INT(tv_vindex(&tv, r, 2000), r->len);
}

static void test_fast_path_agrees_with_utf8proc(void)
{
	/* The view copies U+00A1..U+024F (but the soft hyphen) without asking
	 * utf8proc: that is only right if utf8proc leaves each unchanged. */
	int bad = 0;
	for (int32_t cp = 0xA1; cp <= 0x24F; cp++) {
		if (cp == 0xAD)
			continue;
		unsigned char in[4], *out = NULL;
		utf8proc_ssize_t n = utf8proc_encode_char(cp, in);
		utf8proc_ssize_t m = utf8proc_map(in, n, &out, UTF8PROC_STABLE | UTF8PROC_COMPOSE |
						  UTF8PROC_LUMP | UTF8PROC_IGNORE);
		if (m != n || memcmp(out, in, (size_t)n) != 0) {
			fprintf(stderr, "U+%04X changes under NFC+LUMP\n", (unsigned)cp);
			bad++;
		}
		free(out);
	}
	CHECK_INT(bad, 0);
	/* ...and U+00A0 and U+00AD are not left alone. */
	build("a\xc2\xa0" "b\xc2\xad" "c");
	CHECK_INT(tv.runs[0].len, 4);
	CHECK(memcmp(tv.runs[0].text, "a bc", 4) == 0);
}

int main(void)
{
	tv_init(&tv, 4096);
	static const struct test_case tests[] = {
		{"ascii_identity", test_ascii_identity},
		{"latin_in_place", test_latin_in_place},
		{"blank_lines_split", test_blank_lines_split},
		{"cr_only_blank_line", test_cr_only_blank_line},
		{"nul_and_invalid_are_barriers", test_nul_and_invalid_are_barriers},
		{"incomplete_tail_waits", test_incomplete_tail_waits},
		{"nbsp_lumped_and_mapped", test_nbsp_lumped_and_mapped},
		{"nfc_composes", test_nfc_composes},
		{"apostrophe_and_ignorables", test_apostrophe_and_ignorables},
		{"vindex", test_vindex},
		{"oend_before_cut_sequence", test_oend_before_cut_sequence},
		{"fast_path_agrees_with_utf8proc", test_fast_path_agrees_with_utf8proc},
		{NULL, NULL},
	};
	int rc = test_main("textview", tests);
	tv_free(&tv);
	return rc;
}
