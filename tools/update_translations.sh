#!/usr/bin/env bash
# Collect the UI's translatable strings (self.tr / QCoreApplication.translate; Danish source)
# into kompas_kiosk/i18n/kompas_kiosk_en.ts. Translate new entries with pyside6-linguist, then
# commit the .ts file; the .qm files are built by tools/setup.sh and the packaging.
set -eu
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
bin=$(dirname "$PY")
files=$(find kompas_kiosk -name '*.py' | sort)
# shellcheck disable=SC2086
"$bin/pyside6-lupdate" $files -source-language da -target-language en \
  -ts kompas_kiosk/i18n/kompas_kiosk_en.ts
