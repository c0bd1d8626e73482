/* Fuzz target: probes never say no where the text says yes.
 *
 * Input: a regex, a NUL, a context, a NUL, a subject.  The regex is
 * compiled as rules are, and probed through its copy (probe_regex).
 * Wherever the regex matches the subject after the context (which ends
 * with white space, as the bytes before a candidate do), no prefix of
 * the subject may be answered "no" by probe_may. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "probe.h"
#include "utf8.h"

static int valid(const unsigned char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		int32_t cp;
		int k = utf8_decode(s + i, n - i, &cp);
		if (k <= 0 || cp == 0)
			return 0;
		i += (size_t)k;
	}
	return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct probe pb;
	static pcre2_match_data *md;
	static pcre2_match_context *mctx;
	if (!md) {
		probe_init(&pb, 64);
		md = pcre2_match_data_create(64, NULL);
		mctx = pcre2_match_context_create(NULL);
		/* Low limits: a runaway regex gives up soon (a probe that gives
		 * up answers "maybe"), and the fuzzer keeps its pace. */
		pcre2_set_match_limit(mctx, 5000);
		pcre2_set_match_limit(pb.mctx, 5000);
	}
	const uint8_t *z1 = memchr(data, 0, size);
	if (!z1 || z1 == data || z1 - data > 1024)
		return 0;
	size_t relen = (size_t)(z1 - data);
	const uint8_t *rest = z1 + 1;
	size_t restlen = size - relen - 1;
	const uint8_t *z2 = memchr(rest, 0, restlen);
	size_t clen = z2 ? (size_t)(z2 - rest) : 0;
	const uint8_t *subj = z2 ? z2 + 1 : rest;
	size_t slen = z2 ? restlen - clen - 1 : restlen;
	if (clen > 64 || slen > 64 || slen == 0 || !valid(rest, clen) || !valid(subj, slen) ||
	    !valid(data, relen))
		return 0;

	int err;
	PCRE2_SIZE off;
	struct rule r;
	memset(&r, 0, sizeof r);
	r.code = pcre2_compile(data, relen, PAT_COMPILE_OPTIONS, &err, &off, NULL);
	if (!r.code)
		return 0;
	/* The copy may not compile (PCRE2 does not measure a group through
	 * a callout, for a back reference in a lookbehind): its probes then
	 * answer "maybe", which the check below holds them to as well. */
	r.probe_re = probe_regex((const char *)data, relen, &r.probe_relen);
	/* The context, then a space, then the subject. */
	unsigned char full[64 + 1 + 64];
	memcpy(full, rest, clen);
	size_t at = clen;
	if (clen)
		full[at++] = ' ';
	memcpy(full + at, subj, slen);
	int rc = pcre2_match(r.code, full, at + slen, at, PCRE2_NO_UTF_CHECK, md, mctx);
	if (rc > 0) {
		for (size_t k = 1; k <= slen; k++) {
			if ((subj[k - 1] & 0xC0) == 0x80 && k < slen && (subj[k] & 0xC0) == 0x80)
				continue;
			if (k < slen && (subj[k] & 0xC0) == 0x80)
				continue;   /* not at a character's end */
			if (!probe_may(&pb, &r, subj, k))
				abort();   /* a match starts with these bytes */
		}
	}
	pcre2_code_free(r.code);
	if (r.probe_code)
		pcre2_code_free(r.probe_code);
	free(r.probe_re);
	return 0;
}
