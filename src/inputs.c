/* inputs: the FILE operands, in order, or in parallel with -j. */
#include "inputs.h"
#include "pool.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Open an input ("-" is standard input); returns the fd, or -1 after
 * reporting why not. */
static int open_input(const char *name)
{
	if (strcmp(name, "-") == 0)
		return STDIN_FILENO;
	int fd = open(name, O_RDONLY);
	if (fd < 0) {
		warnmsg("%s: %s", name, strerror(errno));
		return -1;
	}
	struct stat st;
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		warnmsg("%s: is a directory", name);
		close(fd);
		return -1;
	}
	return fd;
}

/* Scan one input; returns 0, or 1 after reporting why it (or some of its
 * records) could not be read.  *rows counts the rows printed. */
static int scan_one(struct scanner *sc, const char *name, const struct record_opts *ro,
		    uint64_t *rows)
{
	int fd = open_input(name), rc;
	if (fd < 0)
		return 1;
	if (ro && ro->format != IN_TEXT) {
		rc = records_scan_fd(sc, fd, name, ro, rows, 1) != 0;
	} else {
		rc = scan_fd(sc, fd, name) < 0;
		*rows += sc->matches;
	}
	if (fd != STDIN_FILENO)
		close(fd);
	return rc;
}

static struct input_result sequential(const char *const *inputs, int n, struct scanner *sc,
				      struct printer *pr, const struct record_opts *ro)
{
	struct input_result res = {0, 0};
	for (int i = 0; i < n && !pr->err; i++)
		res.errors += scan_one(sc, inputs[i], ro, &res.matches);
	return res;
}

/* What a worker needs: run in the child, after fork. */
struct task {
	struct scanner *sc;
	const struct record_opts *ro;
	const char *name;
	int fd;                  /* a chunk of records, or -1: open name */
	uint64_t first_line;
	uint64_t *toolong;       /* lines of the chunk too long to copy */
	size_t ntoolong;
};

static int run_task(void *arg)
{
	struct task *t = arg;
	uint64_t rows = 0;
	int err;
	if (t->fd < 0) {
		err = scan_one(t->sc, t->name, t->ro, &rows);
	} else {
		lseek(t->fd, 0, SEEK_SET);
		err = records_scan_chunk(t->sc, t->fd, t->name, t->ro, &rows, t->first_line,
					 t->toolong, t->ntoolong) != 0;
	}
	return (err ? W_ERROR : 0) | (rows ? W_MATCH : 0);
}

#define CHUNK_RECORDS 2000
#define CHUNK_BYTES (8u << 20)

/* Cut a record stream into chunks of whole lines, each scanned by a
 * worker.  Lines too long to be records are reported here. */
static int chunk_records(struct pool *pool, struct task *proto, const char *name, int *errors)
{
	int fd = open_input(name);
	if (fd < 0)
		return (*errors)++, 0;
	struct linereader lr;
	lr_init(&lr, fd, proto->ro->max_line, 1);
	FILE *chunk = NULL;
	size_t lines = 0, bytes = 0, ntoolong = 0, captoolong = 0;
	uint64_t *toolong = NULL;
	uint64_t first = 1;
	char *line;
	size_t n;
	int rc, stop = 0;
	for (;;) {
		rc = lr_next(&lr, &line, &n);
		if (rc == LR_TOOLONG) {
			/* The worker reports it, in its turn: an empty line
			 * keeps the numbering. */
			if (ntoolong == captoolong) {
				captoolong = captoolong ? captoolong * 2 : 8;
				toolong = xrealloc(toolong, captoolong * sizeof *toolong);
			}
			toolong[ntoolong++] = lr.toolong_line;
			line = "";
			n = 0;
		}
		if (rc == LR_LINE || rc == LR_TOOLONG) {
			if (!chunk) {
				chunk = tmpfile();
				if (!chunk)
					die("cannot create a temporary file for -j: %s", strerror(errno));
				first = rc == LR_TOOLONG ? lr.toolong_line : lr.lineno;
			}
			fwrite(line, 1, n, chunk);
			putc('\n', chunk);
			lines++;
			bytes += n + 1;
		}
		int last = rc == LR_EOF || rc == LR_ERROR;
		if (chunk && (last || lines >= CHUNK_RECORDS || bytes >= CHUNK_BYTES)) {
			if (fflush(chunk) != 0)
				die("cannot write a temporary file for -j: %s", strerror(errno));
			struct task t = *proto;
			t.name = name;
			t.fd = fileno(chunk);
			t.first_line = first;
			t.toolong = toolong;
			t.ntoolong = ntoolong;
			stop = pool_submit(pool, run_task, &t) < 0;
			fclose(chunk);   /* the worker has its own descriptor */
			chunk = NULL;
			lines = bytes = ntoolong = 0;
		}
		if (rc == LR_ERROR) {
			warnmsg("%s: read error: %s", name, strerror(lr.error));
			(*errors)++;
		}
		if (last || stop)
			break;
	}
	if (chunk)
		fclose(chunk);
	free(toolong);
	lr_free(&lr);
	if (fd != STDIN_FILENO)
		close(fd);
	return stop;
}

static struct input_result parallel(const char *const *inputs, int n, int jobs,
				    struct scanner *sc, struct printer *pr,
				    const struct record_opts *ro)
{
	struct input_result res = {0, 0};
	struct pool *pool = pool_new(jobs, pr);
	struct task proto = {sc, ro, NULL, -1, 1, NULL, 0};
	for (int i = 0; i < n; i++) {
		if (ro && ro->format != IN_TEXT) {
			/* Records are independent: cut them into chunks. */
			if (chunk_records(pool, &proto, inputs[i], &res.errors))
				break;
		} else {
			struct task t = proto;
			t.name = inputs[i];
			if (pool_submit(pool, run_task, &t) < 0)
				break;
		}
	}
	res.matches = (uint64_t)pool_finish(pool, &res.errors);
	return res;
}

struct input_result inputs_scan(const char *const *inputs, int n, int jobs,
				struct scanner *sc, struct printer *pr,
				const struct record_opts *ro)
{
	int records = ro && ro->format != IN_TEXT;
	if (jobs <= 1 || (n <= 1 && !records))
		return sequential(inputs, n, sc, pr, ro);
	return parallel(inputs, n, jobs, sc, pr, ro);
}
