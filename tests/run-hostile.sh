#!/bin/sh
# Hostile inputs and failures: a 1 GB line and 1 GB without white space in
# bounded memory, long runs of numbers and currency signs, a runaway rule
# stopped by the match limit, read errors (EIO), and every allocation
# failing in turn.  Big inputs are generated on the fly, never stored.
set -u
trawl=$1
t=${TMPDIR:-/tmp}/trawl-hostile.$$
mkdir -p "$t"
trap 'rm -rf "$t"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL hostile: $*"; }
GB=${TRAWL_TEST_GB:-1000000000}
RSS_LIMIT_KB=32768

# peak RSS (KB) and rows of trawl reading stdin
run_big() { # run_big GENERATOR-COMMAND -> "rows rss status"
	sh -c "$1" | /usr/bin/time -f '%M %x' -o "$t/time" $trawl -r 2024-03-04 2>"$t/err" | wc -l >"$t/rows"
	echo "$(cat "$t/rows") $(tail -n 1 "$t/time")"
}

if [ -x /usr/bin/time ]; then
	# One line of 1 GB: a sentence with an amount every 50 KB or so.
	set -- $(run_big "awk 'BEGIN { s = \"le marché des semi-conducteurs a crû ici et là sans montant \"; for (i = 0; i < 800; i++) b = b s; for (n = 0; n * length(b) < $GB; n++) printf \"%s et 15 millions de dollars. \", b }'")
	[ "$2" -lt $RSS_LIMIT_KB ] && ok || ko "1 GB line: peak RSS $2 KB (limit $RSS_LIMIT_KB)"
	[ "$3" = 0 ] && [ "$1" -gt 10000 ] && ok || ko "1 GB line: status $3, $1 rows"
	# 1 GB without any white space or line break.
	set -- $(run_big "yes abcdefghij | tr -d '\n' | head -c $GB")
	[ "$2" -lt $RSS_LIMIT_KB ] && ok || ko "1 GB without white space: peak RSS $2 KB"
	[ "$3" = 1 ] && [ "$1" = 0 ] && ok || ko "1 GB without white space: status $3, $1 rows"
else
	ko "GNU time is needed for the memory tests (apt-get install time)"
fi

# 100,000 numbers in a row: no amount, and no time blow-up.
seq 1 100000 | tr '\n' ' ' >"$t/numbers"
$trawl -t money "$t/numbers" >"$t/out" 2>"$t/err"
[ $? = 1 ] && [ ! -s "$t/err" ] && ok || ko "100,000 numbers: status or stderr"
# Deeply repeated currency signs around one amount.
awk 'BEGIN { for (i = 0; i < 200000; i++) printf "$"; printf "5 "; for (i = 0; i < 200000; i++) printf "\342\202\254"; print "" }' >"$t/signs"
$trawl -t money --fields=text,value "$t/signs" >"$t/out" 2>"$t/err"
[ "$(cat "$t/out")" = "\$5	5 USD" ] && ok || ko "repeated currency signs: $(head -c 100 "$t/out")"

# A runaway rule: the match limit stops it, one warning per input, the
# other matches unharmed.
printf 'type money\nlang fr\nlist cur currency.tsv\nrule bad (?<amount>(?:a+)+)c\\s(?<cur>{cur})\n' >"$t/bad.pat"
printf '\342\202\254\tEUR\n' >"$t/currency.tsv"
awk 'BEGIN { for (i = 0; i < 300; i++) print "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa! et 20 \342\202\254 ici." }' >"$t/bt"
$trawl -f "$t/bad.pat" -t money "$t/bt" "$t/bt" >"$t/out" 2>"$t/err"
[ "$(wc -l <"$t/out")" = 600 ] && ok || ko "runaway rule: $(wc -l <"$t/out") rows, want 600"
[ "$(grep -c 'gave up: match limit exceeded' "$t/err")" = 2 ] && ok || ko "runaway rule: want one warning per input: $(cat "$t/err")"

# A rule too big for PCRE2: one clear FILE:LINE message, status 2.
awk 'BEGIN { printf "type money\nlang fr\nrule huge (?:"; for (i = 0; i < 60000; i++) printf "%sw%05d(?:a|b|c|d|e)(?:f|g|h)+", (i ? "|" : ""), i; print ")" }' >"$t/huge.pat"
echo "20 €" | $trawl -f "$t/huge.pat" >/dev/null 2>"$t/err"
st=$?
[ $st = 2 ] && grep -q "^$t/huge.pat:3: rule 'huge': regular expression is too large" "$t/err" && ok ||
	ko "too big a rule: status $st, $(head -c 200 "$t/err")"

# A read error (EIO) on one input: reported, the others still read, status 2.
if [ -f build/failread.so ]; then
	awk 'BEGIN { for (i = 0; i < 3000; i++) print "Une levée de 15 millions de dollars." }' >"$t/eio"
	cp "$t/eio" "$t/fine"
	LD_PRELOAD=build/failread.so FAILREAD_PATH="$t/eio" FAILREAD_AFTER=20000 \
		$trawl "$t/eio" "$t/fine" >"$t/out" 2>"$t/err"
	st=$?
	[ $st = 2 ] && ok || ko "EIO: status $st, want 2"
	[ "$(cat "$t/err")" = "trawl: $t/eio: read error: Input/output error" ] && ok || ko "EIO message: $(cat "$t/err")"
	[ "$(grep -c "^$t/fine" "$t/out")" = 3000 ] && ok || ko "EIO: the next file was not fully read"
fi

# Every allocation failing in turn: a clear message and status 2, or a
# normal run once N passes the number of allocations; never a crash.
if [ -x build/fault/trawl ]; then
	printf 'Le 3 mars 2024, la Banque de France a levé 15 millions de dollars (12,5 %%).\n' >"$t/small"
	n=1
	crashes=0
	while [ $n -lt 100000 ]; do
		TRAWL_FAIL_ALLOC=$n build/fault/trawl -r 2024-03-04 "$t/small" >"$t/out" 2>"$t/err"
		st=$?
		if [ $st -ge 128 ] || { [ $st = 2 ] && ! grep -q '^trawl: out of memory' "$t/err"; }; then
			crashes=$((crashes + 1))
			echo "    allocation $n: status $st: $(head -c 200 "$t/err")"
		fi
		[ $st = 0 ] && break
		if [ $n -lt 400 ]; then n=$((n + 1)); else n=$((n + 97)); fi
	done
	[ $crashes = 0 ] && ok || ko "allocation failures: $crashes runs crashed or said nothing clear"
	[ $st = 0 ] && ok || ko "allocation failures: never reached a normal run"
fi

echo "hostile: $pass passed, $fail failed"
[ "$fail" = 0 ]
