/*
 * records: inputs that hold one document per line, as a JSON object
 * (--input=jsonl) or a TSV row (--input=tsv), each with an id.  Each
 * record's text is scanned as an input of its own: lines and offsets are
 * relative to the decoded text, and every row carries the record's id.
 * A bad record (not JSON, no text field, a text that is not a string, a
 * line longer than the buffer) is reported with its line number and
 * skipped; the others still run.
 */
#ifndef TRAWL_RECORDS_H
#define TRAWL_RECORDS_H

#include <stdint.h>

#include "scan.h"

enum input_format { IN_TEXT, IN_JSONL, IN_TSV };

struct record_opts {
	enum input_format format;
	const char *text_key;    /* JSON Lines: the text's key (default "text") */
	const char *id_key;      /* JSON Lines: the id's key (default "id") */
	int text_field;          /* TSV: 1-based field of the text (default 1) */
	int id_field;            /* TSV: 1-based field of the id (0: none) */
	size_t max_line;         /* longest record line accepted */
};

/* Scan the records read from fd (named name in messages).  Returns the
 * number of bad records (each reported), or -1 after a read error. */
int records_scan_fd(struct scanner *sc, int fd, const char *name,
		    const struct record_opts *o, uint64_t *matches);

/* Decode linear TSV escapes (\t \n \r \\) in place; returns the length. */
size_t tsv_unescape(char *s, size_t n);

#endif
