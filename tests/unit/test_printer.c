/* Unit tests: TSV and JSON escaping, fields, rows. */
#include "printer.h"
#include "test.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static struct printer pr;
static FILE *tmp;

static const char *output(void)
{
	static char buf[4096];
	pr_flush(&pr);
	fflush(tmp);
	rewind(tmp);
	size_t n = fread(buf, 1, sizeof buf - 1, tmp);
	buf[n] = '\0';
	rewind(tmp);
	if (ftruncate(fileno(tmp), 0) != 0)
		perror("ftruncate");
	return buf;
}

static void test_tsv_escape(void)
{
	tsv_escape(&pr, (const unsigned char *)"a\tb\nc\rd\\e f", 12);
	CHECK_STR(output(), "a\\tb\\nc\\rd\\\\e f");
	tsv_escape(&pr, (const unsigned char *)"\xc3\xa9\"'", 4);
	CHECK_STR(output(), "\xc3\xa9\"'");     /* nothing else is altered */
}

static void test_json_escape(void)
{
	json_escape(&pr, (const unsigned char *)"q\"b\\\n\t\x01\xc3\xa9", 9);
	CHECK_STR(output(), "\"q\\\"b\\\\\\n\\t\\u0001\xc3\xa9\"");
	json_escape(&pr, (const unsigned char *)"\xff", 1);
	CHECK_STR(output(), "\"\\ufffd\"");
}

static void test_rows(void)
{
	const char *bad;
	size_t badlen;
	struct row r = {
		.file = "a\tb.txt", .line = 3, .start = 10, .end = 16, .type = "MONEY",
		.text = (const unsigned char *)"20\n\xe2\x82\xac", .textlen = 6,
		.value = "20 EUR", .valuelen = 6, .lang = "fr", .rule = "x",
	};
	CHECK(pr_set_fields(&pr, "file,line,start,end,type,text,value", &bad, &badlen) == 0);
	pr_row(&pr, &r);
	CHECK_STR(output(), "a\\tb.txt\t3\t10\t16\tMONEY\t20\\n\xe2\x82\xac\t20 EUR\n");
	pr_header(&pr);
	CHECK_STR(output(), "file\tline\tstart\tend\ttype\ttext\tvalue\n");
	CHECK(pr_set_fields(&pr, "value,rule", &bad, &badlen) == 0);
	pr.format = FMT_JSONL;
	pr_row(&pr, &r);
	CHECK_STR(output(), "{\"value\":\"20 EUR\",\"rule\":\"x\"}\n");
	pr_header(&pr);
	CHECK_STR(output(), "");
	pr.format = FMT_TSV;
	CHECK(pr_set_fields(&pr, "line,bogus", &bad, &badlen) == -1);
	CHECK(badlen == 5 && strncmp(bad, "bogus", 5) == 0);
}

int main(void)
{
	tmp = tmpfile();
	if (!tmp)
		return 2;
	pr_init(&pr, fileno(tmp), FMT_TSV);
	static const struct test_case tests[] = {
		{"tsv_escape", test_tsv_escape},
		{"json_escape", test_json_escape},
		{"rows", test_rows},
		{NULL, NULL},
	};
	int rc = test_main("printer", tests);
	pr_free(&pr);
	return rc;
}
