#!/bin/sh
# CLI behaviour that golden files cannot hold: write errors, closed pipes,
# line buffering, pattern directories and files, --version, JSON validity,
# the man page and --help agreeing.
set -u
trawl=$1
t=${TMPDIR:-/tmp}/trawl-cli.$$
mkdir -p "$t"
trap 'rm -rf "$t"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL cli: $*"; }
expect() { # expect NAME WANT GOT
	if [ "$2" = "$3" ]; then ok; else ko "$1: got '$3', want '$2'"; fi
}

printf 'Une levée de 15 millions de dollars le 3 mars 2024.\n' >"$t/in"

# Write errors: one message, status 2.
if [ -w /dev/full ]; then
	$trawl "$t/in" >/dev/full 2>"$t/err"
	expect "write error status" 2 $?
	expect "write error message" "trawl: write error: No space left on device" "$(cat "$t/err")"
fi

# A closed pipe ends the run quietly, with SIGPIPE ignored or not.
build/gentext 2 3000000 >"$t/big"
$trawl "$t/big" 2>"$t/err" | head -1 >/dev/null
expect "closed pipe is quiet" "" "$(cat "$t/err")"
(trap '' PIPE; $trawl "$t/big" 2>"$t/err" | head -1 >/dev/null)
expect "closed pipe (SIGPIPE ignored) is quiet" "" "$(cat "$t/err")"

# --line-buffered: a row appears before the input ends.
mkfifo "$t/fifo"
$trawl --line-buffered <"$t/fifo" >"$t/lb" &
pid=$!
exec 3>"$t/fifo"
printf '20 \342\202\254 puis rien.\n' >&3
n=0
while [ ! -s "$t/lb" ] && [ $n -lt 50 ]; do sleep 0.1; n=$((n + 1)); done
expect "--line-buffered row before end of input" "1	0	6	MONEY	20 €	20 EUR" "$(cat "$t/lb")"
exec 3>&-
wait $pid

# Line-buffered through many pauses and window moves: the same rows as a
# plain run (no match spans the lines here).
i=0
while [ $i -lt 300 ]; do
	printf 'Ligne %d : %d \342\202\254 et %d,5 %% le %d mars 2024.\n' $i $i $i $((i % 28 + 1))
	i=$((i + 1))
done >"$t/lines"
$trawl "$t/lines" >"$t/plain"
(i=0; while read -r l; do printf '%s\n' "$l"; i=$((i + 1)); [ $((i % 40)) = 0 ] && sleep 0.05; done <"$t/lines") |
	$trawl --line-buffered --buffer-size=1024 >"$t/lb2"
cmp -s "$t/plain" "$t/lb2" && ok || ko "--line-buffered with pauses differs from a plain run"

# Errors and matches: status 2, the rows still printed.
$trawl "$t/in" "$t/nonexistent" >"$t/out" 2>/dev/null
expect "error with matches: status" 2 $?
expect "error with matches: rows" 2 "$(wc -l <"$t/out")"
$trawl "$t" >/dev/null 2>"$t/err"
expect "directory: status" 2 $?
expect "directory: message" "trawl: $t: is a directory" "$(cat "$t/err")"

# --help and --version go to stdout and exit 0.
$trawl --help >"$t/help"
expect "--help status" 0 $?
grep -q '^Usage: trawl \[OPTION\]... \[FILE\]...' "$t/help" && ok || ko "--help usage line"
v=$($trawl --version)
case $v in "trawl "*PCRE2\ 10.*utf8proc\ 2.*) ok ;; *) ko "--version: $v" ;; esac

# JSON Lines are valid JSON with the TSV's fields.
if command -v jq >/dev/null 2>&1; then
	build/gentext 3 200000 >"$t/g"
	$trawl --format=jsonl -r 2024-03-04 "$t/g" >"$t/j"
	if jq -e -c 'select((.line|type)=="number" and (.start|type)=="number" and (.text|type)=="string" and (.value|type)=="string")' "$t/j" >"$t/jq" 2>"$t/err" &&
	   [ "$(wc -l <"$t/jq")" = "$(wc -l <"$t/j")" ] && [ -s "$t/j" ]; then
		ok
	else
		ko "--format=jsonl is not valid JSON Lines: $(head -2 "$t/err")"
	fi
	# the same rows as TSV
	jq -r '[.line,.start,.end,.type,.text,.value]|@tsv' "$t/j" >"$t/j.tsv"
	$trawl -r 2024-03-04 "$t/g" >"$t/t.tsv"
	cmp -s "$t/j.tsv" "$t/t.tsv" && ok || ko "--format=jsonl rows differ from TSV rows"
