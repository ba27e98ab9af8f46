"""PySide6's per-module feature check is made on the module's file, not through inspect's walk of every module."""

from __future__ import annotations

import json
import subprocess
import sys
import types

from quizapp.ui import feature_check, theme


def test_the_check_reads_the_module_file():
    assert feature_check.uses_pyside(theme)  # a screen module imports PySide6
    assert not feature_check.uses_pyside(json)  # a library module does not
    assert not feature_check.uses_pyside(sys)  # built in: no source file


def test_a_module_whose_file_is_gone_or_has_no_source_does_not_use_pyside(tmp_path):
    gone = types.ModuleType("gone")
    gone.__spec__ = types.SimpleNamespace(origin=str(tmp_path / "gone.py"))
    compiled = types.ModuleType("compiled")
    compiled.__spec__ = types.SimpleNamespace(origin=str(tmp_path / "compiled.cpython-311.so"))
    assert not feature_check.uses_pyside(gone)
    assert not feature_check.uses_pyside(compiled)


def test_importing_the_interface_puts_the_cheap_check_in_place():
    code = (
        "import sys\n"
        "import quizapp.ui.app\n"
        "from quizapp.ui.feature_check import uses_pyside\n"
        "print(sys.modules['PySide6.support.feature']._mod_uses_pyside is uses_pyside)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "True"


def test_the_answers_match_pysides_own_check():
    # PySide6's own check (inspect.getsource) and the cheap one agree on every module loaded here.
    code = (
        "import sys\n"
        "import PySide6.QtCore\n"
        "own = sys.modules['PySide6.support.feature']._mod_uses_pyside\n"
        "import json, csv, quizapp.settings, quizapp.ui.theme\n"
        "from quizapp.ui.feature_check import uses_pyside\n"
        "names = ('json', 'csv', '_csv', 'sys', 'quizapp.settings', 'quizapp.ui.theme', 'quizapp.ui.feature_check')\n"
        "print(all(own(sys.modules[n]) == uses_pyside(sys.modules[n]) for n in names))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "True"
