#!/bin/sh
# Run the golden CLI cases in tests/cases with the trawl binary $1.
#
# A case NAME is NAME.tsv (the expected output) with, optionally:
#   NAME.in      the input (passed as the last argument unless NAME.args
#                says where: @IN@ stands for its path)
#   NAME.args    the arguments, one shell line (default: @IN@)
#   NAME.status  the expected exit status (default 0, or 1 if NAME.tsv is empty)
#   NAME.err     the expected standard error (default: empty)
# Each case runs at the smallest buffer, at 4 KiB and at the default, with
# the same expected output, and once more without the attempt filters,
# with JIT compilation at once and without the rule cache; every input file also has the offsets of all
# its matches checked against its bytes (tests/tools/slicecheck).
# Prints one line per failure and "cases (LABEL): N passed, N failed".
set -u
trawl=$1
label=${2:-trawl}
slicecheck=${SLICECHECK:-build/slicecheck}
out=${TMPDIR:-/tmp}/trawl-cases.$$
mkdir -p "$out"
trap 'rm -rf "$out"' EXIT
pass=0
fail=0

ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL [$label] $*"; }

for expected in tests/cases/*.tsv; do
	[ -f "$expected" ] || continue
	name=${expected%.tsv}
	case=${name#tests/cases/}
	input=$name.in
	args='@IN@'
	[ -f "$name.args" ] && args=$(cat "$name.args")
	case $args in *@IN@*) ;; *) [ -f "$input" ] && args="$args @IN@" ;; esac
	args=$(printf '%s' "$args" | sed "s|@IN@|$input|g")
	want_status=0
	[ -s "$expected" ] || want_status=1
	[ -f "$name.status" ] && want_status=$(cat "$name.status")
	for bs in 1024 4096 default; do
		opt=
		[ "$bs" = default ] || opt="--buffer-size=$bs"
		eval "$trawl $opt $args" >"$out/stdout" 2>"$out/stderr"
		status=$?
		if [ "$status" != "$want_status" ]; then
			ko "$case (buffer $bs): exit status $status, want $want_status"
			sed 's/^/    /' "$out/stderr" | head -5
		elif ! cmp -s "$out/stdout" "$expected"; then
			ko "$case (buffer $bs): output differs"
			diff "$expected" "$out/stdout" | head -10 | sed 's/^/    /'
		elif [ -f "$name.err" ] && ! cmp -s "$out/stderr" "$name.err"; then
			ko "$case (buffer $bs): stderr differs"
			diff "$name.err" "$out/stderr" | head -5 | sed 's/^/    /'
		elif [ ! -f "$name.err" ] && [ -s "$out/stderr" ]; then
			ko "$case (buffer $bs): unexpected stderr"
			head -5 "$out/stderr" | sed 's/^/    /'
		else
			ok
		fi
	done
	# The filters that spare rule attempts (need, follow, pairs) never
	# change what is found, nor does the engine (JIT from the first try),
	# nor the rule cache (the built-in rules compiled at build time).
	TRAWL_NO_FILTERS=1 TRAWL_JIT=1 TRAWL_NO_CACHE=1 eval "$trawl $args" >"$out/stdout" 2>"$out/stderr"
	if cmp -s "$out/stdout" "$expected"; then
		ok
	else
		ko "$case (no filters, JIT at once, no cache): output differs"
		diff "$expected" "$out/stdout" | head -10 | sed 's/^/    /'
	fi
	# Offsets and text against the input bytes, with every rule in force.
	if [ -f "$input" ]; then
		$trawl -r 2024-03-04 --fields=start,end,text "$input" >"$out/rows" 2>/dev/null
		if "$slicecheck" "$input" <"$out/rows" 2>"$out/slice"; then
			ok
		else
			ko "$case: offsets do not slice the input"
			head -5 "$out/slice" | sed 's/^/    /'
		fi
	fi
done
echo "cases ($label): $pass passed, $fail failed"
[ "$fail" = 0 ]
