# trawl: GNU make conventions (prefix, DESTDIR, user CFLAGS respected).

prefix ?= /usr/local
PREFIX ?= $(prefix)
exec_prefix ?= $(PREFIX)
bindir ?= $(exec_prefix)/bin
datarootdir ?= $(PREFIX)/share
mandir ?= $(datarootdir)/man
man1dir ?= $(mandir)/man1
INSTALL ?= install

CC ?= cc
PKG_CONFIG ?= pkg-config
CFLAGS ?= -O2 -g
WARN = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes
DEPS = libpcre2-8 libutf8proc jansson
DEPS_CFLAGS = $(shell $(PKG_CONFIG) --cflags $(DEPS) 2>/dev/null)
DEPS_LIBS = $(shell $(PKG_CONFIG) --libs $(DEPS) 2>/dev/null)
ALL_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L $(WARN) $(DEPS_CFLAGS) -Isrc -Ibuild $(CFLAGS)
LDLIBS += $(DEPS_LIBS)

SRCS = $(wildcard src/*.c)
LIB_SRCS = $(filter-out src/main.c,$(SRCS))
# LIB_OBJS: everything but main, with the built-in patterns and their
# compiled cache (build/rulecache.c, made by tools/mkcache).
OBJS = $(SRCS:src/%.c=build/%.o) build/builtin.o build/rulecache.o
LIB_OBJS = $(LIB_SRCS:src/%.c=build/%.o) build/builtin.o build/rulecache.o
CACHE_LIB = $(LIB_SRCS:src/%.c=build/%.o) build/builtin.o build/cache-empty.o
PATTERN_FILES = $(sort $(shell cd patterns && find . -type f \( -name '*.pat' -o -name '*.tsv' \) | sed 's|^\./||'))

all: trawl

trawl: $(OBJS)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(OBJS) $(LDLIBS)

build/%.o: src/%.c $(wildcard src/*.h) | build/deps-ok
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

build/builtin.c: build/embed $(addprefix patterns/,$(PATTERN_FILES))
	build/embed $@ patterns $(PATTERN_FILES)

build/builtin.o: build/builtin.c src/patterns.h
	$(CC) $(ALL_CFLAGS) -Wno-missing-prototypes -c -o $@ $<

build/embed: tools/embed.c | build/deps-ok
	$(CC) -O1 -o $@ $<

# The built-in rules compiled at build time (src/cache.h).
build/cache-empty.o: tools/cache-empty.c src/cache.h src/patterns.h src/trigger.h | build/deps-ok
	$(CC) $(ALL_CFLAGS) -Wno-missing-prototypes -c -o $@ $<

build/mkcache: tools/mkcache.c $(CACHE_LIB)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(CACHE_LIB) $(LDLIBS)

build/rulecache.c: build/mkcache
	build/mkcache $@

build/rulecache.o: build/rulecache.c src/cache.h
	$(CC) $(ALL_CFLAGS) -Wno-missing-prototypes -c -o $@ $<

# Install what is missing (or say exactly what), once, before a compiler
# error would.
build/deps-ok:
	@mkdir -p build
	@$(PKG_CONFIG) --exists $(DEPS) 2>/dev/null || sh tools/deps.sh --build
	@$(PKG_CONFIG) --exists $(DEPS) || { \
	  echo "trawl needs pkg-config and the PCRE2, utf8proc and Jansson development files:"; \
	  echo "  sudo apt-get install pkg-config libpcre2-dev libutf8proc-dev libjansson-dev"; exit 1; }
	@touch $@

# Install the build and test dependencies on Debian/Ubuntu (root or sudo).
deps:
	@sh tools/deps.sh

bench: trawl
	sh bench/run.sh

demo: trawl
	./trawl -r 2024-03-04 tests/demo/article-fr.txt

include tests/tests.mk

install: trawl
	$(INSTALL) -d $(DESTDIR)$(bindir) $(DESTDIR)$(man1dir)
	$(INSTALL) -m 755 trawl $(DESTDIR)$(bindir)/trawl
	$(INSTALL) -m 644 trawl.1 $(DESTDIR)$(man1dir)/trawl.1

uninstall:
	rm -f $(DESTDIR)$(bindir)/trawl $(DESTDIR)$(man1dir)/trawl.1

clean:
	rm -rf build trawl

.PHONY: all bench deps demo install uninstall clean
