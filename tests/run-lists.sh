#!/bin/sh
# The money rules match the currency and scale lists through tries that
# patterns/tools/mktries.py generates from them: every surface of every
# list must still be found, with its list's value.  One line per surface
# ("5 dollars", "$5", "5 million USD", "5 RM"), one MONEY row expected per
# line, whose text holds the surface and whose value has the listed code
# or multiplier.
set -u
trawl=$1
t=${TMPDIR:-/tmp}/trawl-lists.$$
mkdir -p "$t"
trap 'rm -rf "$t"' EXIT
pass=0
fail=0

# check LANG LIST KIND: KIND is post (after 5), pre (before 5), scale
# (between 5 and USD) or cs-post (after "5 ", case kept).
check() {
	lang=$1 list=patterns/$1/lists/$2 kind=$3
	grep -v '^#' "$list" | grep -v '^$' >"$t/entries"
	awk -F '\t' -v k="$kind" '{
		if (k == "pre") print "Paid " $1 "5 today.";
		else if (k == "scale") print "Paid 5 " $1 " USD today.";
		else print "Paid 5 " $1 " today.";
	}' "$t/entries" >"$t/in"
	$trawl -l "$lang" -t money --fields=line,text,value "$t/in" >"$t/out"
	r=$(awk -F '\t' -v k="$kind" -v list="$list" '
		NR == FNR { surf[FNR] = $1; val[FNR] = $2; n = FNR; next }
		{ rows[$1]++; text[$1] = $2; got[$1] = $3 }
		END {
			bad = 0
			for (i = 1; i <= n; i++) {
				want = val[i]
				if (k == "scale") want = "USD"
				else sub(/\/.*/, "", want)
				if (rows[i] != 1 || index(tolower(text[i]), tolower(surf[i])) == 0 ||
				    got[i] !~ (" " want "$")) {
					printf "FAIL lists: %s: \"%s\": got \"%s\" -> \"%s\"\n", list, surf[i], text[i], got[i]
					bad++
				}
			}
			print "RESULT", n - bad, bad
		}' "$t/entries" "$t/out")
	echo "$r" | grep -v '^RESULT'
	read -r good bad <<END
$(echo "$r" | sed -n 's/^RESULT //p')
END
	pass=$((pass + good))
	fail=$((fail + bad))
}

for lang in en fr; do
	check "$lang" curnoun.tsv post
	check "$lang" symbol.tsv pre
	check "$lang" symbol-cs.tsv pre
	check "$lang" curcs.tsv cs-post
	check "$lang" scale.tsv scale
done
echo "lists: $pass passed, $fail failed"
[ "$fail" = 0 ]
