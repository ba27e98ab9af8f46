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
