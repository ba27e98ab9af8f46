"""The Qt-free core: an import-linter contract keeps PySide6 inside quizapp.ui."""

from __future__ import annotations

import pkgutil
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import quizapp

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
# Entry points that may open the window, and the window itself, sit outside the contract.
OUTSIDE_CORE = {"quizapp.ui", "quizapp.cli", "quizapp.launcher", "quizapp.__main__"}


def _contract() -> dict:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["importlinter"]["contracts"][0]


def test_every_core_module_is_under_the_contract():
    modules = {f"quizapp.{m.name}" for m in pkgutil.iter_modules(quizapp.__path__)}
    assert modules - OUTSIDE_CORE == set(_contract()["source_modules"])


def test_contract_is_kept():
    result = subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_contract_catches_qt_in_the_core(tmp_path):
    copy = tmp_path / "project"
    shutil.copytree(ROOT / "quizapp", copy / "quizapp", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    leak = copy / "quizapp" / "banks" / "leak.py"
    leak.write_text("from PySide6 import QtCore  # noqa\n", encoding="utf-8")
    result = subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=copy,
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(copy), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "quizapp.banks.leak -> PySide6" in result.stdout


def test_contract_catches_spacy_in_bank_loading(tmp_path):
    copy = tmp_path / "project"
    shutil.copytree(ROOT / "quizapp", copy / "quizapp", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    (copy / "quizapp" / "banks" / "leak.py").write_text("import spacy  # noqa\n", encoding="utf-8")
    result = subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=copy,
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(copy), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 1
    assert "quizapp.banks.leak -> spacy" in result.stdout


def test_core_imports_without_qt():
    code = "import sys, quizapp.banks, quizapp.articles, quizapp.cli; sys.exit('PySide6' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
