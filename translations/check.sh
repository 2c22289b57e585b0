#!/usr/bin/env bash
# SPDX-License-Identifier: Unlicense
# Fails when any language lacks a translation for a string in the sources,
# or a translation breaks a placeholder, a plural or an accelerator (lint.py).
# lupdate runs on copies, so the committed .ts files are not touched.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
QT_BIN=$(qtpaths6 --query QT_INSTALL_BINS 2>/dev/null || echo /usr/lib/qt6/bin)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$ROOT"/translations/mtreader_*.ts "$work"/
# The folders translations/CMakeLists.txt gives lupdate.
mapfile -t sources < <(find "$ROOT"/core "$ROOT"/ui "$ROOT"/app -name '*.cpp' -o -name '*.h' | sort)
status=0
for ts in "$work"/mtreader_*.ts; do
    # English holds only the plural forms of "%n ...(s)" sentences.
    only=()
    [[ $(basename "$ts") == mtreader_en.ts ]] && only=(-pluralonly)
    "$QT_BIN/lupdate" -silent "${only[@]}" -no-obsolete -locations none "${sources[@]}" -ts "$ts" >/dev/null
    lang=$(basename "$ts" .ts)
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    empty=$(grep -c '<translation></translation>' "$ts" || true)
    total=$(grep -c '<source>' "$ts" || true)
    printf '  %-18s %4d strings, %d unfinished, %d empty\n' "$lang" "$total" "$unfinished" "$empty"
    if ((unfinished > 0 || empty > 0)); then
        grep -B3 'type="unfinished"' "$ts" | grep '<source>' | head -n 5 | sed 's/^/      /'
        status=1
    fi
done
# Placeholders, plurals and accelerators of what is translated.
if ! python3 "$ROOT/translations/lint.py" "$work"/mtreader_*.ts; then
    status=1
fi
exit $status
