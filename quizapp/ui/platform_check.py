"""Before Qt starts on Linux: are the system libraries of Qt's X11 plugin ("xcb") installed?

Without them Qt prints "Could not load the Qt platform plugin "xcb" even though it was found" and aborts,
which names no package. This check runs before the QApplication is made, and loads none of Qt's platform
plugins (the `quizapp.ui` package it lives in has loaded PySide6's core module, which needs no display). It tries to
load each library by its soname, the way Qt's plugin would, and names the package that provides the first
one missing, for Debian and Ubuntu and for Fedora.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

# soname: (Debian and Ubuntu package, Fedora package). Qt 6's xcb plugin needs all of them.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
}


def _loads(soname: str) -> bool:
    import ctypes  # only where X11 is used: elsewhere the check imports nothing

    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def uses_xcb(environ: dict[str, str] | os._Environ[str] = os.environ, platform: str = sys.platform) -> bool:
    """Whether Qt will start its X11 plugin: on Linux, unless another plugin is chosen or Wayland is running."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip().lower()
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def missing_library_message(
    environ: dict[str, str] | os._Environ[str] = os.environ,
    platform: str = sys.platform,
    loads: Callable[[str], bool] | None = None,
) -> str | None:
    """One line naming the package to install, or None when nothing is missing (or X11 is not used)."""
    if not uses_xcb(environ, platform):
        return None
    loads = loads or _loads
    for soname, (debian, fedora) in XCB_LIBRARIES.items():
        if not loads(soname):
            return (
                f"quizapp cannot open its window: the system library {soname} is missing. Install it with "
                f"'sudo apt install {debian}' (Debian, Ubuntu) or 'sudo dnf install {fedora}' (Fedora), "
                "then start quizapp again."
            )
    return None
