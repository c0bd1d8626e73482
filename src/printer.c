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

/* Copy the UTF-8 character at s (s[0] >= 0x80) and return its length; an
 * invalid byte is written as bad (JSON and HTML cannot carry it). */
static size_t put_utf8(struct printer *p, const unsigned char *s, size_t n,
		       const char *bad, size_t badlen)
{
	int32_t cp;
	int len = utf8_decode(s, n, &cp);
	if (len <= 0) {
		put(p, bad, badlen);
		return 1;
	}
	put(p, s, (size_t)len);
	return (size_t)len;
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
			i += put_utf8(p, s + i, n - i, "\\ufffd", 6);
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

/* SGR colours by type: MONEY green, PERCENT cyan, DATE yellow, ORG magenta. */
static const char *const type_sgr[] = {"\033[1;32m", "\033[1;36m", "\033[1;33m", "\033[1;35m"};
static const char *const type_class[] = {"money", "percent", "date", "org"};
static const char *const type_label[] = {"MONEY", "PERCENT", "DATE", "ORG"};

int pr_echoes(const struct printer *p)
{
	return p->format == FMT_ANSI || p->format == FMT_HTML;
}

/* Text for a terminal: valid UTF-8 and line breaks kept; other control
 * characters (an ESC could drive the terminal) shown as '?'; CR dropped. */
static void ansi_text(struct printer *p, const unsigned char *s, size_t n)
{
	size_t run = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned c = s[i];
		if (c >= 0x20 && c != 0x7F)
			continue;
		if (c == '\n' || c == '\t')
			continue;
		put(p, s + run, i - run);
		if (c != '\r')
			putc_(p, '?');
		run = i + 1;
	}
	put(p, s + run, n - run);
}

/* Text for HTML: & < > " escaped, NUL and invalid UTF-8 as U+FFFD. */
static void html_text(struct printer *p, const unsigned char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		unsigned c = s[i];
		if (c >= 0x80) {
			i += put_utf8(p, s + i, n - i, "\xef\xbf\xbd", 3);
			continue;
		}
		switch (c) {
		case '&': put(p, "&amp;", 5); break;
		case '<': put(p, "&lt;", 4); break;
		case '>': put(p, "&gt;", 4); break;
		case '"': put(p, "&quot;", 6); break;
		case '\r': break;
		case 0: put(p, "\xef\xbf\xbd", 3); break;
		default:
			if (c < 0x20 && c != '\n' && c != '\t')
				put(p, "\xef\xbf\xbd", 3);
			else
				putc_(p, (char)c);
		}
		i++;
	}
}

void pr_text(struct printer *p, const unsigned char *s, size_t n)
{
	if (p->format == FMT_HTML)
		html_text(p, s, n);
	else
		ansi_text(p, s, n);
}

static void put_str(struct printer *p, const char *s)
{
	put(p, s, strlen(s));
}

static const char html_head[] =
	"<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
	"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	"<title>trawl: matches</title>\n<style>\n"
	"body { font: 15px/1.5 system-ui, sans-serif; margin: 2em auto; max-width: 60em; color: #222; padding: 0 1em; }\n"
	"h1 { font-size: 1.3em; } h2 { font-size: 1em; color: #555; border-bottom: 1px solid #ddd; }\n"
	"pre { white-space: pre-wrap; font: inherit; }\n"
	"mark { border-radius: 3px; padding: 0 2px; color: inherit; }\n"
	"mark::after { content: attr(data-type); font-size: 0.65em; font-weight: bold; margin-left: 3px; vertical-align: super; opacity: 0.7; }\n"
	".t-money { background: #c8f2c2; } .t-percent { background: #c2eef2; }\n"
	".t-date { background: #f7e8a4; } .t-org { background: #f1cdf2; }\n"
	".legend mark { margin-right: 1em; }\n"
	"table { border-collapse: collapse; margin-top: 1em; } td, th { padding: 2px 10px; text-align: left; border-bottom: 1px solid #eee; }\n"
	"</style>\n</head>\n<body>\n<h1>trawl: matches</h1>\n"
	"<p class=\"legend\"><mark class=\"t-money\">MONEY</mark><mark class=\"t-percent\">PERCENT</mark>"
	"<mark class=\"t-date\">DATE</mark><mark class=\"t-org\">ORG</mark> "
	"(hover over a match for its value)</p>\n";

