"""The real app in a real X window, driven by real key presses (xdotool on an Xvfb screen).

Offscreen tests miss focus, keyboard and window-system behaviour. Here a student signs in, takes a
five-question practice quiz by keyboard alone (a "click the sentence" question included), reads the
results, opens the history and quits. The test waits on the app's own event lines (`QUIZAPP_LOG_ECHO`)
and on xdotool's `--sync`, never on fixed pauses. It is skipped only when no X server can be had: `make
test` installs Debian's `xvfb` and `xdotool` when it runs as root (see `tests/e2e/install-deps.sh`).
"""

from __future__ import annotations

import os
import queue
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and xdotool are Linux tools"),
    pytest.mark.skipif(
        shutil.which("xdotool") is None or (shutil.which("Xvfb") is None and not os.environ.get("DISPLAY")),
        reason="no X server to be had: install the Debian packages xvfb and xdotool (make test does, as root)",
    ),
]

WAIT_S = 60


class App:
    """The app's process, its event lines, and keys sent to its window."""

    def __init__(self, display: str, home: Path) -> None:
        env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
        env.update({"DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "QUIZAPP_HOME": str(home), "QUIZAPP_LOG_ECHO": "1"})
        self.env = env
        self.process = subprocess.Popen(
            [sys.executable, "-m", "quizapp"], env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        self.window = ""

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.put(line.rstrip("\n"))

    def wait_for(self, pattern: str) -> re.Match[str]:
        """The next event line matching `pattern` (earlier lines are kept in `seen`)."""
        while True:
            try:
                line = self.lines.get(timeout=WAIT_S)
            except queue.Empty:
                raise AssertionError(f"no line matching {pattern!r}; last lines: {self.seen[-8:]}") from None
            self.seen.append(line)
            found = re.search(pattern, line)
            if found:
                return found

    def xdotool(self, *args: str) -> str:
        result = subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=WAIT_S, check=True
        )
        return result.stdout.strip()

    def keys(self, *keys: str) -> None:
        """Real key presses (XTEST) into the focused window, as a keyboard makes them."""
        self.xdotool("key", "--delay", "20", *keys)

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", "15", text)


@pytest.fixture
def display():
    """An X display: a fresh Xvfb screen, or the session's own when there is no Xvfb."""
    if shutil.which("Xvfb") is None:
        yield os.environ["DISPLAY"]
        return
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as ready:
        number = ready.readline().strip()  # Xvfb writes its display number once it accepts clients
    if not number:
        server.kill()
        pytest.skip("Xvfb did not start")
    yield f":{number}"
    server.terminate()
    server.wait(timeout=WAIT_S)


def test_a_student_takes_a_quiz_by_keyboard_in_a_real_window(display, tmp_path):
    app = App(display, tmp_path)
    try:
        app.wait_for(r"window ready")
        app.window = app.xdotool("search", "--sync", "--onlyvisible", "--name", "^quizapp$").splitlines()[0]
        app.xdotool("windowfocus", "--sync", app.window)
        app.keys("alt+n")  # the "Name" field of a new profile
        app.type("Ada Lovelace")
        app.keys("Return")
        app.wait_for(r"screen: library")
        app.wait_for(r"library: \d+ banks listed")
        app.keys("ctrl+End")  # the last bank: the format tour, an invented story with one item of each type
        app.keys("Return")
        app.wait_for(r"screen: setup")
        app.keys("Return")  # practice mode, every question of the bank (five)
        types = []
        number = app.wait_for(r"question 1 of (\d+): (\w+)")
        total = int(number.group(1))
        kind = number.group(2)
        assert total == 5, app.seen
        for position in range(1, total + 1):
            types.append(kind)
            if kind == "evidence":  # the article has the focus: a sentence, then Enter
                app.keys("Down", "Down", "Return")
            elif kind == "short":
                app.type("a repair cafe")
                app.keys("Return")
            else:
                app.keys("1", "Return")
            app.wait_for(r"feedback shown")
            app.keys("Return")
            if position < total:
                found = app.wait_for(rf"question {position + 1} of {total}: (\w+)")
                kind = found.group(1)
        assert "evidence" in types
        app.wait_for(r"screen: results")
        app.keys("ctrl+h")
        app.wait_for(r"screen: history")
        app.keys("ctrl+q")
        assert app.process.wait(timeout=WAIT_S) == 0
    finally:
        if app.process.poll() is None:
            app.process.kill()
            app.process.wait()
        app.reader.join(timeout=WAIT_S)  # the pipe is at its end once the app has gone
        assert app.process.stderr is not None
        app.process.stderr.close()
    attempts = (tmp_path / "data" / "quizapp.db").exists()
    assert attempts
