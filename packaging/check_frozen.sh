#!/usr/bin/env bash
# The frozen app on a real store: create a centre, seed it, run the self-test, and check
# the folder's size. Run by `make dist-check` (and CI) after `make dist`.
set -euo pipefail
cd "$(dirname "$0")/.."
app=dist/desmig/desmig
limit_mb=300
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
printf 'frozen-check-password-1\n' > "$work/password"
"$app" --data-dir "$work/data" init --village-code 33.01.02.2003 --centre-name "Uji Beku" \
    --admin-user admin --admin-password-file "$work/password"
"$app" --data-dir "$work/data" --user admin --password-file "$work/password" seed --people 300 \
    >/dev/null 2>"$work/seed.log" || { cat "$work/seed.log"; exit 1; }
"$app" --data-dir "$work/data" --user admin --password-file "$work/password" \
    report --month "$(date -d 'last month' +%Y-%m)" --format pdf --out "$work/report.pdf"
# The store is encrypted (no plain SQLite header); with a password the self-test opens it
# and builds the main window on it.
test "$(head -c 15 "$work/data/desmig.sqlite3")" != "SQLite format 3"
"$app" --data-dir "$work/data" --user admin --password-file "$work/password" self-test \
    | tee "$work/selftest.log"
grep -q "12 pages on $work/data/desmig.sqlite3" "$work/selftest.log"
# Portable mode (opt-in): with the marker beside the app, data goes to dist/desmig/data.
touch dist/desmig/desmig-portable.txt
trap 'rm -rf "$work" dist/desmig/desmig-portable.txt dist/desmig/data' EXIT
"$app" init --village-code 33.01.02.2003 --centre-name "Uji Portabel" \
    --admin-user admin --admin-password-file "$work/password" >/dev/null
test -f dist/desmig/data/desmig.sqlite3
"$app" self-test | tail -1
rm -rf dist/desmig/desmig-portable.txt dist/desmig/data
size_mb=$(du -sm dist/desmig | cut -f1)
echo "dist/desmig: ${size_mb} MB (at most ${limit_mb} MB)"
test "$size_mb" -le "$limit_mb"
