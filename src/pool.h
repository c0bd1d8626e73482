/*
 * pool: an ordered pool of worker processes.  Each task runs in a child
 * whose rows and messages go to temporary files; the parent copies them to
 * its output and standard error in the order the tasks were submitted, so
 * that both are what a single process would print.
 */
#ifndef TRAWL_POOL_H
#define TRAWL_POOL_H

#include <stdint.h>

#include "printer.h"

/* What a task reports through its exit status. */
enum { W_ERROR = 1, W_MATCH = 2, W_WRITE = 4 };

struct pool;

/* A pool of up to jobs workers printing through pr. */
struct pool *pool_new(int jobs, struct printer *pr);

/* Run fn(arg) in a worker, its rows printed through pr into a temporary
 * file; fn returns W_* bits.  Blocks while jobs tasks are running, and
 * copies out what is finished in order.  Returns -1 if the output is gone
 * (a write error: stop submitting). */
int pool_submit(struct pool *p, int (*fn)(void *arg), void *arg);

/* Wait for every task, copy out the rest, free the pool.  Adds to
 * *errors the tasks that reported W_ERROR or W_WRITE; returns nonzero if
 * some task reported W_MATCH. */
int pool_finish(struct pool *p, int *errors);

#endif
