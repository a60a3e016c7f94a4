#!/bin/sh
# Installs Vivier with its test tools in .venv (plus the system packages the tests need) and runs the whole suite.
# Extra arguments go to pytest, e.g. scripts/run-tests.sh -x tests/catalog
set -eu
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
sh scripts/system-deps.sh test
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[test,build]"
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
