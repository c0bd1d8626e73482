#!/bin/sh
# The README's examples produce what the README says: every ```console
# block is a series of "$ command" lines, each followed by its expected
# output.  Commands run with bash from the repository root, with the trawl
# under test first in PATH.
set -u
trawl=$1
dir=${TMPDIR:-/tmp}/trawl-readme.$$
mkdir -p "$dir/bin"
trap 'rm -rf "$dir"' EXIT
ln -s "$(cd "$(dirname "$trawl")" && pwd)/$(basename "$trawl")" "$dir/bin/trawl"
awk -v dir="$dir" '
	/^```console$/ { inblock = 1; next }
	/^```/ && inblock { inblock = 0; next }
	!inblock { next }
	/^\$ / { n++; cmd = dir "/cmd" n; out = dir "/want" n
		 print substr($0, 3) > cmd; close(cmd); printf "" > out; close(out); next }
	{ print >> (dir "/want" n); close(dir "/want" n) }
	END { print n > (dir "/count") }
' README.md
pass=0
fail=0
n=$(cat "$dir/count")
i=1
while [ "$i" -le "$n" ]; do
	PATH="$dir/bin:$PATH" bash "$dir/cmd$i" >"$dir/got$i" 2>&1
	if cmp -s "$dir/want$i" "$dir/got$i"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL readme: \$ $(cat "$dir/cmd$i")"
		diff "$dir/want$i" "$dir/got$i" | head -8 | sed 's/^/    /'
	fi
	i=$((i + 1))
done
[ "$n" -gt 0 ] || { fail=1; echo "FAIL readme: no console examples found"; }
echo "readme: $pass passed, $fail failed"
[ "$fail" = 0 ]
