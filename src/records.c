/* records: JSON Lines (jansson) and TSV records, one document per line. */
#include "records.h"
#include "util.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

size_t tsv_unescape(char *s, size_t n)
{
	size_t o = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\\' && i + 1 < n) {
			char c = s[++i];
			s[o++] = c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c;
		} else {
			s[o++] = s[i];
		}
	}
	return o;
}

struct reader {
	struct scanner *sc;
	const char *name;
	const struct record_opts *o;
	uint64_t lineno;
	int bad;
	uint64_t matches;
	char idbuf[64];
};

static void bad_record(struct reader *r, const char *fmt, const char *detail)
{
	char msg[512];
	snprintf(msg, sizeof msg, fmt, detail);
	warnmsg("%s:%llu: %s; record skipped", r->name, (unsigned long long)r->lineno, msg);
	r->bad++;
}

static void scan_record(struct reader *r, const char *text, size_t n, const char *id)
{
	r->sc->record_id = id;
	scan_mem(r->sc, (const unsigned char *)text, n, r->name);
	r->sc->record_id = NULL;
	r->matches += r->sc->matches;
}

static void jsonl_line(struct reader *r, char *line, size_t n)
{
	json_error_t e;
	json_t *obj = json_loadb(line, n, JSON_ALLOW_NUL | JSON_REJECT_DUPLICATES, &e);
	if (!obj) {
		bad_record(r, "not valid JSON (%s)", e.text);
		return;
	}
	if (!json_is_object(obj)) {
		bad_record(r, "%s", "not a JSON object");
		json_decref(obj);
		return;
	}
	json_t *text = json_object_get(obj, r->o->text_key);
	if (!text) {
		bad_record(r, "no \"%s\" field (choose the text's key with --text-key)", r->o->text_key);
	} else if (!json_is_string(text)) {
		bad_record(r, "\"%s\" is not a string", r->o->text_key);
	} else {
		const char *id = "";
		char *dumped = NULL;
		json_t *jid = json_object_get(obj, r->o->id_key);
		if (jid && json_is_string(jid)) {
			id = json_string_value(jid);
		} else if (jid && !json_is_null(jid)) {
			dumped = json_dumps(jid, JSON_ENCODE_ANY | JSON_COMPACT);
			id = dumped ? dumped : "";
		} else {
			/* No id: the record's line number stands in for it. */
			snprintf(r->idbuf, sizeof r->idbuf, "%llu", (unsigned long long)r->lineno);
			id = r->idbuf;
		}
		scan_record(r, json_string_value(text), json_string_length(text), id);
		free(dumped);
	}
	json_decref(obj);
}

static void tsv_line(struct reader *r, char *line, size_t n)
{
	/* Split into fields (at most 4096 looked at). */
	char *fields[4096];
	size_t lens[4096];
	int nf = 0;
	char *p = line, *end = line + n;
	for (;;) {
		char *tab = memchr(p, '\t', (size_t)(end - p));
		char *fe = tab ? tab : end;
		if (nf < 4096) {
			fields[nf] = p;
			lens[nf] = (size_t)(fe - p);
			nf++;
		}
		if (!tab)
			break;
		p = tab + 1;
	}
	int tf = r->o->text_field < 1 ? 1 : r->o->text_field, idf = r->o->id_field;
	if (tf > nf) {
		char want[32];
		snprintf(want, sizeof want, "%d", tf);
		bad_record(r, "no field %s (choose the text's field with --text-field)", want);
		return;
	}
	if (idf > nf) {
		char want[32];
		snprintf(want, sizeof want, "%d", idf);
		bad_record(r, "no field %s (choose the id's field with --id-field)", want);
		return;
	}
	char *id = NULL;
	if (idf > 0) {
		lens[idf - 1] = tsv_unescape(fields[idf - 1], lens[idf - 1]);
		id = xmemdup(fields[idf - 1], lens[idf - 1]);
	} else {
		snprintf(r->idbuf, sizeof r->idbuf, "%llu", (unsigned long long)r->lineno);
	}
	size_t tl = idf == tf ? lens[tf - 1] : tsv_unescape(fields[tf - 1], lens[tf - 1]);
	scan_record(r, fields[tf - 1], tl, id ? id : r->idbuf);
	free(id);
}