else
	ko "jq is needed to check --format=jsonl (apt-get install jq)"
fi

# -p DIR replaces the built-in set; a later -p wins per file name; -f adds.
mkdir -p "$t/p1/fr" "$t/p2/fr"
printf 'type money\nlang fr\nrule gold (?<amount>[0-9]+) {nope}\n' >"$t/p1/fr/money.pat"
printf 'type money\nlang fr\nlist cur c.tsv\nrule gold (?<amount>[0-9]+) (?<cur>lingots?)\n' >"$t/p2/fr/money.pat"
printf 'lingot\tXAU\nlingots\tXAU\n' >"$t/p2/fr/c.tsv"
printf '3 lingots et 20 \342\202\254.\n' >"$t/gold"
$trawl -p "$t/p2" "$t/gold" >"$t/out" 2>"$t/err"
expect "-p DIR" "1	0	9	MONEY	3 lingots	3 XAU" "$(cat "$t/out")"
$trawl -p "$t/p2" -p "$t/p1" "$t/gold" >/dev/null 2>"$t/err"
expect "-p later wins (p1's file is broken)" 2 $?
expect "-p error names FILE:LINE" "$t/p1/fr/money.pat:3: unknown fragment" "$(cut -d'{' -f1 "$t/err" | head -1 | sed 's/ $//')"
$trawl -p "$t/p1" -p "$t/p2" "$t/gold" >"$t/out" 2>/dev/null
expect "-p later wins (p2's file is good)" "1	0	9	MONEY	3 lingots	3 XAU" "$(cat "$t/out")"
$trawl -f "$t/p2/fr/money.pat" -t money "$t/gold" >"$t/out" 2>/dev/null
expect "-f adds to the built-in set" 2 "$(wc -l <"$t/out")"
$trawl --check -f "$t/p1/fr/money.pat" >/dev/null 2>&1
expect "--check with a broken file" 2 $?
$trawl --check >"$t/out" 2>&1
expect "--check quiet on success" "0:" "$?:$(cat "$t/out")"
$trawl -p "$t/nowhere" "$t/gold" >/dev/null 2>"$t/err"
expect "-p missing directory: status" 2 $?
mkdir -p "$t/empty"
$trawl -p "$t/empty" "$t/gold" >/dev/null 2>"$t/err"
expect "-p empty directory" "trawl: $t/empty: no pattern files (*.pat) in this directory" "$(cat "$t/err")"
$trawl -l de "$t/gold" >/dev/null 2>"$t/err"
expect "--lang without rules" "trawl: no pattern files for language 'de' (the built-in languages are fr and en)" "$(cat "$t/err")"
$trawl -f "$t/nowhere.pat" "$t/gold" >/dev/null 2>"$t/err"
expect "-f missing file" "trawl: $t/nowhere.pat: cannot open: No such file or directory" "$(cat "$t/err")"

# -r today resolves against the clock only when asked.
printf "Aujourd'hui, rien.\n" >"$t/today"
expect "-r today" "$(date +%F)" "$($trawl -r today --fields=value -t date "$t/today")"
expect "no -r: unresolved" "REF+0D" "$($trawl --fields=value -t date "$t/today")"

# The man page is valid mdoc and documents every long option of --help.
if command -v mandoc >/dev/null 2>&1; then
	mandoc -Tlint -W warning trawl.1 >"$t/lint" 2>&1
	[ -s "$t/lint" ] && ko "mandoc -Tlint trawl.1: $(head -3 "$t/lint")" || ok
else
	ko "mandoc is needed to lint trawl.1 (apt-get install mandoc)"
fi
for opt in $(grep -o -- '--[a-z][a-z-]*' "$t/help" | sort -u); do
	grep -q -- "$(echo "$opt" | sed 's/^--//')" trawl.1 || ko "trawl.1 lacks $opt"
	grep -q -- "$opt" README.md || ko "README.md lacks $opt"
done
ok

# -j N: the same bytes as -j 1, errors included; and the GNU parallel
# recipe of the README.
for s in 11 12 13 14 15; do build/gentext $s 150000 >"$t/par$s"; done
$trawl -r 2024-03-04 "$t"/par1[1-3] "$t/missing" "$t"/par1[45] >"$t/j1" 2>"$t/j1.err"
st1=$?
$trawl -j 3 -r 2024-03-04 "$t"/par1[1-3] "$t/missing" "$t"/par1[45] >"$t/j3" 2>"$t/j3.err"
st3=$?
cmp -s "$t/j1" "$t/j3" && ok || ko "-j 3 output differs from -j 1"
expect "-j 3 status with a missing file" "$st1" "$st3"
expect "-j 3 stderr" "$(cat "$t/j1.err")" "$(cat "$t/j3.err")"
$trawl -j 0 "$t/par11" >/dev/null 2>&1
expect "-j 0 is refused" 2 $?
if command -v parallel >/dev/null 2>&1; then
	parallel -k -j 2 $trawl -H -r 2024-03-04 ::: "$t"/par1[1-5] >"$t/gp" 2>/dev/null
	$trawl -H -r 2024-03-04 "$t"/par1[1-5] >"$t/seq"
	cmp -s "$t/gp" "$t/seq" && ok || ko "GNU parallel recipe: rows differ from one trawl"
