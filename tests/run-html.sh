#!/bin/sh
# --format=html renders in headless Chromium as it should: every match a
# coloured mark with its value on hover, no script run from the input's
# text, per-type counts; and a screenshot is a real picture of it.
set -u
trawl=$1
t=${TMPDIR:-/tmp}/trawl-html.$$
mkdir -p "$t"
trap 'rm -rf "$t"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL html: $*"; }
chrome=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chrome" ]; then
	ko "Chromium is needed to check --format=html (apt-get install chromium)"
	echo "html: $pass passed, $fail failed"
	exit 1
fi
flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
 --disable-background-networking --disable-component-update --disable-sync
 --user-data-dir=$t/profile --allow-file-access-from-files"

$trawl --format=html -r 2024-03-04 tests/html/input1.txt tests/html/input2.txt >"$t/page.html"
cp tests/html/check.html "$t/"
# shellcheck disable=SC2086
timeout 120 "$chrome" $flags --virtual-time-budget=5000 --dump-dom "file://$t/check.html" 2>/dev/null |
	sed -n '/<pre id="out">/,/<\/pre>/p' | sed -e 's/<pre id="out">//' -e 's/<\/pre>//' \
	-e 's/&amp;/\&/g; s/&lt;/</g; s/&gt;/>/g' >"$t/seen"
if cmp -s tests/html/expected.txt "$t/seen"; then
	ok
else
	ko "the rendered page differs from tests/html/expected.txt"
	diff tests/html/expected.txt "$t/seen" | head -10 | sed 's/^/    /'
fi
grep -q '&lt;script&gt;alert(1)&lt;/script&gt; &amp; Cie' "$t/page.html" && ok || ko "input text not escaped"
grep -qi '<script\|https\?://' "$t/page.html" && ko "the page has a script or a link" || ok

# shellcheck disable=SC2086
timeout 120 "$chrome" $flags --window-size=1000,700 --screenshot="$t/shot.png" "file://$t/page.html" >/dev/null 2>&1
if [ -f "$t/shot.png" ] && [ "$(od -An -tx1 -N8 "$t/shot.png" | tr -d ' \n')" = 89504e470d0a1a0a ]; then
	w=$(od -An -tu1 -j16 -N4 "$t/shot.png" | awk '{ print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4 }')
	h=$(od -An -tu1 -j20 -N4 "$t/shot.png" | awk '{ print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4 }')
	size=$(wc -c <"$t/shot.png")
	# a blank page compresses to a few KB; text and marks do not
	if [ "$w" = 1000 ] && [ "$h" = 700 ] && [ "$size" -gt 15000 ]; then ok; else ko "screenshot ${w}x$h, $size bytes"; fi
else
	ko "no PNG screenshot"
fi
echo "html: $pass passed, $fail failed"
[ "$fail" = 0 ]
