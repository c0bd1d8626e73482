/* scan: the window loop over one input. */
#include "scan.h"
#include "util.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void emit_row(void *arg, const struct record *r);

void scan_init(struct scanner *s, size_t bufsize, struct matcher *m, struct printer *pr)
{
	memset(s, 0, sizeof *s);
	s->cap = bufsize;
	s->buf = xcalloc(bufsize, 1);   /* zeroed: see tv_init */
	tv_init(&s->tv, bufsize);
	s->m = m;
	s->pr = pr;
	s->res.emit = emit_row;
	s->res.arg = s;
}

void scan_free(struct scanner *s)
{
	free(s->buf);
	tv_free(&s->tv);
	free(s->recs.r);
	free(s->carry.r);
	memset(s, 0, sizeof *s);
}

static int is_ws(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Move the line and character counters forward to offset off. */
static void advance(struct scanner *s, uint64_t off)
{
	if (off <= s->ck_off)
		return;   /* rows already counted past it */
	const unsigned char *p = s->buf + (s->ck_off - s->base);
	const unsigned char *e = s->buf + (off - s->base);
	if (s->offsets_chars)
		for (const unsigned char *q = p; q < e; q++)
			s->ck_chars += (*q & 0xC0) != 0x80;
	while (p < e) {
		const unsigned char *nl = memchr(p, '\n', (size_t)(e - p));
		if (!nl)
			break;
		s->ck_line++;
		p = nl + 1;
	}
	s->ck_off = off;
}

/* Echo formats: print the input from echo_pos up to off. */
static void echo_to(struct scanner *s, uint64_t off)
{
	if (!s->echo || off <= s->echo_pos)
		return;
	pr_text(s->pr, s->buf + (s->echo_pos - s->base), (size_t)(off - s->echo_pos));
	s->echo_pos = off;
}

static void emit_row(void *arg, const struct record *r)
{
	struct scanner *s = arg;
	advance(s, r->start);
	echo_to(s, r->start);
	struct row row = {
		.type_index = r->type,
		.file = s->name,
		.id = s->record_id,
		.line = s->ck_line,
		.start = r->start,
		.end = r->end,
		.type = type_names[r->type],
		.text = s->buf + (r->start - s->base),
		.textlen = (size_t)(r->end - r->start),
		.value = r->value,
		.valuelen = r->vlen,
		.lang = r->rule->file->lang,
		.rule = r->rule->name,
	};
	if (s->offsets_chars) {
		uint64_t chars_end = s->ck_chars;
		for (const unsigned char *q = row.text; q < row.text + row.textlen; q++)
			chars_end += (*q & 0xC0) != 0x80;
		row.start = s->ck_chars;
		row.end = chars_end;
	}
	if (s->stats)
		stats_add(s->stats, r->type, row.lang, r->value, r->vlen);
	if (s->on_row)
		s->on_row(s->on_row_arg, &row);
	else
		pr_row(s->pr, &row);
	if (s->echo)
		s->echo_pos = r->end;
	s->matches++;
}

static int by_start(const void *a, const void *b)
{
	const struct record *x = a, *y = b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->type != y->type)
		return x->type < y->type ? -1 : 1;
	return x->end < y->end ? 1 : x->end > y->end ? -1 : 0;
}

/* Match the current window up to cut and settle what starts before it. */
static void process(struct scanner *s, uint64_t done, uint64_t cut, int at_eof)
{
	tv_build(&s->tv, s->buf, s->len, s->base, at_eof);
	s->recs.n = 0;
	for (size_t i = 0; i < s->carry.n; i++)
		*recvec_push(&s->recs) = s->carry.r[i];
	s->carry.n = 0;
	matcher_run(s->m, &s->tv, done, cut, &s->recs);
	if (s->recs.n > 1)
		qsort(s->recs.r, s->recs.n, sizeof *s->recs.r, by_start);
	for (size_t i = 0; i < s->recs.n; i++) {
		const struct record *r = &s->recs.r[i];
		if (r->start >= cut && !at_eof)
			*recvec_push(&s->carry) = *r;   /* \K moved it past the cut */
		else
			res_feed(&s->res, r, s->buf, s->base);
	}
}

/* A cut point: white space at or before limit, else a character start. */
static uint64_t choose_cut(const struct scanner *s, uint64_t done)
{
	uint64_t limit = s->base + s->len - MATCH_MAX - 8;
	if (limit <= done)
		return done;
	uint64_t floor = done + 1 > limit - 512 ? done + 1 : limit - 512;
	for (uint64_t o = limit; o >= floor && o > done; o--)
		if (is_ws(s->buf[o - s->base]))
			return o;
	uint64_t o = limit;
	while (o > done + 1 && (s->buf[o - s->base] & 0xC0) == 0x80)
		o--;
	return o;
}

/* Where the next window starts: LOOKBEHIND_MAX before the cut or before
 * anything still held, at the start of a white-space run if one is near. */
