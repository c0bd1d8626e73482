#!/bin/sh
# make check: every suite, then one closing line "N passed, N failed".
# Each suite prints a line ending in "N passed, N failed"; they are summed.
set -u
log=${TMPDIR:-/tmp}/trawl-check.$$
trap 'rm -f "$log"' EXIT
: >"$log"
status=0

run() {
	"$@" 2>&1 | tee -a "$log" | grep -v '^$' || true
}

for t in build/tests/test_*; do
	[ -x "$t" ] || continue
	run "$t"
done
# The same under AddressSanitizer and UndefinedBehaviorSanitizer: any
# report fails the suite (its status is not 0, and its line is missing).
for t in build/asan/tests/test_*; do
	[ -x "$t" ] || continue
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
		"$t" >"$log.san" 2>&1
	st=$?
	sed 's/^\([a-z]*\): /\1 (asan+ubsan): /' "$log.san" | tee -a "$log" | grep -v '^$' || true
	if [ $st != 0 ] && ! grep -q ' [1-9][0-9]* failed$' "$log.san"; then
		echo "$t (asan+ubsan): 0 passed, 1 failed" | tee -a "$log"
	fi
done
rm -f "$log.san"
run sh tests/run-cases.sh ./trawl trawl
if [ -x build/asan/trawl ]; then
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=99 \
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:exitcode=99 \
		run sh tests/run-cases.sh build/asan/trawl asan+ubsan
fi
for s in tests/run-windows.sh tests/run-readme.sh tests/run-cli.sh tests/run-html.sh tests/run-hostile.sh tests/run-lists.sh; do
	[ -f "$s" ] && run sh "$s" ./trawl
done

passed=$(sed -n 's/.*: \([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed$/\1/p' "$log" | awk '{s+=$1} END {print s+0}')
failed=$(sed -n 's/.*: \([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed$/\2/p' "$log" | awk '{s+=$1} END {print s+0}')
suites=$(grep -c ' passed, .* failed$' "$log")
[ "$suites" -gt 0 ] || failed=$((failed + 1))
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
