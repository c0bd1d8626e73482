#!/bin/sh
# Output never depends on the buffer size, and offsets always slice the
# input: generated texts (tests/tools/gentext), some with NUL and invalid
# bytes, run at many buffer sizes from the minimum up, and with the
# byte-by-byte scan (TRAWL_SCALAR=1) as well as the vectorized one.
set -u
trawl=$1
out=${TMPDIR:-/tmp}/trawl-windows.$$
mkdir -p "$out"
trap 'rm -rf "$out"' EXIT
pass=0
fail=0
for seed in 1 2 3 4 5 6; do
	build/gentext "$seed" 60000 >"$out/in"
	$trawl -r 2024-03-04 "$out/in" >"$out/ref" 2>/dev/null
	for bs in 1024 1025 1500 2047 3000 4096 10000 65536; do
		$trawl -r 2024-03-04 --buffer-size=$bs "$out/in" >"$out/got" 2>/dev/null
		if cmp -s "$out/ref" "$out/got"; then
			pass=$((pass + 1))
		else
			fail=$((fail + 1))
			echo "FAIL seed $seed: buffer $bs differs from the default"
			diff "$out/ref" "$out/got" | head -6 | sed 's/^/    /'
		fi
	done
	# The filters that spare rule attempts never change what is found.
	TRAWL_NO_FILTERS=1 $trawl -r 2024-03-04 "$out/in" >"$out/got" 2>/dev/null
	if cmp -s "$out/ref" "$out/got"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL seed $seed: output differs without the follow and pair filters"
		diff "$out/ref" "$out/got" | head -6 | sed 's/^/    /'
	fi
	# The vectorized scan finds the same candidates as the byte-by-byte one.
	TRAWL_SCALAR=1 $trawl -r 2024-03-04 "$out/in" >"$out/got" 2>/dev/null
	if cmp -s "$out/ref" "$out/got"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL seed $seed: the scalar scan differs from the default one"
		diff "$out/ref" "$out/got" | head -6 | sed 's/^/    /'
	fi
	$trawl -r 2024-03-04 --fields=start,end,text --buffer-size=1024 "$out/in" >"$out/rows" 2>/dev/null
	if build/slicecheck "$out/in" <"$out/rows" 2>"$out/err"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL seed $seed: offsets do not slice the input"
		head -3 "$out/err" | sed 's/^/    /'
	fi
	# --offsets=chars agrees with the byte offsets.
	$trawl -r 2024-03-04 --fields=start --offsets=chars --buffer-size=1024 "$out/in" >"$out/c1"
	$trawl -r 2024-03-04 --fields=start "$out/in" | while read -r b; do
		head -c "$b" "$out/in" | LC_ALL=C tr -d '\200-\277' | wc -c
	done >"$out/c2" 2>/dev/null
	if cmp -s "$out/c1" "$out/c2"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL seed $seed: --offsets=chars disagrees with byte offsets"
	fi
done
echo "windows: $pass passed, $fail failed"
[ "$fail" = 0 ]
