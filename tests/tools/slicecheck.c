/*
 * slicecheck INPUT < ROWS: check trawl's promises about offsets.
 * ROWS is TSV "start TAB end TAB text" (trawl --fields=start,end,text).
 * Every row must satisfy 0 <= start < end <= size(INPUT), rows must be
 * sorted by start, and the unescaped text must be exactly INPUT[start,end).
 * Exit 0 if all hold, 1 (with a message per failure) otherwise.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		perror(path);
		exit(2);
	}
	size_t cap = 1 << 16, len = 0;
	char *b = malloc(cap);
	size_t r;
	while (b && (r = fread(b + len, 1, cap - len, f)) > 0) {
		len += r;
		if (len == cap)
			b = realloc(b, cap *= 2);
	}
	fclose(f);
	if (!b)
		exit(2);
	*n = len;
	return b;
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: slicecheck INPUT < ROWS\n");
		return 2;
	}
	size_t size;
	char *in = slurp(argv[1], &size);
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	long row = 0, bad = 0;
	unsigned long long prev = 0;
	while ((n = getline(&line, &cap, stdin)) > 0) {
		row++;
		if (line[n - 1] == '\n')
			line[--n] = '\0';
		char *t1 = strchr(line, '\t'), *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
		if (!t2) {
			fprintf(stderr, "row %ld: not start TAB end TAB text\n", row);
			bad++;
			continue;
		}
		unsigned long long s = strtoull(line, NULL, 10), e = strtoull(t1 + 1, NULL, 10);
		/* unescape \\ \t \n \r */
		char *text = t2 + 1, *o = text;
		for (char *p = text; *p; p++) {
			if (*p == '\\' && p[1]) {
				p++;
				*o++ = *p == 't' ? '\t' : *p == 'n' ? '\n' : *p == 'r' ? '\r' : *p;
			} else {
				*o++ = *p;
			}
		}
		size_t tlen = (size_t)(o - text);
		if (s >= e || e > size) {
			fprintf(stderr, "row %ld: bad offsets %llu..%llu (input has %zu bytes)\n", row, s, e, size);
			bad++;
		} else if (tlen != e - s || memcmp(in + s, text, tlen) != 0) {
			fprintf(stderr, "row %ld: text '%.*s' is not the input's bytes %llu..%llu ('%.*s')\n",
				row, (int)tlen, text, s, e, (int)(e - s), in + s);
			bad++;
		}
		if (s < prev) {
			fprintf(stderr, "row %ld: start %llu before the previous row's %llu\n", row, s, prev);
			bad++;
		}
		prev = s;
	}
	free(line);
	free(in);
	return bad ? 1 : 0;
}
