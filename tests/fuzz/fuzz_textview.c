/* Fuzz target: runs, normalization and the offset map on arbitrary
 * bytes: every run's view is valid UTF-8 and maps back inside the window,
 * monotonically, onto bytes that are not NUL. */
#include <stdint.h>
#include <stdlib.h>

#include "textview.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct textview tv;
	static int init;
	if (!init) {
		tv_init(&tv, 1 << 16);
		init = 1;
	}
	if (size > (1 << 16))
		size = 1 << 16;
	tv_build(&tv, data, size, 100, size % 2);
	uint64_t prev_end = 100;
	for (size_t k = 0; k < tv.nruns; k++) {
		const struct tv_run *r = &tv.runs[k];
		if (!r->len || r->ostart < prev_end)
			abort();
		uint64_t last = 0;
		for (size_t i = 0; i < r->len;) {
			int32_t cp;
			int n = utf8_decode(r->text + i, r->len - i, &cp);
			if (n <= 0)
				abort();   /* the view is valid UTF-8 */
			uint64_t o = tv_ostart(&tv, r, i), e = tv_oend(&tv, r, i + (size_t)n);
			if (o < last || o < 100 || e > 100 + size || e <= o || data[o - 100] == 0)
				abort();
			if (tv_vindex(&tv, r, o) > i)
				abort();
			last = o;
			i += (size_t)n;
		}
		prev_end = tv_oend(&tv, r, r->len);
	}
	return 0;
}
