#!/bin/sh
# Opens the frozen desktop app on a real X11 server (Xvfb) and checks that Qt's xcb platform plugin
# loaded from the build and the window stayed up. The frozen test (tests/desktop/test_frozen.py)
# runs offscreen; this covers the plugins and system libraries a Linux user's display needs: the
# app must stay up on Xvfb with Qt's xcb plugin loaded from the build, and self-test must pass there.
#   scripts/check-frozen-x11.sh [dist/vivier]        needs xvfb-run (Debian/Ubuntu package xvfb)
set -eu
folder="${1:-dist/vivier}"
seconds="${VIVIER_X11_SECONDS:-8}"
if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "check-frozen-x11: xvfb-run not found; install the xvfb package" >&2; exit 2
fi
if [ ! -x "$folder/vivier" ]; then
    echo "check-frozen-x11: $folder/vivier not found; build it first (pyinstaller build.spec)" >&2; exit 2
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
# The app runs until `timeout` stops it (status 124): any other status means it exited or crashed.
env -u QT_QPA_PLATFORM QT_QPA_PLATFORM=xcb QT_DEBUG_PLUGINS=1 VIVIER_DATA_DIR="$work/data" HOME="$work" \
    xvfb-run -a timeout "$seconds" "$folder/vivier" >"$work/log" 2>&1 || status=$?
if [ "$status" != 124 ]; then
    echo "check-frozen-x11: the app exited with status $status within ${seconds}s; its output:" >&2
    grep -v 'factoryloader\|^ \|^{\|^}\|^$' "$work/log" | tail -n 30 >&2; exit 1
fi
if ! grep -q 'plugins/platforms/libqxcb.so" loaded library' "$work/log"; then
    echo "check-frozen-x11: the xcb platform plugin did not load from $folder" >&2; exit 1
fi
if grep -q 'Cannot load library' "$work/log"; then
    echo "check-frozen-x11: a Qt plugin failed to load:" >&2
    grep 'Cannot load library' "$work/log" | sort -u >&2; exit 1
fi
# The self-test builds the main window too; on X11 it must say it used the xcb platform.
if ! env -u QT_QPA_PLATFORM QT_QPA_PLATFORM=xcb VIVIER_DATA_DIR="$work/data" HOME="$work" \
        xvfb-run -a "$folder/vivier" self-test >"$work/selftest" 2>&1 \
        || ! grep -q 'open and close the main window: xcb platform' "$work/selftest"; then
    echo "check-frozen-x11: self-test failed on X11:" >&2; cat "$work/selftest" >&2; exit 1
fi
echo "check-frozen-x11: the window stayed up ${seconds}s on X11 and self-test passed (xcb plugin from $folder)"
