/* resolve: overlaps between types, and the currency of the sentence. */
#include "resolve.h"

#include <string.h>

void res_reset(struct resolver *r)
{
	r->has_pending = 0;
	r->has_cur = 0;
	r->scanned = 0;
}

/* Sentence ends: '.', '!', '?' or '…' before white space, or a blank line. */
void res_scan(struct resolver *r, const unsigned char *buf, uint64_t base,
	      uint64_t upto, uint64_t avail_end)
{
	if (upto <= r->scanned) {
		return;
	}
	if (r->has_cur) {
		for (uint64_t o = r->scanned; o < upto; o++) {
			unsigned char c = buf[o - base];
			if (o + 1 >= avail_end)
				break;
			unsigned char n = buf[o + 1 - base];
			int ws = n == ' ' || n == '\n' || n == '\t' || n == '\r';
			if (((c == '.' || c == '!' || c == '?') && ws) ||
			    (c == '\n' && (n == '\n' || n == '\r'))) {
				r->has_cur = 0;
				break;
			}
			/* U+2026 HORIZONTAL ELLIPSIS */
			if (c == 0xE2 && o + 3 < avail_end && buf[o + 1 - base] == 0x80 &&
			    buf[o + 2 - base] == 0xA6) {
				unsigned char m = buf[o + 3 - base];
				if (m == ' ' || m == '\n') {
					r->has_cur = 0;
					break;
				}
			}
		}
	}
	r->scanned = upto;
}

static void settle(struct resolver *r, struct record *m, const unsigned char *buf, uint64_t base)
{
	if (m->type == T_MONEY) {
		res_scan(r, buf, base, m->start, m->end);
		if (m->flags & NV_NEEDCUR) {
			if (!r->has_cur)
				return;    /* no currency in sight: not money */
			size_t n = strlen(r->cur);
			if (m->vlen + 1 + n < sizeof m->value) {
				m->value[m->vlen++] = ' ';
				memcpy(m->value + m->vlen, r->cur, n + 1);
				m->vlen = (uint16_t)(m->vlen + n);
			}
			m->flags &= (uint8_t)~NV_NEEDCUR;
		} else {
			const char *sp = strrchr(m->value, ' ');
			if (sp && strlen(sp + 1) < sizeof r->cur) {
				strcpy(r->cur, sp + 1);
				r->has_cur = 1;
			}
		}
		if (r->scanned < m->end)
			r->scanned = m->end;
	}
	r->emit(r->arg, m);
}

static int wins(const struct record *a, const struct record *b)
{
	uint64_t la = a->end - a->start, lb = b->end - b->start;
	if (la != lb)
		return la > lb;
	return a->type < b->type;
}

void res_feed(struct resolver *r, const struct record *m, const unsigned char *buf,
	      uint64_t base)
{
	if (r->has_pending) {
		if (m->start < r->pending.end) {
			if (wins(m, &r->pending))
				r->pending = *m;
			return;
		}
		settle(r, &r->pending, buf, base);
	}
	r->pending = *m;
	r->has_pending = 1;
}

void res_flush(struct resolver *r, const unsigned char *buf, uint64_t base)
{
	if (r->has_pending)
		settle(r, &r->pending, buf, base);
	r->has_pending = 0;
}

uint64_t res_keep_from(const struct resolver *r)
{
	return r->has_pending ? r->pending.start : UINT64_MAX;
}
