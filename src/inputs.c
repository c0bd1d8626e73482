/* inputs: the FILE operands, in order, or in parallel with -j. */
#include "inputs.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

/* Scan one input; returns 0, or 1 after reporting why it (or some of its
 * records) could not be read.  *rows counts the rows printed. */
static int scan_one(struct scanner *sc, const char *name, const struct record_opts *ro,
		    uint64_t *rows)
{
	int fd = STDIN_FILENO;
	if (strcmp(name, "-") != 0) {
		fd = open(name, O_RDONLY);
		if (fd < 0) {
			warnmsg("%s: %s", name, strerror(errno));
			return 1;
		}
		struct stat st;
		if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
			warnmsg("%s: is a directory", name);
			close(fd);
			return 1;
		}
	}
	int rc;
	if (ro && ro->format != IN_TEXT) {
		rc = records_scan_fd(sc, fd, name, ro, rows) != 0;
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

/* A worker's exit status: bit 0 an input error, bit 1 a match, bit 2 a
 * write error (its message already given). */
enum { W_ERROR = 1, W_MATCH = 2, W_WRITE = 4 };

struct worker {
	pid_t pid;
	FILE *out;           /* its rows, in a temporary file */
	int status;          /* W_* once finished, -1 while running */
};

/* Copy a finished worker's rows to our output. */
static void copy_out(struct worker *w, struct printer *pr)
{
	char buf[65536];
	size_t k;
	rewind(w->out);
	pr_flush(pr);
	while (!pr->err && (k = fread(buf, 1, sizeof buf, w->out)) > 0) {
		size_t off = 0;
		while (off < k) {
			ssize_t m = write(pr->fd, buf + off, k - off);
			if (m < 0) {
				if (errno == EINTR)
					continue;
				pr->err = errno;
				break;
			}
			off += (size_t)m;
		}
	}
	fclose(w->out);
	w->out = NULL;
}

static void reap(struct worker *ws, int n, int *running, int block)
{
	int st;
	pid_t pid;
	while ((pid = waitpid(-1, &st, block ? 0 : WNOHANG)) > 0) {
		for (int i = 0; i < n; i++) {
			if (ws[i].pid == pid && ws[i].status < 0) {
				ws[i].status = WIFEXITED(st) ? WEXITSTATUS(st) : W_ERROR | W_WRITE;
				if (!WIFEXITED(st))
					warnmsg("worker for %s died (signal %d)", "an input",
						WIFSIGNALED(st) ? WTERMSIG(st) : 0);
				(*running)--;
			}
		}
		block = 0;
	}
}

static struct input_result parallel(const char *const *inputs, int n, int jobs,
				    struct scanner *sc, struct printer *pr,
				    const struct record_opts *ro)
{
	struct input_result res = {0, 0};
	struct worker *ws = xcalloc((size_t)n, sizeof *ws);
	int running = 0, next_out = 0;
	pr_flush(pr);
	for (int i = 0; i < n || next_out < n; ) {
		if (i < n && running < jobs && !pr->err) {
			ws[i].status = -1;
			ws[i].out = tmpfile();
			if (!ws[i].out)
				die("cannot create a temporary file for -j: %s", strerror(errno));
			fflush(stdout);
			pid_t pid = fork();
			if (pid < 0)
				die("cannot fork a worker for -j: %s", strerror(errno));
			if (pid == 0) {
				/* The worker: its rows go to the temporary file. */
				pr->fd = fileno(ws[i].out);
				uint64_t rows = 0;
				int err = scan_one(sc, inputs[i], ro, &rows);
				pr_flush(pr);
				if (pr->err)
					warnmsg("write error (temporary file): %s", strerror(pr->err));
				_exit((err ? W_ERROR : 0) | (rows ? W_MATCH : 0) |
				      (pr->err ? W_WRITE : 0));
			}
			ws[i].pid = pid;
			running++;
			i++;
			continue;
		}
		/* Wait for something to finish, then print what is in order. */
		reap(ws, n, &running, 1);
		while (next_out < n && (next_out >= i ? 0 : ws[next_out].status >= 0)) {
			struct worker *w = &ws[next_out];
			if (w->out)
				copy_out(w, pr);
			res.errors += (w->status & (W_ERROR | W_WRITE)) != 0;
			res.matches += (w->status & W_MATCH) != 0;
			next_out++;
		}
		if (pr->err) {
			/* The reader is gone: stop the workers, say nothing. */
			for (int k = 0; k < i; k++)
				if (ws[k].status < 0)
					kill(ws[k].pid, SIGTERM);
			while (running > 0)
				reap(ws, n, &running, 1);
			for (int k = next_out; k < i; k++)
				if (ws[k].out)
					fclose(ws[k].out);
			break;
		}
		if (i >= n && next_out >= n)
			break;
		if (i >= n && running == 0 && next_out < n && ws[next_out].status < 0)
			break;   /* cannot happen: every started worker is reaped */
	}
	free(ws);
	return res;
}

struct input_result inputs_scan(const char *const *inputs, int n, int jobs,
				struct scanner *sc, struct printer *pr,
				const struct record_opts *ro)
{
	if (jobs <= 1 || n <= 1)
		return sequential(inputs, n, sc, pr, ro);
	return parallel(inputs, n, jobs, sc, pr, ro);
}
