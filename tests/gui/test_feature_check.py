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


def _prints(*lines: str) -> str:
    """What a fresh interpreter running `lines` prints (a fresh one: PySide6 is loaded once a process)."""
    result = subprocess.run([sys.executable, "-c", "\n".join(lines)], capture_output=True, text=True, check=True)
    return result.stdout.strip()


def test_importing_the_interface_puts_the_cheap_check_in_place():
    assert (
        _prints(
            "import sys",
            "import quizapp.ui.app",
            "from quizapp.ui.feature_check import uses_pyside",
            "print(sys.modules['PySide6.support.feature']._mod_uses_pyside is uses_pyside)",
        )
        == "True"
    )


def test_the_answers_match_pysides_own_check():
    # PySide6's own check (inspect.getsource) and the cheap one agree on every module loaded here.
    assert (
        _prints(
            "import sys",
            "import PySide6.QtCore",
            "own = sys.modules['PySide6.support.feature']._mod_uses_pyside",
            "import json, csv, quizapp.settings, quizapp.ui.theme",
            "from quizapp.ui.feature_check import uses_pyside",
            "names = ('json', 'csv', '_csv', 'sys', 'quizapp.settings', 'quizapp.ui.theme')",
            "print(all(own(sys.modules[n]) == uses_pyside(sys.modules[n]) for n in names))",
        )
        == "True"
    )