void lr_init(struct linereader *lr, int fd, size_t max, uint64_t first_line)
{
	memset(lr, 0, sizeof *lr);
	lr->fd = fd;
	lr->cap = max + 1;
	lr->buf = xmalloc(lr->cap);
	lr->lineno = first_line - 1;
}

void lr_free(struct linereader *lr)
{
	free(lr->buf);
	lr->buf = NULL;
}

int lr_next(struct linereader *lr, char **line, size_t *n)
{
	for (;;) {
		char *nl = lr->start < lr->len ? memchr(lr->buf + lr->start, '\n', lr->len - lr->start) : NULL;
		if (nl || (lr->eof && lr->start < lr->len)) {
			size_t k = (nl ? (size_t)(nl - lr->buf) : lr->len) - lr->start;
			*line = lr->buf + lr->start;
			*n = k;
			lr->start += k + (nl ? 1 : 0);
			lr->lineno++;
			if (lr->skipping) {
				lr->skipping = 0;   /* the rest of a line already reported */
				continue;
			}
			if (k && (*line)[k - 1] == '\r')
				(*n)--;
			return LR_LINE;
		}
		if (lr->eof) {
			if (lr->skipping) {
				lr->skipping = 0;
				lr->lineno++;
			}
			return lr->error ? LR_ERROR : LR_EOF;
		}
		if (lr->start > 0) {
			memmove(lr->buf, lr->buf + lr->start, lr->len - lr->start);
			lr->len -= lr->start;
			lr->start = 0;
		}
		if (lr->len == lr->cap) {
			/* A line longer than the buffer: drop what we have of it
			 * and skip to its end. */
			lr->len = 0;
			if (!lr->skipping) {
				lr->skipping = 1;   /* counted when its end is read */
				*line = NULL;
				*n = 0;
				lr->toolong_line = lr->lineno + 1;
				return LR_TOOLONG;
			}
		}
		ssize_t k = read(lr->fd, lr->buf + lr->len, lr->cap - lr->len);
		if (k < 0) {
			if (errno == EINTR)
				continue;
			lr->error = errno;
			lr->eof = 1;
			lr->len = lr->start;   /* drop a partial line */
		} else if (k == 0) {
			lr->eof = 1;
		} else {
			lr->len += (size_t)k;
		}
	}
}

static void too_long(struct reader *r, uint64_t lineno)
{
	char lim[32];
	r->lineno = lineno;
	snprintf(lim, sizeof lim, "%zu", r->o->max_line);
	bad_record(r, "longer than %s bytes (raise --buffer-size)", lim);
}

int records_scan_fd(struct scanner *sc, int fd, const char *name,
		    const struct record_opts *o, uint64_t *matches, uint64_t first_line)
{
	return records_scan_chunk(sc, fd, name, o, matches, first_line, NULL, 0);
}

int records_scan_chunk(struct scanner *sc, int fd, const char *name,
		       const struct record_opts *o, uint64_t *matches, uint64_t first_line,
		       const uint64_t *toolong, size_t ntoolong)
{
	size_t next_long = 0;
	struct reader r = {sc, name, o, 0, 0, 0, {0}};
	struct linereader lr;
	char *line;
	size_t n;
	int rc;
	lr_init(&lr, fd, o->max_line, first_line);
	while ((rc = lr_next(&lr, &line, &n)) != LR_EOF && rc != LR_ERROR) {
		if (rc == LR_TOOLONG) {
			too_long(&r, lr.toolong_line);
			continue;
		}
		r.lineno = lr.lineno;
		if (next_long < ntoolong && toolong[next_long] == lr.lineno) {
			too_long(&r, lr.lineno);
			next_long++;
			continue;
		}
		if (n == 0)
			continue;   /* blank lines hold no record */
		if (o->format == IN_JSONL)
			jsonl_line(&r, line, n);
		else
			tsv_line(&r, line, n);
	}
	if (rc == LR_ERROR)
		warnmsg("%s: read error: %s", name, strerror(lr.error));
	lr_free(&lr);
	*matches += r.matches;
	return rc == LR_ERROR ? -1 : r.bad;
}
