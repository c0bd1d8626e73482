/*
 * A minimal unit-test harness: CHECK records a failure and carries on;
 * test_main runs every test and prints "N passed, N failed".
 */
#ifndef TRAWL_TEST_H
#define TRAWL_TEST_H

#include <stdio.h>
#include <string.h>

static int test_passed, test_failed;
static const char *test_current;

#define CHECK(cond) check_((cond), #cond, __FILE__, __LINE__)
#define CHECK_STR(got, want) check_str_((got), (want), #got, __FILE__, __LINE__)
#define CHECK_INT(got, want) check_int_((long long)(got), (long long)(want), #got, __FILE__, __LINE__)

static inline void check_(int ok, const char *what, const char *file, int line)
{
	if (ok) {
		test_passed++;
		return;
	}
	test_failed++;
	fprintf(stderr, "%s:%d: %s: CHECK(%s) failed\n", file, line, test_current, what);
}

static inline void check_str_(const char *got, const char *want, const char *what,
			      const char *file, int line)
{
	if (got && want && strcmp(got, want) == 0) {
		test_passed++;
		return;
	}
	test_failed++;
	fprintf(stderr, "%s:%d: %s: %s is \"%s\", want \"%s\"\n", file, line, test_current,
		what, got ? got : "(null)", want ? want : "(null)");
}

static inline void check_int_(long long got, long long want, const char *what,
			      const char *file, int line)
{
	if (got == want) {
		test_passed++;
		return;
	}
	test_failed++;
	fprintf(stderr, "%s:%d: %s: %s is %lld, want %lld\n", file, line, test_current,
		what, got, want);
}

struct test_case {
	const char *name;
	void (*fn)(void);
};

static inline int test_main(const char *suite, const struct test_case *t)
{
	for (; t->name; t++) {
		test_current = t->name;
		t->fn();
	}
	printf("%s: %d passed, %d failed\n", suite, test_passed, test_failed);
	return test_failed != 0;
}

#endif
