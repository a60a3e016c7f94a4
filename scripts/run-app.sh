#!/bin/sh
# Installs Vivier in .venv (with the system libraries Qt needs) and opens the desktop app on the shipped catalog.
# Extra arguments go to `vivier`, e.g. scripts/run-app.sh catalog search mistral
set -eu
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
sh scripts/system-deps.sh app
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e .
exec .venv/bin/vivier "$@"
