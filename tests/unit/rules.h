/* A rule compiled as the loader compiles one, with its probe copy
 * (probe.h), for the unit tests of the filters and the probes. */
#ifndef TRAWL_TEST_RULES_H
#define TRAWL_TEST_RULES_H

#include <stdlib.h>
#include <string.h>

#include "probe.h"

static inline struct rule *test_rule(const char *re)
{
	struct rule *r = calloc(1, sizeof *r);
	int err;
	PCRE2_SIZE off;
	r->code = pcre2_compile((PCRE2_SPTR)re, PCRE2_ZERO_TERMINATED, PAT_COMPILE_OPTIONS,
				&err, &off, NULL);
	r->probe_re = probe_regex(re, strlen(re), &r->probe_relen);
	return r;
}

static inline void test_rule_free(struct rule *r)
{
	pcre2_code_free(r->code);
	if (r->probe_code)
		pcre2_code_free(r->probe_code);
	free(r->probe_re);
	free(r);
}

#endif