else
	ko "GNU parallel is needed to test the README's recipe (apt-get install parallel)"
fi

# Records: GNU parallel --pipe over a JSON Lines stream gives the rows of
# one process, every row carrying its record's id; so does -j over files.
i=0
while [ $i -lt 400 ]; do
	printf '{"id":"r%d","text":"Lot %d : %d millions de dollars le %d mars 2024, soit %d,5 %%."}\n' $i $i $((i + 1)) $((i % 28 + 1)) $i
	i=$((i + 1))
done >"$t/recs.jsonl"
$trawl --input=jsonl "$t/recs.jsonl" >"$t/recs.one"
if command -v parallel >/dev/null 2>&1; then
	parallel --pipe -N 37 -k -j 3 $trawl --input=jsonl <"$t/recs.jsonl" >"$t/recs.par" 2>/dev/null
	cmp -s "$t/recs.one" "$t/recs.par" && ok || ko "parallel --pipe with records differs from one process"
fi
# -j on one record stream: cut into chunks, the same rows and messages.
{ cat "$t/recs.jsonl"; printf 'pas du JSON\n'; awk 'BEGIN { printf "{\"id\":\"long\",\"text\":\""; for (i = 0; i < 3000; i++) printf "mot "; print "\"}" }'; cat "$t/recs.jsonl"; } >"$t/recs2.jsonl"
for k in 1 3; do
	$trawl -j $k --buffer-size=4096 --input=jsonl <"$t/recs2.jsonl" >"$t/rj$k" 2>"$t/rj$k.err"
	echo $? >>"$t/rj$k.err"
done
cmp -s "$t/rj1" "$t/rj3" && cmp -s "$t/rj1.err" "$t/rj3.err" && [ -s "$t/rj1" ] && ok ||
	ko "-j 3 on one record stream differs from -j 1: $(diff "$t/rj1.err" "$t/rj3.err" | head -3)"
split -l 100 "$t/recs.jsonl" "$t/recpart."
$trawl -j 3 --no-filename --input=jsonl "$t"/recpart.* >"$t/recs.j3"
cmp -s "$t/recs.one" "$t/recs.j3" && ok || ko "-j 3 over record files differs from one process"

# Colour: auto means a terminal without NO_COLOR; always and never win.
printf 'Une levée de 20 \342\202\254.\n' >"$t/col"
esc=$(printf '\033')
$trawl --format=ansi "$t/col" | grep -q "$esc" && ko "--color=auto coloured a pipe" || ok
$trawl --format=ansi --color=always "$t/col" | grep -q "$esc" && ok || ko "--color=always did not colour"
NO_COLOR=1 $trawl --format=ansi --color=always "$t/col" | grep -q "$esc" && ok || ko "--color=always lost to NO_COLOR"
if command -v script >/dev/null 2>&1; then
	script -qec "$trawl --format=ansi $t/col" /dev/null >"$t/tty" 2>&1
	grep -q "$esc" "$t/tty" && ok || ko "--color=auto did not colour a terminal"
	NO_COLOR=1 script -qec "$trawl --format=ansi $t/col" /dev/null >"$t/tty" 2>&1
	grep -q "$esc\[1" "$t/tty" && ko "NO_COLOR was not respected on a terminal" || ok
fi

# make install / uninstall honour DESTDIR and prefix.
if [ -f Makefile ] && command -v make >/dev/null 2>&1; then
	make -s install DESTDIR="$t/root" prefix=/usr >/dev/null 2>&1
	[ -x "$t/root/usr/bin/trawl" ] && [ -f "$t/root/usr/share/man/man1/trawl.1" ] && ok ||
		ko "make install DESTDIR=... prefix=/usr did not install bin/trawl and man1/trawl.1"
	make -s uninstall DESTDIR="$t/root" prefix=/usr >/dev/null 2>&1
	[ ! -e "$t/root/usr/bin/trawl" ] && [ ! -e "$t/root/usr/share/man/man1/trawl.1" ] && ok ||
		ko "make uninstall left files behind"
fi

echo "cli: $pass passed, $fail failed"
[ "$fail" = 0 ]
