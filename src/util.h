/*
 * util: allocation that never returns NULL, and diagnostics in the
 * "trawl: message" form.  Every allocation of the program goes through
 * xmalloc and friends so that a test build can make the Nth one fail
 * (TRAWL_FAIL_ALLOC=N, compiled with -DTRAWL_FAULT).
 */
#ifndef TRAWL_UTIL_H
#define TRAWL_UTIL_H

#include <stddef.h>
#include <stdnoreturn.h>

extern const char *progname;

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xmemdup(const void *p, size_t n);   /* NUL-terminated copy */

/* Print "trawl: MESSAGE" on stderr and exit with status 2. */
noreturn void die(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));
/* Print "trawl: MESSAGE" on stderr. */
void warnmsg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A growable byte buffer: (ptr, len), always NUL-terminated for printing. */
struct sbuf {
	char *p;
	size_t len, cap;
};
void sb_put(struct sbuf *b, const void *p, size_t n);
void sb_putc(struct sbuf *b, char c);
void sb_puts(struct sbuf *b, const char *s);
void sb_printf(struct sbuf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void sb_free(struct sbuf *b);

/* FNV-1a over n bytes. */
static inline unsigned hash_bytes(const void *p, size_t n)
{
	const unsigned char *s = p;
	unsigned h = 2166136261u;
	while (n--)
		h = (h ^ *s++) * 16777619u;
	return h;
}

#endif
