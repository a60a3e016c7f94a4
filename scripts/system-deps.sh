#!/bin/sh
# Installs the Debian/Ubuntu system packages Vivier needs, if any is missing.
#   scripts/system-deps.sh app     Qt's xcb/EGL libraries for the desktop window
#   scripts/system-deps.sh test    the same, plus LibreOffice Calc (headless) that checks exported workbooks, and the
#                                  build tools of the frozen test: icupkg (icu-devtools) and binutils, with which
#                                  build.spec trims Qt's ICU data (scripts/trim_icu.py) and strips the libraries
# On other systems (macOS, Windows, other Linux distributions) it does nothing: the Qt wheels carry what they need
# there, and the LibreOffice test needs `soffice` on the PATH.
set -eu

# Every system library the frozen Linux app (build.spec) loads, and what a source install's Qt needs:
# GL/EGL, X11 and xcb, Wayland, fonts, D-Bus and GLib with their dependencies (docs/building.md).
APP_PACKAGES="libegl1 libgl1 libx11-6 libx11-xcb1 libxau6 libxdmcp6 libbsd0 libmd0 \
libxcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 \
libxcb-xinerama0 libxcb-xkb1 libxkbcommon0 libxkbcommon-x11-0 libwayland-client0 libwayland-cursor0 \
libfontconfig1 libfreetype6 libexpat1 libpng16-16 libbrotli1 zlib1g libuuid1 libgpg-error0 \
libdbus-1-3 libsystemd0 libgcrypt20 liblz4-1 libcap2 libglib2.0-0 libpcre2-8-0 fonts-dejavu-core"
TEST_PACKAGES="libreoffice-calc-nogui icu-devtools binutils"

packages="$APP_PACKAGES"
if [ "${1:-app}" = "test" ]; then
    packages="$packages $TEST_PACKAGES"
fi

if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
    echo "system-deps: not a Debian/Ubuntu system; skipping system packages" >&2
    exit 0
fi

missing=""
for p in $packages; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0

SUDO=""
if [ "$(id -u)" != "0" ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "system-deps: please install as root:$missing" >&2; exit 1
    fi
fi
echo "system-deps: installing$missing" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
