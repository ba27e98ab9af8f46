"""Before Qt starts: a missing X11 library is named with the package that provides it."""

from __future__ import annotations

import os
import subprocess
import sys

from quizapp.ui.platform_check import XCB_LIBRARIES, missing_library_message, uses_xcb


def test_x11_is_checked_only_when_qt_will_use_it():
    assert uses_xcb({"DISPLAY": ":0"}, "linux")
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not uses_xcb({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not uses_xcb({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not uses_xcb({"DISPLAY": ":0"}, "darwin")
    assert not uses_xcb({}, "win32")


def test_the_first_missing_library_is_named_with_its_packages():
    message = missing_library_message({"DISPLAY": ":0"}, "linux", loads=lambda soname: soname != "libxcb-cursor.so.0")
    assert message is not None and "\n" not in message
    assert "libxcb-cursor.so.0" in message and "apt install libxcb-cursor0" in message
    assert "dnf install xcb-util-cursor" in message
    assert missing_library_message({"DISPLAY": ":0"}, "linux", loads=lambda soname: True) is None
    assert set(XCB_LIBRARIES) >= {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"}


def test_the_app_prints_one_line_and_exits_1_instead_of_aborting(tmp_path):
    code = (
        "import sys\n"
        "from quizapp.ui import platform_check\n"
        "platform_check._loads = lambda soname: soname != 'libxcb-keysyms.so.1'\n"
        "from quizapp.cli import main\n"
        "sys.exit(main(['--smoke']))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update({"QUIZAPP_HOME": str(tmp_path), "QT_QPA_PLATFORM": "xcb"})
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        line for line in result.stderr.strip().splitlines() if "libxcb-keysyms.so.1" in line
    ]
    assert "apt install libxcb-keysyms1" in result.stderr
