#!/usr/bin/env bash
# SPDX-License-Identifier: Unlicense
# Builds the .deb, installs it on this machine with apt (so the computed
# Depends must resolve), and checks the installed product: both programs
# start, every non-binary file is in place and valid, a dump through the
# installed CLI and virtual phone matches; then removes the package.
#
# Needs root and Debian packages: cmake ninja-build g++ qt6 build deps,
# dpkg-dev desktop-file-utils appstream file librsvg2-bin man-db.
# Missing tools are installed with apt-get.
#
# Usage: packaging/test-deb.sh
#   MTREADER_BUILD_DIR=dir  reuse a configured and built tree (only cpack runs)
#   JOBS=n                  build parallelism (default 2)
set -euo pipefail

src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
app_id=io.github.mtreader.MTreader
passed=0
failed=0

say() { printf '== %s\n' "$*"; }
ok() { passed=$((passed + 1)); printf 'ok   %s\n' "$*"; }
bad() { failed=$((failed + 1)); printf 'FAIL %s\n' "$*"; }
check() { # check <description> <command...>
    local what=$1
    shift
    if "$@"; then ok "$what"; else bad "$what"; fi
}

[ "$(id -u)" -eq 0 ] || { echo "test-deb.sh installs a package: run it as root" >&2; exit 2; }

# ---- tools ------------------------------------------------------------------
need=()
for pair in cpack:cmake ninja:ninja-build dpkg-shlibdeps:dpkg-dev desktop-file-validate:desktop-file-utils \
    appstreamcli:appstream file:file rsvg-convert:librsvg2-bin man:man-db; do
    command -v "${pair%%:*}" >/dev/null || need+=("${pair#*:}")
