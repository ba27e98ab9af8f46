#!/bin/sh
# What the real-window test (tests/e2e) needs from Debian: an X server on a virtual screen (xvfb),
# xdotool to press keys, and the X11 libraries of Qt's xcb plugin. Installed only when missing, and
# only as root with apt-get; otherwise this says what is missing, and the test says why it is skipped.
set -u
command -v dpkg >/dev/null 2>&1 || exit 0  # not Debian: nothing to do here
missing=""
for package in xvfb xdotool libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
    libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0; do
    dpkg -s "$package" >/dev/null 2>&1 || missing="$missing $package"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing for the real-window test:$missing"
    export DEBIAN_FRONTEND=noninteractive
    # shellcheck disable=SC2086
    apt-get install -y -q --no-install-recommends $missing >/dev/null 2>&1 \
        || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q --no-install-recommends $missing >/dev/null 2>&1; } \
        || echo "could not install:$missing; the real-window test will be skipped"
else
    echo "the real-window test needs the Debian packages:$missing (install them as root to run it)"
fi
exit 0
