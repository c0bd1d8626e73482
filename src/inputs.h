/*
 * inputs: scanning the FILE operands, one after the other or, with -j N,
 * in N worker processes whose output is put back in input order, so that
 * the output is byte for byte that of -j 1.  Text inputs go one per
 * worker; record inputs are cut into chunks of whole records.
 */
#ifndef TRAWL_INPUTS_H
#define TRAWL_INPUTS_H

#include <stdint.h>

#include "printer.h"
#include "records.h"
#include "scan.h"

struct input_result {
	int errors;          /* inputs that could not be read (reported) */
	uint64_t matches;    /* rows printed (with -j: inputs that had rows) */
};

/* Scan inputs[0..n) ("-" is standard input) with sc, printing through pr,
 * using up to jobs processes.  Stops early on a write error (pr->err). */
struct input_result inputs_scan(const char *const *inputs, int n, int jobs,
				struct scanner *sc, struct printer *pr,
				const struct record_opts *ro);

#endif
