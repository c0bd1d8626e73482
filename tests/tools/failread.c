/*
 * failread.so: an LD_PRELOAD shim for tests.  read(2) on the file named by
 * FAILREAD_PATH fails with EIO once FAILREAD_AFTER bytes of it were read;
 * every other file reads normally.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int target_fd = -1;
static long long done_bytes;

int open(const char *path, int flags, ...)
{
	static int (*real_open)(const char *, int, ...);
	if (!real_open)
		real_open = (int (*)(const char *, int, ...))dlsym(RTLD_NEXT, "open");
	mode_t mode = 0;
	if (flags & O_CREAT) {
		va_list ap;
		va_start(ap, flags);
		mode = (mode_t)va_arg(ap, int);
		va_end(ap);
	}
	int fd = real_open(path, flags, mode);
	const char *want = getenv("FAILREAD_PATH");
	if (fd >= 0 && want && strcmp(path, want) == 0) {
		target_fd = fd;
		done_bytes = 0;
	}
	return fd;
}

ssize_t read(int fd, void *buf, size_t n)
{
	static ssize_t (*real_read)(int, void *, size_t);
	if (!real_read)
		real_read = (ssize_t (*)(int, void *, size_t))dlsym(RTLD_NEXT, "read");
	if (fd == target_fd) {
		const char *after = getenv("FAILREAD_AFTER");
		if (after && done_bytes >= atoll(after)) {
			errno = EIO;
			return -1;
		}
	}
	ssize_t r = real_read(fd, buf, n);
	if (fd == target_fd && r > 0)
		done_bytes += r;
	return r;
}

int close(int fd)
{
	static int (*real_close)(int);
	if (!real_close)
		real_close = (int (*)(int))dlsym(RTLD_NEXT, "close");
	if (fd == target_fd)
		target_fd = -1;
	return real_close(fd);
}
