#!/usr/bin/env bash
# Regenerate docs/img/audit-zh.png, audit-en.png and audit-structure.png: the report a user
# gets from `dechaff audit`, of a bundled Chinese and English page and of the test page with
# a body block of every role, screenshot by headless Chromium.
#
#     scripts/audit_screenshots.sh            # needs chromium and fonts-wqy-microhei (Debian)
set -euo pipefail
cd "$(dirname "$0")/.."
dechaff="${DECHAFF:-.venv/bin/dechaff}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$dechaff" audit samples/zh-lottery-news.txt -o "$work/zh.html" -q
"$dechaff" audit examples/pages/library-en.html -o "$work/en.html" -q
"$dechaff" audit tests/golden/en-structure.html -o "$work/structure.html" -q
for shot in zh:1500 en:1500 structure:2200; do  # name:height, the structure page whole
    name="${shot%%:*}"
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
        --user-data-dir="$work/profile" --window-size="960,${shot##*:}" \
        --screenshot="docs/img/audit-$name.png" "file://$work/$name.html" 2>/dev/null
done
ls -l docs/img/audit-zh.png docs/img/audit-en.png docs/img/audit-structure.png
