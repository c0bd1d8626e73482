/* Fuzz target: the pattern-file parser and compiler on arbitrary text:
 * errors must be reported, never crash or leak. */
#include <stdint.h>
#include <stdlib.h>

#include "patterns.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct sbuf err = {0};
	struct patset *s = pat_load_text("fuzz.pat", (const char *)data, size, &err);
	if (!s && !err.len)
		abort();   /* a failure must say why */
	pat_free(s);
	sb_free(&err);
	return 0;
}
