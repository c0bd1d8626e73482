/* printer: TSV and JSON Lines rows through one write buffer. */
#include "printer.h"
#include "utf8.h"
#include "util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const char *const field_names[F_NFIELDS] = {
	"file", "id", "line", "start", "end", "type", "text", "value", "lang", "rule",
};

#define OUTBUF (256 * 1024)

void pr_init(struct printer *p, int fd, enum format f)
{
	memset(p, 0, sizeof *p);
	p->fd = fd;
	p->format = f;
	p->cap = OUTBUF;
	p->buf = xmalloc(p->cap);
}

void pr_free(struct printer *p)
{
	free(p->buf);
	p->buf = NULL;
}

int pr_flush(struct printer *p)
{
	size_t off = 0;
	while (off < p->len && !p->err) {
		ssize_t n = write(p->fd, p->buf + off, p->len - off);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			p->err = errno;
			break;
		}
		off += (size_t)n;
	}
	p->len = 0;
	return p->err ? -1 : 0;
}

static void put(struct printer *p, const void *s, size_t n)
{
	if (p->len + n > p->cap) {
		pr_flush(p);
		if (n > p->cap) {
			/* A field larger than the buffer: write it through. */
			size_t off = 0;
			while (off < n && !p->err) {
				ssize_t w = write(p->fd, (const char *)s + off, n - off);
				if (w < 0) {
					if (errno != EINTR)
						p->err = errno;
					continue;
				}
				off += (size_t)w;
			}
			return;
		}
	}
	memcpy(p->buf + p->len, s, n);
	p->len += n;
}

static void putc_(struct printer *p, char c)
{
	if (p->len == p->cap)
		pr_flush(p);
	p->buf[p->len++] = c;
}

static void put_u64(struct printer *p, uint64_t v)
{
	char tmp[24];
	int i = sizeof tmp;
	do {
		tmp[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	put(p, tmp + i, sizeof tmp - (size_t)i);
}

void tsv_escape(struct printer *p, const unsigned char *s, size_t n)
{
	size_t run = 0;
	for (size_t i = 0; i < n; i++) {
		const char *e = NULL;
		switch (s[i]) {
		case '\\': e = "\\\\"; break;
		case '\t': e = "\\t"; break;
		case '\n': e = "\\n"; break;
		case '\r': e = "\\r"; break;
		default: continue;
		}
		put(p, s + run, i - run);
		put(p, e, 2);
		run = i + 1;
	}
	put(p, s + run, n - run);
}

void json_escape(struct printer *p, const unsigned char *s, size_t n)
{
	putc_(p, '"');
	size_t i = 0;
	while (i < n) {
		unsigned c = s[i];
		if (c >= 0x80) {
			int32_t cp;
			int len = utf8_decode(s + i, n - i, &cp);
			if (len <= 0) {
				put(p, "\\ufffd", 6);   /* not UTF-8: JSON cannot carry it */
				i++;
			} else {
				put(p, s + i, (size_t)len);
				i += (size_t)len;
			}
			continue;
		}
		switch (c) {
		case '"': put(p, "\\\"", 2); break;
		case '\\': put(p, "\\\\", 2); break;
		case '\n': put(p, "\\n", 2); break;
		case '\r': put(p, "\\r", 2); break;
		case '\t': put(p, "\\t", 2); break;
		default:
			if (c < 0x20 || c == 0x7F) {
				char u[8];
				snprintf(u, sizeof u, "\\u%04x", c);
				put(p, u, 6);
			} else {
				putc_(p, (char)c);
			}
		}
		i++;
	}
	putc_(p, '"');
}

int pr_set_fields(struct printer *p, const char *list, const char **bad, size_t *badlen)
{
	p->nfields = 0;
	const char *s = list;
	while (*s) {
		const char *e = strchr(s, ',');
		size_t n = e ? (size_t)(e - s) : strlen(s);
		int found = -1;
		for (int f = 0; f < F_NFIELDS; f++)
			if (strlen(field_names[f]) == n && strncmp(field_names[f], s, n) == 0)
				found = f;
		if (found < 0 || p->nfields == (int)(sizeof p->fields / sizeof p->fields[0])) {
			*bad = s;
			*badlen = n;
			return -1;
		}
		p->fields[p->nfields++] = (enum field)found;
		s += n;
		if (*s == ',')
			s++;
	}
	if (!p->nfields) {
		*bad = list;
		*badlen = 0;
		return -1;
	}
	return 0;
}

void pr_header(struct printer *p)
{
	if (p->format != FMT_TSV)
		return;
	for (int i = 0; i < p->nfields; i++) {
		if (i)
			putc_(p, '\t');
		put(p, field_names[p->fields[i]], strlen(field_names[p->fields[i]]));
	}
	putc_(p, '\n');
}

static void field_str(struct printer *p, const char *s, size_t n)
{
	if (p->format == FMT_TSV)
		tsv_escape(p, (const unsigned char *)s, n);
	else
		json_escape(p, (const unsigned char *)s, n);
}

void pr_row(struct printer *p, const struct row *r)
{
	int json = p->format == FMT_JSONL;
	if (json)
		putc_(p, '{');
	for (int i = 0; i < p->nfields; i++) {
		enum field f = p->fields[i];
		if (i)
			putc_(p, json ? ',' : '\t');
		if (json) {
			putc_(p, '"');
			put(p, field_names[f], strlen(field_names[f]));
			put(p, "\":", 2);
		}
		switch (f) {
		case F_FILE: field_str(p, r->file, strlen(r->file)); break;
		case F_ID: field_str(p, r->id ? r->id : "", r->id ? strlen(r->id) : 0); break;
		case F_LINE: put_u64(p, r->line); break;
		case F_START: put_u64(p, r->start); break;
		case F_END: put_u64(p, r->end); break;
		case F_TYPE: field_str(p, r->type, strlen(r->type)); break;
		case F_TEXT: field_str(p, (const char *)r->text, r->textlen); break;
		case F_VALUE: field_str(p, r->value, r->valuelen); break;
		case F_LANG: field_str(p, r->lang, strlen(r->lang)); break;
		case F_RULE: field_str(p, r->rule, strlen(r->rule)); break;
		default: break;
		}
	}
	if (json)
		putc_(p, '}');
	putc_(p, '\n');
	if (p->line_buffered)
		pr_flush(p);
}
