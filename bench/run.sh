#!/bin/sh
# The measure function's output is split into words on purpose.
# shellcheck disable=SC2046
# make bench: trawl's throughput and peak memory on real, non-repeating
# prose (bench/make-corpus.sh), beside ripgrep (rg -o, on stdin) in the
# same run.  rg runs two money|date|percent|org regexes: the comparable one
# (bench/rg-regex.sh: every name and word of trawl's lists, ASCII word
# boundaries, as issue 6 asks) and a small one (24 names, a few words) with
# ASCII and with Unicode word boundaries, which shows how much rg's speed
# owes to the size of the regex and to its DFA.  Prints MB/s (best CPU time
# of 3 runs), the ratio to the comparable rg, peak RSS, per type, and the
# start-up time.
set -eu
cd "$(dirname "$0")/.."
corpus=${CORPUS:-bench/data/corpus.txt}
[ -f "$corpus" ] || sh bench/make-corpus.sh
size=$(wc -c <"$corpus")
mb=$(awk -v s="$size" 'BEGIN { printf "%.1f", s / 1e6 }')
echo "corpus: $corpus, $mb MB"

# Best CPU time (user + system) of 3 runs and peak RSS, for a command
# reading the corpus on stdin.  CPU time, not wall time, so that other work
# on the machine does not skew the figures.
measure() {
	best=
	rss=0
	for _ in 1 2 3; do
		/usr/bin/time -f '%U %S %M' -o /tmp/trawl-bench.$$ sh -c "exec $1" <"$corpus" >/dev/null 2>&1 || true
		last=$(tail -n 1 /tmp/trawl-bench.$$)
		t=$(echo "$last" | awk '{ print $1 + $2 }')
		r=$(echo "$last" | awk '{ print $3 }')
		best=$(awk -v a="$t" -v b="${best:-$t}" 'BEGIN { print (a < b ? a : b) }')
		[ "$r" -gt "$rss" ] && rss=$r
	done
	rm -f /tmp/trawl-bench.$$
	mbs=$(awk -v s="$size" -v t="$best" 'BEGIN { printf "%.1f", (t > 0 ? s / 1e6 / t : 0) }')
	echo "$mbs $rss $best"
}

months='janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|January|February|March|April|May|June|July|August|September|October|November|December'
orgs='Banque de France|European Central Bank|Mistral AI|OpenAI|Microsoft|Google|Amazon|Apple|TotalEnergies|BNP Paribas|Société Générale|LVMH|Airbus|Renault|Sanofi|Goldman Sachs|JPMorgan|Federal Reserve|Congress|Senate|United Nations|NATO|IMF|World Bank'
money='(?:[$€£]|US\$)\s?[0-9][0-9.,]*(?:\s*(?:million|billion|bn|m|k))?|[0-9][0-9 .,]*\s*(?:millions?|milliards?|billions?|million|bn)?\s*(?:de |d'"'"')?(?:€|\$|£|euros?|dollars?|EUR|USD|GBP)'
date='[0-9]{1,2}\s+(?:'"$months"')\s+[0-9]{4}|(?:'"$months"')\s+[0-9]{1,2},?\s+[0-9]{4}|(?:'"$months"')\s+[0-9]{4}|[0-9]{4}-[0-9]{2}-[0-9]{2}'
percent='[0-9]+(?:[.,][0-9]+)?\s*(?:%|pour cent|percent)'
regex="(?i)(?-u:\\b)(?:$money|$date|$percent|$orgs)"

# The small regex with Unicode word boundaries at both ends, as trawl's
# rules have them (\b must know "é"): rg then leaves its DFA.
uregex="(?i)\\b(?:$money|$date|$percent|$orgs)\\b"

row() { # row LABEL MB/s RSS: one line of the table, with the ratio to rg
	ratio=$(awk -v a="$2" -v b="$rg_mbs" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
	printf '%-30s %8s %8s %9s\n' "$1" "$2" "$ratio" "$3"
}

printf '%-30s %8s %8s %9s\n' tool MB/s "vs rg" "RSS (KB)"
re=/tmp/trawl-bench-regex.$$
sh bench/rg-regex.sh >"$re"
set -- $(measure "rg -o --no-line-number -f $re -")
rg_mbs=$1
row "rg -o (comparable, ASCII \\b)" "$1" "$2"
printf '%s\n' "$regex" >"$re"
set -- $(measure "rg -o --no-line-number -f $re -")
row "rg -o (small, ASCII \\b)" "$1" "$2"
printf '%s\n' "$uregex" >"$re"
set -- $(measure "rg -o --no-line-number -f $re -")
rm -f "$re"
row "rg -o (small, Unicode \\b)" "$1" "$2"
for t in all money date org percent date,org; do
	opt=
	[ "$t" = all ] || opt="-t $t"
	set -- $(measure "./trawl $opt")
	row "trawl ${opt:-(all types)}" "$1" "$2"
done
set -- $(measure "env TRAWL_SCALAR=1 ./trawl")
row "trawl (scalar scan)" "$1" "$2"
if [ "$rg_mbs" = "0.0" ]; then
	echo "bench: rg did not run (install ripgrep: apt-get install ripgrep)" >&2
fi

# Start-up: --check loads and compiles the built-in set (JIT compilation
# waits for each rule's attempts); a short article is the common run.
for what in "--check" "tests/demo/article-fr.txt"; do
	start=$(date +%s%N)
	for _ in 1 2 3 4 5 6 7 8 9 10; do ./trawl $what >/dev/null; done
	end=$(date +%s%N)
	echo "start-up (trawl $what, mean of 10): $(( (end - start) / 10000000 )) ms"
done
