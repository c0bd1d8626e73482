/*
 * printer: rows out, as TSV (the linear TSV convention: \\ \t \n \r
 * escaped in fields) or JSON Lines, with the columns --fields chose.
 * Output goes through one large buffer and write(2); a failed write is
 * remembered and reported once by the caller.
 */
#ifndef TRAWL_PRINTER_H
#define TRAWL_PRINTER_H

#include <stddef.h>
#include <stdint.h>

enum field { F_FILE, F_ID, F_LINE, F_START, F_END, F_TYPE, F_TEXT, F_VALUE,
	     F_LANG, F_RULE, F_NFIELDS };
extern const char *const field_names[F_NFIELDS];

enum format { FMT_TSV, FMT_JSONL, FMT_ANSI, FMT_HTML };

struct row {
	int type_index;          /* enum etype */
	const char *file;
	const char *id;
	uint64_t line, start, end;
	const char *type;
	const unsigned char *text;
	size_t textlen;
	const char *value;
	size_t valuelen;
	const char *lang;
	const char *rule;
};

struct printer {
	enum format format;
	enum field fields[F_NFIELDS * 2];
	int nfields;
	int line_buffered;
	int fd;
	char *buf;
	size_t len, cap;
	int err;             /* errno of the first failed write, 0 if none */
	int color;           /* SGR colours (ansi format, and TSV's type column) */
	uint64_t counts[8];  /* rows per type, for the HTML page's summary */
	int sections;        /* inputs begun (echo formats) */
};

void pr_init(struct printer *p, int fd, enum format f);
void pr_free(struct printer *p);

/* Parse a --fields list ("line,start,type") into p; returns 0, or -1
 * with the bad name in *bad. */
int pr_set_fields(struct printer *p, const char *list, const char **bad, size_t *badlen);

void pr_header(struct printer *p);
void pr_row(struct printer *p, const struct row *r);

/* The echo formats (ansi, html) print the input text with the matches
 * marked in it: pr_begin_input opens an input (its name, or a record's
 * id), pr_text prints text between matches, pr_row marks a match, and
 * pr_finish closes the page. */
int pr_echoes(const struct printer *p);
void pr_begin_input(struct printer *p, const char *name, int show_name);
void pr_text(struct printer *p, const unsigned char *s, size_t n);
void pr_end_input(struct printer *p);
void pr_finish(struct printer *p);
/* Write out what is buffered; returns 0 or -1 (p->err set). */
int pr_flush(struct printer *p);

/* Escapers, exposed for tests: append the escaped form of s[0..n). */
void tsv_escape(struct printer *p, const unsigned char *s, size_t n);
void json_escape(struct printer *p, const unsigned char *s, size_t n);

#endif
