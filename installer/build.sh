#!/usr/bin/env bash
# Build the one-folder bundle (dist/bureau-ordre/) and check it: the command line registers and
# reads back a mail in a throwaway database, prints its label, receipt and the day's register
# to PDF, and the application starts offscreen.
#   installer/build.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/dev setup
.venv/bin/python -m pip install -q --disable-pip-version-check "pyinstaller>=6.10"
.venv/bin/python scripts/translations.py build
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
  installer/bureau-ordre.spec
BIN=dist/bureau-ordre/bureau-ordre
# The migrations go with their bytecode (the code itself is bytecode in the bundle's archive).
for script in dist/bureau-ordre/_internal/app/store/migrations/versions/0*.py; do
  name=$(basename "$script" .py)
  ls "$(dirname "$script")/__pycache__/$name".*.pyc >/dev/null 2>&1 ||
    { echo "the bundled migration $name has no bytecode"; exit 1; }
done
CHECK=$(mktemp -d)
trap 'rm -rf "$CHECK"' EXIT
export BO_DATA_DIR=$CHECK BO_USER=admin BO_PASSWORD=bundle-check-2026
"$BIN" init --office-code CHK --office-name-ar "مكتب الضبط" --office-name-fr "Bureau d'ordre" --admin admin >/dev/null
number=$("$BIN" mail add --direction in --subject "طلب تجريبي" --correspondent "Test" )
"$BIN" mail show "$number" --json | grep -q '"subject": "طلب تجريبي"'
# Printing with Qt from the bundle: a label that scans, a receipt, the day's register.
"$BIN" label "$number" --out "$CHECK/label.pdf" --template thermal-62x29-203 >/dev/null
"$BIN" receipt "$number" --out "$CHECK/receipt.pdf" >/dev/null
"$BIN" register --direction in --date today --out "$CHECK/register.pdf" >/dev/null
for pdf in label receipt register; do
  head -c 5 "$CHECK/$pdf.pdf" | grep -q '%PDF-' || { echo "no $pdf PDF from the bundle"; exit 1; }
done
pdftotext "$CHECK/receipt.pdf" - | grep -q "$number" || { echo "the bundled receipt lacks $number"; exit 1; }
"$BIN" audit verify >/dev/null
# The GUI: start offscreen on the initialised database, which shows the log-in, then stop.
QT_QPA_PLATFORM=offscreen timeout 15 "$BIN" & pid=$!
sleep 6
kill -0 "$pid" 2>/dev/null || { echo "the bundled application did not stay up"; exit 1; }
kill "$pid"
echo "bundle OK: $(du -sh dist/bureau-ordre | cut -f1) in dist/bureau-ordre (registered $number)"