static uint64_t next_base(const struct scanner *s, uint64_t cut)
{
	uint64_t keep = cut - LOOKBEHIND_MAX;
	uint64_t held = res_keep_from(&s->res);
	if (held < keep)
		keep = held;
	for (size_t i = 0; i < s->carry.n; i++)
		if (s->carry.r[i].start < keep)
			keep = s->carry.r[i].start;
	if (keep <= s->base)
		return s->base;
	uint64_t lo = keep > s->base + 64 ? keep - 64 : s->base;
	for (uint64_t o = keep; o > lo; o--)
		if (is_ws(s->buf[o - s->base]) && !is_ws(s->buf[o - 1 - s->base]))
			return o;
	while (keep > s->base && (s->buf[keep - s->base] & 0xC0) == 0x80)
		keep--;
	return keep;
}

static void begin(struct scanner *s, const char *name)
{
	s->name = name;
	s->base = 0;
	s->len = 0;
	s->ck_off = 0;
	s->ck_line = 1;
	s->ck_chars = 0;
	s->matches = 0;
	s->carry.n = 0;
	s->echo_pos = 0;
	matcher_reset(s->m, name);
	res_reset(&s->res);
	if (s->echo)
		pr_begin_input(s->pr, s->record_id ? s->record_id : name, s->show_name);
}

/* Fill the buffer (up to s->cap); return 1 at end of input.  Sets
 * s->paused when, line-buffered, the input stopped at a line end. */
typedef int (*fill_fn)(struct scanner *s, void *arg, int *rc);

/* The window loop shared by every kind of input. */
static int run(struct scanner *s, const char *name, fill_fn fill, void *arg)
{
	uint64_t done = 0;
	int rc = 0;
	begin(s, name);
	for (;;) {
		s->paused = 0;
		int eof = fill(s, arg, &rc);
		uint64_t cut;
		if (eof) {
			cut = s->base + s->len;
		} else if (s->paused) {
			/* tail -f: match what has come, up to its last line break
			 * (a match cannot reach across the pause). */
			const unsigned char *nl = s->buf + s->len;
			while (nl > s->buf && nl[-1] != '\n')
				nl--;
			cut = s->base + (size_t)(nl - s->buf);
			if (cut <= done) {
				continue;
			}
		} else {
			cut = choose_cut(s, done);
			if (cut < done)
				cut = done;   /* all matched already (after a pause) */
		}
		if (cut > done || eof)
			process(s, done, cut, eof);
		done = cut;
		if (eof)
			break;
		/* Nothing found later can overlap a held match that ends before
		 * the cut: settle it, so that the window can move on. */
		if (res_keep_from(&s->res) != UINT64_MAX && s->res.pending.end <= cut)
			res_flush(&s->res, s->buf, s->base);
		if (s->paused) {
			if (s->len < s->cap)
				continue;    /* room left: read on without moving */
		}
		uint64_t nb = next_base(s, cut);
		res_scan(&s->res, s->buf, s->base, nb, s->base + s->len);
		advance(s, nb);
		echo_to(s, nb);
		memmove(s->buf, s->buf + (nb - s->base), (size_t)(s->base + s->len - nb));
		s->len -= (size_t)(nb - s->base);
		s->base = nb;
	}
	res_flush(&s->res, s->buf, s->base);
	if (s->echo) {
		echo_to(s, s->base + s->len);
		pr_end_input(s->pr);
	}
	return rc;
}

static int fill_fd(struct scanner *s, void *arg, int *rc)
{
	int fd = *(int *)arg;
	while (s->len < s->cap) {
		ssize_t n = read(fd, s->buf + s->len, s->cap - s->len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			warnmsg("%s: read error: %s", s->name, strerror(errno));
			*rc = -1;
			return 1;
		}
		if (n == 0)
			return 1;
		s->len += (size_t)n;
		if (s->line_buffered && s->len < s->cap && s->buf[s->len - 1] == '\n') {
			s->paused = 1;   /* a short read ending a line: process it */
			return 0;
		}
	}
	return 0;
}

int scan_fd(struct scanner *s, int fd, const char *name)
{
	struct stat st;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
		off_t at = lseek(fd, 0, SEEK_CUR);
		if (at >= 0 && st.st_size > at)
			matcher_expect(s->m, (uint64_t)(st.st_size - at));
	}
	return run(s, name, fill_fd, &fd);
}

struct memsrc {
	const unsigned char *p;
	size_t n, pos;
};

static int fill_mem(struct scanner *s, void *arg, int *rc)
{
	struct memsrc *m = arg;
	size_t room = s->cap - s->len, left = m->n - m->pos;
	size_t take = room < left ? room : left;
	(void)rc;
	memcpy(s->buf + s->len, m->p + m->pos, take);
	s->len += take;
	m->pos += take;
	return m->pos == m->n;
}

void scan_mem(struct scanner *s, const unsigned char *p, size_t n, const char *name)
{
	struct memsrc m = {p, n, 0};
	run(s, name, fill_mem, &m);
}
