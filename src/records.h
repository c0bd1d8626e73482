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

/* Reads lines of at most max bytes from a file descriptor, in bounded
 * memory; a longer line is reported as such and skipped whole. */
struct linereader {
	int fd;
	char *buf;
	size_t cap, len, start;
	int eof, skipping, error;
	uint64_t lineno;         /* number of the line last returned */
	uint64_t toolong_line;   /* number of the line LR_TOOLONG reported */
};

enum { LR_EOF = 0, LR_LINE = 1, LR_TOOLONG = 2, LR_ERROR = -1 };

void lr_init(struct linereader *lr, int fd, size_t max, uint64_t first_line);
/* Next line (without its newline) in *line, *n: LR_LINE; or LR_TOOLONG
 * (lr->lineno is its number), LR_EOF, LR_ERROR (errno set). */
int lr_next(struct linereader *lr, char **line, size_t *n);
void lr_free(struct linereader *lr);

/* Scan the records read from fd (named name in messages), its first line
 * being number first_line.  Returns the number of bad records (each
 * reported), or -1 after a read error. */
int records_scan_fd(struct scanner *sc, int fd, const char *name,
		    const struct record_opts *o, uint64_t *matches, uint64_t first_line);

/* The same on a chunk cut by -j, where the lines numbered toolong[] were
 * too long to be copied (an empty line stands for each). */
int records_scan_chunk(struct scanner *sc, int fd, const char *name,
		       const struct record_opts *o, uint64_t *matches, uint64_t first_line,
		       const uint64_t *toolong, size_t ntoolong);

/* Decode linear TSV escapes (\t \n \r \\) in place; returns the length. */
size_t tsv_unescape(char *s, size_t n);

#endif
