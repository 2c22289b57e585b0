#!/usr/bin/env bash
# SPDX-License-Identifier: Unlicense
# Every page of the window in every language, as a technician sees it:
# tst_gui_screens drives the real window through a dump against the virtual
# phone and saves each page it checks as a PNG.
#
#   docs/screenshots/take.sh [BUILD_DIR] [OUT_DIR]
#       every page in every language into OUT_DIR (default BUILD_DIR/screenshots)
#   docs/screenshots/take.sh --readme [BUILD_DIR]
#       the pages the README shows into docs/screenshots/: the steps of a
#       dump, Keep going, the history and the jobs in English, the Done page
#       in every language (reduced to 128 colours so the repository stays
#       small)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
readme=0
if [[ ${1:-} == --readme ]]; then
    readme=1
    shift
fi
BUILD=$(cd "${1:-$ROOT/build}" && pwd)
OUT=${2:-$BUILD/screenshots}
(( readme )) && OUT=$(mktemp -d)

cmake --build "$BUILD" --target tst_gui_screens >/dev/null
mkdir -p "$OUT"
rm -f "$OUT"/*.png
# Offscreen: the same drawing as on a desktop, without one. Settings and the
# history stay in the test's own folders.
MTREADER_SCREENSHOT_DIR=$OUT QT_QPA_PLATFORM=offscreen "$BUILD/tests/tst_gui_screens" -silent

if (( readme )); then
    rm -f "$ROOT"/docs/screenshots/*.png
    shown=("$OUT"/en-{waiting,reading,done,keep-going,history,jobs}.png "$OUT"/*-done.png)
    for png in "${shown[@]}"; do
        convert "$png" -colors 128 "PNG8:$ROOT/docs/screenshots/$(basename "$png")"
    done
    rm -rf "$OUT"
    OUT=$ROOT/docs/screenshots
fi
echo "screenshots in $OUT: $(ls "$OUT"/*.png | wc -l)"
