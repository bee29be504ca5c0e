#!/usr/bin/env bash
# Regenerate docs/img/audit-zh.png and docs/img/audit-en.png: the report a user gets from
# `dechaff audit`, of a bundled Chinese and English page, screenshot by headless Chromium.
#
#     scripts/audit_screenshots.sh            # needs chromium and fonts-wqy-microhei (Debian)
set -euo pipefail
cd "$(dirname "$0")/.."
dechaff="${DECHAFF:-.venv/bin/dechaff}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$dechaff" audit samples/zh-lottery-news.txt -o "$work/zh.html" -q
"$dechaff" audit examples/pages/library-en.html -o "$work/en.html" -q
for lang in zh en; do
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
        --user-data-dir="$work/profile" --window-size=960,1500 \
        --screenshot="docs/img/audit-$lang.png" "file://$work/$lang.html" 2>/dev/null
done
ls -l docs/img/audit-zh.png docs/img/audit-en.png
