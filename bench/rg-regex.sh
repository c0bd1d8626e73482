#!/bin/sh
# Print, for ripgrep, one regex that looks for what trawl's lists hold:
# the organization names of the gazetteer (patterns/common/orgs.tsv and the
# per-language ones), currency and scale words, months, weekdays and
# relative dates of both languages, amounts, percentages and numeric
# dates, and unknown organizations as capitalized words before a legal
# form.  It is the "comparable" regex of bench/run.sh: rg cannot apply
# trawl's context rules, but it has every word trawl looks up.
#   bench/rg-regex.sh [PATTERNS-DIR]
set -eu
p=${1:-patterns}

# The surfaces of TSV lists, longest first, as one alternation: regex
# metacharacters escaped (the ones Rust's regex accepts escaped), a space
# matching any white space.
alt() {
	cat "$@" | awk -F '\t' '
		/^#/ || NF < 2 || $1 == "" { next }
		!seen[$1]++ { print length($1) "\t" $1 }' |
		sort -t "$(printf '\t')" -k1,1nr -k2 | cut -f2- |
		awk '{
			s = ""
			for (i = 1; i <= length($0); i++) {
				c = substr($0, i, 1)
				if (index("\\.+*?()|[]{}^$", c)) s = s "\\" c
				else if (c == " ") s = s "\\s+"
				else s = s c
			}
			printf "%s%s", (NR > 1 ? "|" : ""), s
		}'
}

num='[0-9]+(?:[., ][0-9]{3})*(?:[.,][0-9]+)?'
scale="(?:$(alt "$p"/en/lists/scale.tsv "$p"/fr/lists/scale.tsv))"
sym="(?:$(alt "$p"/en/lists/symbol.tsv "$p"/fr/lists/symbol.tsv))"
cur="(?:$(alt "$p"/en/lists/curnoun.tsv "$p"/fr/lists/curnoun.tsv))"
month="(?:$(alt "$p"/en/lists/months.tsv "$p"/fr/lists/months.tsv))"
wday="(?:$(alt "$p"/en/lists/weekdays.tsv "$p"/fr/lists/weekdays.tsv))"
rel="(?:$(alt "$p"/en/lists/relative.tsv "$p"/fr/lists/relative.tsv))"
orgs="(?:$(alt "$p"/common/orgs.tsv "$p"/en/lists/org-en.tsv "$p"/fr/lists/org-fr.tsv))"
legal='(?:Inc\.?|Corp\.?|Co\.|Ltd\.?|LLC|LLP|plc|PLC|AG|GmbH|S\.?A\.?|SAS|SARL|N\.?V\.?|SpA|Group|Groupe|Holdings?|Bank|Banque|Association|Institute|University|Université|Ministry|Ministère|Agency|Agence|Council|Conseil|Commission|Company|Compagnie|Foundation|Fondation)'
capw="[A-ZÀ-Þ][a-zA-Zß-ÿ0-9&'-]*"

money="$sym\\s?$num(?:\\s*$scale)?|$num(?:\\s*$scale)?\\s*(?:de\\s+|d')?(?:$sym|$cur)"
percent="$num\\s*(?:%|pour\\s*cent|per\\s*cent|percent)"
date="$num\\s*$month(?:\\s+[0-9]{4})?|$month\\s+[0-9]{1,2}(?:,?\\s+[0-9]{4})?|$month\\s+[0-9]{4}|[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}|$wday|$rel|(?:in|en|since|depuis)\\s+(?:19|20)[0-9]{2}"
org="$orgs|$capw(?:\\s+$capw){0,4}\\s+$legal|$legal\\s+(?:of|for|de|du|des)\\s+(?:the\\s+|la\\s+|l')?$capw(?:\\s+$capw){0,3}"
printf '(?-u:\\b)(?:(?i:%s|%s|%s)|%s)(?-u:\\b)\n' "$money" "$percent" "$date" "$org"