void pr_begin_input(struct printer *p, const char *name, int show_name)
{
	if (p->format == FMT_HTML) {
		if (p->sections++ == 0)
			put_str(p, html_head);
		put_str(p, "<section>\n");
		if (show_name) {
			put_str(p, "<h2>");
			html_text(p, (const unsigned char *)name, strlen(name));
			put_str(p, "</h2>\n");
		}
		put_str(p, "<pre>");
	} else if (p->format == FMT_ANSI && show_name) {
		if (p->sections++)
			putc_(p, '\n');
		put_str(p, p->color ? "\033[1m==> " : "==> ");
		ansi_text(p, (const unsigned char *)name, strlen(name));
		put_str(p, p->color ? " <==\033[0m\n" : " <==\n");
	}
}

void pr_end_input(struct printer *p)
{
	if (p->format == FMT_HTML)
		put_str(p, "</pre>\n</section>\n");
}

void pr_finish(struct printer *p)
{
	if (p->format != FMT_HTML)
		return;
	if (p->sections == 0)
		put_str(p, html_head);
	put_str(p, "<table class=\"counts\">\n<tr><th>type</th><th>matches</th></tr>\n");
	for (int t = 0; t < 4; t++) {
		char n[32];
		snprintf(n, sizeof n, "%llu", (unsigned long long)p->counts[t]);
		put_str(p, "<tr><td><mark class=\"t-");
		put_str(p, type_class[t]);
		put_str(p, "\">");
		put_str(p, type_label[t]);
		put_str(p, "</mark></td><td>");
		put_str(p, n);
		put_str(p, "</td></tr>\n");
	}
	put_str(p, "</table>\n</body>\n</html>\n");
}

/* A match inside echoed text. */
static void mark(struct printer *p, const struct row *r)
{
	int t = r->type_index >= 0 && r->type_index < 4 ? r->type_index : 0;
	if (p->format == FMT_HTML) {
		put_str(p, "<mark class=\"t-");
		put_str(p, type_class[t]);
		put_str(p, "\" data-type=\"");
		put_str(p, type_label[t]);
		put_str(p, "\" title=\"");
		put_str(p, type_label[t]);
		putc_(p, ' ');
		html_text(p, (const unsigned char *)r->value, r->valuelen);
		put_str(p, "\">");
		html_text(p, r->text, r->textlen);
		put_str(p, "</mark>");
	} else if (p->color) {
		put_str(p, type_sgr[t]);
		ansi_text(p, r->text, r->textlen);
		put_str(p, "\033[0m\033[2m\xe2\x9f\xa8");   /* dim ⟨value⟩ */
		ansi_text(p, (const unsigned char *)r->value, r->valuelen);
		put_str(p, "\xe2\x9f\xa9\033[0m");
	} else {
		putc_(p, '[');
		ansi_text(p, r->text, r->textlen);
		put_str(p, "]\xe2\x9f\xa8");
		put_str(p, type_label[t]);
		putc_(p, ' ');
		ansi_text(p, (const unsigned char *)r->value, r->valuelen);
		put_str(p, "\xe2\x9f\xa9");
	}
}

void pr_row(struct printer *p, const struct row *r)
{
	if (r->type_index >= 0 && r->type_index < 8)
		p->counts[r->type_index]++;
	if (pr_echoes(p)) {
		mark(p, r);
		if (p->line_buffered)
			pr_flush(p);
		return;
	}
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
		case F_TYPE:
			if (p->color && !json && r->type_index >= 0 && r->type_index < 4) {
				put_str(p, type_sgr[r->type_index]);
				field_str(p, r->type, strlen(r->type));
				put_str(p, "\033[0m");
			} else {
				field_str(p, r->type, strlen(r->type));
			}
			break;
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
