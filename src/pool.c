/* pool: forked workers, outputs put back in submission order. */
#include "pool.h"
#include "util.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

struct task {
	pid_t pid;
	FILE *out;               /* its rows */
	FILE *err;               /* its messages, put back in order too */
	int status;              /* W_* once finished, -1 while running */
};

struct pool {
	int jobs, running;
	struct printer *pr;
	struct task *t;
	size_t n, cap, next_out;
	int errors, matched;
};

struct pool *pool_new(int jobs, struct printer *pr)
{
	struct pool *p = xcalloc(1, sizeof *p);
	p->jobs = jobs;
	p->pr = pr;
	pr_flush(pr);
	return p;
}

static void copy_err(struct task *t)
{
	char buf[4096];
	size_t k;
	rewind(t->err);
	while ((k = fread(buf, 1, sizeof buf, t->err)) > 0)
		if (fwrite(buf, 1, k, stderr) != k)
			break;
	fflush(stderr);
	fclose(t->err);
	t->err = NULL;
}

static void copy_out(struct pool *p, struct task *t)
{
	char buf[65536];
	size_t k;
	if (t->err)
		copy_err(t);
	rewind(t->out);
	while (!p->pr->err && (k = fread(buf, 1, sizeof buf, t->out)) > 0) {
		size_t off = 0;
		while (off < k) {
			ssize_t m = write(p->pr->fd, buf + off, k - off);
			if (m < 0) {
				if (errno == EINTR)
					continue;
				p->pr->err = errno;
				break;
			}
			off += (size_t)m;
		}
	}
	fclose(t->out);
	t->out = NULL;
}

/* Reap finished workers (waiting for one if block), then copy out the
 * finished tasks that are next in order. */
static void settle(struct pool *p, int block)
{
	int st;
	pid_t pid;
	while (p->running > 0 && (pid = waitpid(-1, &st, block ? 0 : WNOHANG)) > 0) {
		for (size_t i = 0; i < p->n; i++) {
			struct task *t = &p->t[i];
			if (t->pid != pid || t->status >= 0)
				continue;
			if (WIFEXITED(st)) {
				t->status = WEXITSTATUS(st);
			} else {
				warnmsg("a worker died (signal %d)", WIFSIGNALED(st) ? WTERMSIG(st) : 0);
				t->status = W_ERROR;
			}
			p->running--;
		}
		block = 0;
	}
	while (p->next_out < p->n && p->t[p->next_out].status >= 0) {
		struct task *t = &p->t[p->next_out++];
		if (t->out)
			copy_out(p, t);
		p->errors += (t->status & (W_ERROR | W_WRITE)) != 0;
		p->matched |= (t->status & W_MATCH) != 0;
	}
}

int pool_submit(struct pool *p, int (*fn)(void *arg), void *arg)
{
	while (p->running >= p->jobs && !p->pr->err)
		settle(p, 1);
	if (p->pr->err)
		return -1;
	if (p->n == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 16;
		p->t = xrealloc(p->t, p->cap * sizeof *p->t);
	}
	struct task *t = &p->t[p->n];
	t->status = -1;
	t->out = tmpfile();
	t->err = tmpfile();
	if (!t->out || !t->err)
		die("cannot create a temporary file for -j: %s", strerror(errno));
	fflush(stdout);
	fflush(stderr);
	pid_t pid = fork();
	if (pid < 0)
		die("cannot fork a worker for -j: %s", strerror(errno));
	if (pid == 0) {
		p->pr->fd = fileno(t->out);
		dup2(fileno(t->err), STDERR_FILENO);
		int w = fn(arg);
		pr_flush(p->pr);
		if (p->pr->err) {
			warnmsg("write error (temporary file): %s", strerror(p->pr->err));
			w |= W_WRITE;
		}
		fflush(stderr);
		_exit(w);
	}
	t->pid = pid;
	p->n++;
	p->running++;
	settle(p, 0);
	return p->pr->err ? -1 : 0;
}

int pool_finish(struct pool *p, int *errors)
{
	while (p->running > 0 && !p->pr->err)
		settle(p, 1);
	if (p->pr->err) {
		/* The reader is gone: stop the workers, quietly. */
		for (size_t i = 0; i < p->n; i++)
			if (p->t[i].status < 0)
				kill(p->t[i].pid, SIGTERM);
		while (p->running > 0)
			settle(p, 1);
	}
	settle(p, 0);
	for (size_t i = 0; i < p->n; i++) {
		if (p->t[i].out)
			fclose(p->t[i].out);
		if (p->t[i].err)
			copy_err(&p->t[i]);
	}
	*errors += p->errors;
	int matched = p->matched;
	free(p->t);
	free(p);
	return matched;
}
