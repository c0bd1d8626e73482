# Tests: included by the Makefile.  'make check' builds and runs them all.

UNIT_SRCS = $(wildcard tests/unit/test_*.c)
UNIT_BINS = $(UNIT_SRCS:tests/unit/%.c=build/tests/%)

build/tests/%: tests/unit/%.c tests/unit/test.h tests/unit/rules.h $(LIB_OBJS)
	@mkdir -p build/tests
	$(CC) $(ALL_CFLAGS) -D_DEFAULT_SOURCE -o $@ $< $(LIB_OBJS) $(LDLIBS)

build/slicecheck: tests/tools/slicecheck.c | build/deps-ok
	$(CC) $(ALL_CFLAGS) -D_DEFAULT_SOURCE -o $@ $<

build/gentext: tests/tools/gentext.c | build/deps-ok
	$(CC) $(ALL_CFLAGS) -o $@ $<

build/failread.so: tests/tools/failread.c | build/deps-ok
	$(CC) -shared -fPIC -O1 -o $@ $< -ldl

# A build whose Nth allocation fails (TRAWL_FAIL_ALLOC=N).
FAULT_OBJS = $(SRCS:src/%.c=build/fault/%.o) build/fault/builtin.o build/rulecache.o

build/fault/%.o: src/%.c $(wildcard src/*.h) | build/deps-ok
	@mkdir -p build/fault
	$(CC) $(ALL_CFLAGS) -DTRAWL_FAULT -c -o $@ $<

build/fault/builtin.o: build/builtin.o
	@mkdir -p build/fault
	cp build/builtin.o $@

build/fault/trawl: $(FAULT_OBJS)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(FAULT_OBJS) $(LDLIBS)

# A second build under AddressSanitizer and UndefinedBehaviorSanitizer:
# the golden cases run through it too, and any report fails them.
SAN_FLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
SAN_OBJS = $(SRCS:src/%.c=build/asan/%.o) build/asan/builtin.o build/asan/rulecache.o

build/asan/%.o: src/%.c $(wildcard src/*.h) | build/deps-ok
	@mkdir -p build/asan
	$(CC) $(ALL_CFLAGS) $(SAN_FLAGS) -c -o $@ $<

build/asan/builtin.o: build/builtin.c src/patterns.h
	@mkdir -p build/asan
	$(CC) $(ALL_CFLAGS) $(SAN_FLAGS) -Wno-missing-prototypes -c -o $@ $<

build/asan/rulecache.o: build/rulecache.c src/cache.h
	@mkdir -p build/asan
	$(CC) $(ALL_CFLAGS) $(SAN_FLAGS) -Wno-missing-prototypes -c -o $@ $<

build/asan/trawl: $(SAN_OBJS)
	$(CC) $(ALL_CFLAGS) $(SAN_FLAGS) $(LDFLAGS) -o $@ $(SAN_OBJS) $(LDLIBS)

# The unit tests under the same sanitizers.
SAN_LIB_OBJS = $(filter-out build/asan/main.o,$(SAN_OBJS))
SAN_UNIT_BINS = $(UNIT_SRCS:tests/unit/%.c=build/asan/tests/%)

build/asan/tests/%: tests/unit/%.c tests/unit/test.h tests/unit/rules.h $(SAN_LIB_OBJS)
	@mkdir -p build/asan/tests
	$(CC) $(ALL_CFLAGS) $(SAN_FLAGS) -D_DEFAULT_SOURCE -o $@ $< $(SAN_LIB_OBJS) $(LDLIBS)

check: trawl $(UNIT_BINS) $(SAN_UNIT_BINS) build/slicecheck build/gentext build/asan/trawl build/fault/trawl build/failread.so
	@sh tools/deps.sh || echo "(some tests will fail for want of the tools above)"
	@sh tests/run-all.sh

# The golden cases under valgrind (slower; not part of 'make check').
check-valgrind: trawl build/slicecheck
	@sh tests/run-cases.sh "valgrind -q --error-exitcode=1 --leak-check=full ./trawl" valgrind

.PHONY: check check-valgrind

# Fuzzing with libFuzzer (clang): 'make fuzz' runs each target for
# FUZZ_TIME seconds under ASan and UBSan, from the seeds in tests/fuzz/seeds.
FUZZ_TIME ?= 60
FUZZ_CC ?= clang
FUZZ_FLAGS = -g -O1 -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_TARGETS = pipeline patterns textview numbers probe
FUZZ_LIB = $(LIB_SRCS:src/%.c=build/fuzz/%.o) build/fuzz/builtin.o build/fuzz/rulecache.o

build/fuzz/%.o: src/%.c $(wildcard src/*.h) | build/deps-ok
	@mkdir -p build/fuzz
	$(FUZZ_CC) $(ALL_CFLAGS) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

build/fuzz/builtin.o: build/builtin.c src/patterns.h
	@mkdir -p build/fuzz
	$(FUZZ_CC) $(ALL_CFLAGS) $(FUZZ_FLAGS) -Wno-missing-prototypes -c -o $@ $<

build/fuzz/rulecache.o: build/rulecache.c src/cache.h
	@mkdir -p build/fuzz
	$(FUZZ_CC) $(ALL_CFLAGS) $(FUZZ_FLAGS) -Wno-missing-prototypes -c -o $@ $<

build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_LIB)
	$(FUZZ_CC) $(ALL_CFLAGS) $(FUZZ_FLAGS) -Wno-missing-prototypes -fsanitize=fuzzer -o $@ $< $(FUZZ_LIB) $(LDLIBS)

fuzz: $(FUZZ_TARGETS:%=build/fuzz/fuzz_%)
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p build/fuzz/corpus-$$t; \
	  echo "fuzz_$$t: $(FUZZ_TIME) s"; \
	  build/fuzz/fuzz_$$t -max_total_time=$(FUZZ_TIME) -print_final_stats=1 -max_len=16384 \
	    build/fuzz/corpus-$$t tests/fuzz/seeds/$$t 2>build/fuzz/$$t.log || \
	    { tail -40 build/fuzz/$$t.log; exit 1; }; \
	  grep -E '^stat::(number_of_executed_units|new_units_added)|cov:' build/fuzz/$$t.log | tail -3; \
	done

.PHONY: fuzz
.SECONDARY:
