"""The window opens without the heavy parts: no spaCy, no SQLite layer, no JSON Schema before it shows."""

from __future__ import annotations

import subprocess
import sys


def test_main_window_module_imports_nothing_heavy():
    code = (
        "import sys\n"
        "import quizapp.ui.app, quizapp.ui.main_window\n"
        "heavy = [m for m in ('spacy', 'sqlite_utils', 'jsonschema', 'quizapp.store', 'PySide6.QtCharts') "
        "if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_a_desk_that_never_sends_to_an_lrs_does_not_load_its_code(tmp_path):
    code = (
        "import sys\n"
        "from PySide6.QtCore import QEventLoop, QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from quizapp.settings import Settings\n"
        "from quizapp.ui.context import AppContext\n"
        "from quizapp.ui.main_window import MainWindow\n"
        f"window = MainWindow(AppContext(Settings(data_folder={str(tmp_path)!r})))\n"
        "window.show()\n"
        "loop = QEventLoop()\n"
        "opened = []\n"
        "window.storeOpened.connect(lambda ok: (opened.append(ok), loop.quit()))\n"
        "QTimer.singleShot(60000, loop.quit)\n"
        "loop.exec()\n"
        "loaded = [m for m in ('quizapp.xapi.config', 'quizapp.xapi.lrs', 'keyring') if m in sys.modules]\n"
        "print(opened, ','.join(loaded))\n"
        "window.finish_background_work()\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert result.stdout.strip() == "[True]", result.stdout  # the store opened, and no LRS code was loaded