done
if [ ${#need[@]} -gt 0 ]; then
    say "installing ${need[*]}"
    apt-get install -y --no-install-recommends "${need[@]}" >/dev/null \
        || { apt-get update -qq && apt-get install -y --no-install-recommends "${need[@]}" >/dev/null; }
fi

tmp=$(mktemp -d /tmp/mtreader-deb.XXXXXX)
chmod 755 "$tmp" # apt's _apt user reads the .deb from here
installed=no
vphone_pid=
cleanup() {
    if [ -n "$vphone_pid" ]; then kill "$vphone_pid" 2>/dev/null || true; fi
    if [ "$installed" = yes ]; then dpkg -r mtreader >/dev/null 2>&1 || true; fi
    rm -rf "$tmp"
}
trap cleanup EXIT

# ---- build the package ------------------------------------------------------
build=${MTREADER_BUILD_DIR:-$tmp/build}
if [ -z "${MTREADER_BUILD_DIR:-}" ]; then
    say "configuring and building in $build"
    cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
        -DMTREADER_BUILD_TESTS=OFF -DMTREADER_BUILD_BENCH=OFF >"$tmp/configure.log" \
        || { cat "$tmp/configure.log"; exit 1; }
    cmake --build "$build" -j "${JOBS:-2}" >"$tmp/build.log" || { tail -50 "$tmp/build.log"; exit 1; }
fi
say "cpack -G DEB"
(cd "$build" && cpack -G DEB -B "$tmp/out") >"$tmp/cpack.log" || { cat "$tmp/cpack.log"; exit 1; }
deb=$(ls "$tmp"/out/mtreader_*_*.deb)
say "built $(basename "$deb")"
depends=$(dpkg-deb -f "$deb" Depends)
printf 'Depends: %s\n' "$depends"
check "Depends computed by dpkg-shlibdeps (libqt6widgets6, libqt6serialport6)" \
    grep -q 'libqt6widgets6.*libqt6serialport6\|libqt6serialport6.*libqt6widgets6' <<<"$depends"

# ---- install ----------------------------------------------------------------
say "apt-get install $(basename "$deb")"
(cd "$tmp/out" && apt-get install -y "./$(basename "$deb")") >"$tmp/apt.log" 2>&1 \
    || { cat "$tmp/apt.log"; exit 1; }
installed=yes
check "dpkg reports mtreader installed" dpkg -s mtreader >/dev/null

# ---- installed files --------------------------------------------------------
files=(
    /usr/bin/mtreader /usr/bin/mtreader-cli /usr/bin/mtreader-virtual-phone
    "/usr/share/applications/$app_id.desktop"
    "/usr/share/metainfo/$app_id.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    /usr/share/man/man1/mtreader.1.gz
    /usr/share/man/man1/mtreader-cli.1.gz
    /usr/share/man/man1/mtreader-virtual-phone.1.gz
    /usr/share/doc/mtreader/changelog.gz
    /usr/lib/udev/rules.d/60-mtreader.rules
    /usr/share/doc/mtreader/copyright
)
for f in "${files[@]}"; do check "installed $f" test -s "$f"; done
for size in 16 32 48 64 128 256; do
    png=/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    check "icon $png is a ${size}x${size} PNG" grep -q "PNG image data, $size x $size" <<<"$(file "$png" 2>&1)"
done
check "binaries find all their libraries" \
    bash -c '! ldd /usr/bin/mtreader /usr/bin/mtreader-cli /usr/bin/mtreader-virtual-phone | grep -q "not found"'
check "udev rule tags 0E8D:0003 uaccess and ModemManager-ignore" \
    bash -c 'grep -q "ATTRS{idVendor}==\"0e8d\", ATTRS{idProduct}==\"0003\".*TAG+=\"uaccess\".*ENV{ID_MM_DEVICE_IGNORE}=\"1\"" /usr/lib/udev/rules.d/60-mtreader.rules'

# ---- validators -------------------------------------------------------------
check "desktop-file-validate" desktop-file-validate /usr/share/applications/$app_id.desktop
check "appstreamcli validate --no-net" appstreamcli validate --no-net /usr/share/metainfo/$app_id.metainfo.xml
for prog in mtreader mtreader-cli mtreader-virtual-phone; do
    page=/usr/share/man/man1/$prog.1.gz
    man_warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null) || true
    check "man page $prog.1 renders without warnings" test -z "$man_warnings"
    [ -z "$man_warnings" ] || echo "$man_warnings"
    # The pages are written by hand: every long option of --help must be in.
    missing=
    text=$(zcat "$page" | sed 's/\\-/-/g')
    for opt in $("$prog" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
        grep -q -- "$opt" <<<"$text" || missing="$missing $opt"
    done
    check "man page $prog.1 documents every option of --help${missing:+ (missing:$missing)}" test -z "$missing"
done
check "man -w finds mtreader-cli(1)" man -w mtreader-cli

# ---- the programs -------------------------------------------------------------
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
version=$(mtreader-cli --version)
check "mtreader-cli --version: $version" grep -q '^mtreader-cli [0-9]' <<<"$version"
version=$(mtreader --version)
check "mtreader --version: $version" grep -q '^MTreader [0-9]' <<<"$version"
rc=0
QT_QPA_PLATFORM=offscreen timeout 3 mtreader >"$tmp/gui.log" 2>&1 || rc=$?
check "GUI still running offscreen after 3 s (timeout exit $rc, 124 expected)" test "$rc" -eq 124
[ "$rc" -eq 124 ] || cat "$tmp/gui.log"

# A whole dump through the installed CLI and virtual phone: the product's
# "try it without a phone" path.
mtreader-virtual-phone --link "$tmp/phone" --instant --size 0x20000 >"$tmp/vphone.log" 2>&1 &
vphone_pid=$!
rc=0
timeout 60 mtreader-cli --timeout 20 "$tmp/phone" "$tmp/dump.bin" 0 0x20000 >"$tmp/cli.log" 2>&1 || rc=$?
wait "$vphone_pid" 2>/dev/null || true
vphone_pid=
expected=$(sed -n 's/^sha256 \([0-9a-f]*\).*/\1/p' "$tmp/vphone.log")
actual=
if [ -f "$tmp/dump.bin" ]; then actual=$(sha256sum "$tmp/dump.bin" | cut -d' ' -f1); fi
check "installed CLI dumps the installed virtual phone (exit $rc, sha256 matches)" \
    test "$rc" -eq 0 -a -n "$expected" -a "$expected" = "$actual"
[ "$rc" -eq 0 ] || { cat "$tmp/cli.log" "$tmp/vphone.log"; }

# ---- remove -----------------------------------------------------------------
dpkg -r mtreader >/dev/null
installed=no
check "dpkg -r removed the files" bash -c '! test -e /usr/bin/mtreader && ! test -e /usr/lib/udev/rules.d/60-mtreader.rules'

echo "test-deb: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
