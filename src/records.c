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

int records_scan_fd(struct scanner *sc, int fd, const char *name,
		    const struct record_opts *o, uint64_t *matches)
{
	struct reader r = {sc, name, o, 0, 0, 0, {0}};
	size_t cap = o->max_line + 1, len = 0, start = 0;
	char *buf = xmalloc(cap);
	int skipping = 0, eof = 0, rc = 0;

	while (!eof || start < len) {
		/* Complete lines in buf[start..len). */
		char *nl = start < len ? memchr(buf + start, '\n', len - start) : NULL;
		if (nl || (eof && start < len)) {
			size_t n = (nl ? (size_t)(nl - buf) : len) - start;
			char *line = buf + start;
			start += n + (nl ? 1 : 0);
			r.lineno++;
			if (skipping) {
				skipping = 0;
				continue;
			}
			if (n && line[n - 1] == '\r')
				n--;
			if (n == 0)
				continue;   /* blank lines separate nothing: skip them */
			if (o->format == IN_JSONL)
				jsonl_line(&r, line, n);
			else
				tsv_line(&r, line, n);
			continue;
		}
		/* Need more: keep the partial line, read on. */
		if (start > 0) {
			memmove(buf, buf + start, len - start);
			len -= start;
			start = 0;
		}
		if (len == cap) {
			if (!skipping) {
				r.lineno++;
				char lim[32];
				snprintf(lim, sizeof lim, "%zu", o->max_line);
				bad_record(&r, "longer than %s bytes (raise --buffer-size)", lim);
				r.lineno--;
			}
			skipping = 1;
			len = 0;
		}
		ssize_t k = read(fd, buf + len, cap - len);
		if (k < 0) {
			if (errno == EINTR)
				continue;
			warnmsg("%s: read error: %s", name, strerror(errno));
			rc = -1;
			eof = 1;
			len = start;   /* drop the partial line */
		} else if (k == 0) {
			eof = 1;
			if (skipping) {
				r.lineno++;
				len = start = 0;
			}
		} else {
			len += (size_t)k;
		}
	}
	free(buf);
	*matches += r.matches;
	return rc < 0 ? -1 : r.bad;
}
