#!/bin/sh
# Install what trawl needs to build and test, on Debian or Ubuntu, when it
# is missing.  Build: a C compiler, make, pkg-config, PCRE2 and utf8proc
# development files.  Tests: jq (JSON Lines checks), GNU time (memory
# checks), mandoc (man page lint).  With --build, only the build needs;
# with --fuzz, only clang and its libFuzzer runtime.
# Runs apt-get as root, or through sudo; otherwise says what to run.
set -u
need_build="gcc make pkg-config libpcre2-dev libutf8proc-dev libjansson-dev"
need_test="jq time mandoc parallel chromium"
need_fuzz="clang libclang-rt-dev"
case ${1:-} in
--build) pkgs=$need_build ;;
--fuzz) pkgs=$need_fuzz ;;
*) pkgs="$need_build $need_test" ;;
esac

missing=
for p in $pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
	echo "trawl needs:$missing (Debian package names); install them with your package manager." >&2
	exit 1
fi
if [ "$(id -u)" = 0 ]; then
	run=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
	run="sudo"
else
	echo "trawl needs:$missing" >&2
	echo "Install them with: sudo apt-get install$missing" >&2
	exit 1
fi
echo "Installing:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
$run apt-get install -y -q $missing >/dev/null 2>&1 ||
	{ $run apt-get update -q >/dev/null 2>&1 && $run apt-get install -y -q $missing >/dev/null; } || {
	echo "apt-get could not install:$missing" >&2
	exit 1
}
