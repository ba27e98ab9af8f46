"""The PyInstaller bundle: builds, opens its window offscreen, generates a bank, keeps user data per user.

Building takes about a minute or more, so these run only with QUIZAPP_TEST_PACKAGE=1:

    QUIZAPP_TEST_PACKAGE=1 QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -m packaging tests/test_packaging.py

The icon and .desktop checks below run always (they are quick).
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "niger-russian-military-trainers.txt"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


packaging = pytest.mark.packaging
needs_build = pytest.mark.skipif(
    os.environ.get("QUIZAPP_TEST_PACKAGE") != "1", reason="set QUIZAPP_TEST_PACKAGE=1 to build the bundle (minutes)"
)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built app folder (built once for this module, in a temporary folder)."""
    out = tmp_path_factory.mktemp("bundle")
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
        ],
        check=True,
        cwd=ROOT,
        timeout=1800,
    )
    app = out / "dist" / "quizapp"
    assert (app / "quizapp").is_file()
    return app


def _files(folder: Path) -> set[Path]:
    return {path.relative_to(folder) for path in folder.rglob("*")}


def _run(app: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the bundled executable with user folders under `home` (through XDG, not QUIZAPP_HOME)."""
    env = {key: value for key, value in os.environ.items() if key != "QUIZAPP_HOME"}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    return subprocess.run(
        [str(app / "quizapp"), *args], capture_output=True, text=True, env=env, cwd=home, timeout=300, check=False
    )


@packaging
@needs_build
def test_bundle_opens_window_and_generates_a_bank_keeping_user_data_per_user(bundle: Path, tmp_path: Path) -> None:
    before = _files(bundle)
    smoke = _run(bundle, tmp_path, "--smoke")
    assert smoke.returncode == 0, smoke.stderr
    assert "ready" in smoke.stdout
    generated = _run(bundle, tmp_path, "generate", str(SEED), "-o", str(tmp_path / "banks"), "--quiet")
    assert generated.returncode == 0, generated.stderr
    validated = _run(bundle, tmp_path, "validate", str(tmp_path / "banks"))
    assert validated.returncode == 0, validated.stdout + validated.stderr
    assert "1 valid" in validated.stderr
    bundled = _run(bundle, tmp_path, "validate")  # the banks inside the bundle
    assert bundled.returncode == 0, bundled.stdout + bundled.stderr
    assert _files(bundle) == before, "the app wrote files beside its executable"
    assert any((tmp_path / "data" / "quizapp").rglob("*")), "user data should be in the per-user data folder"


@packaging
@needs_build
def test_bundle_exports_and_imports_banks(bundle: Path, tmp_path: Path) -> None:
    if _run(bundle, tmp_path, "export", "--help").returncode != 0:
        pytest.skip("the export command is not registered in quizapp/cli.py yet")
    out = tmp_path / "banks.xml"
    exported = _run(bundle, tmp_path, "export", str(ROOT / "questions"), "--format", "moodle-xml", "-o", str(out))
    assert exported.returncode == 0, exported.stderr
    imported = _run(bundle, tmp_path, "import", str(out), "-o", str(tmp_path / "back.yaml"))
    assert imported.returncode == 0, imported.stderr
    assert _run(bundle, tmp_path, "validate", str(tmp_path / "back.yaml")).returncode == 0


def test_icons_are_rendered_at_every_size() -> None:
    for size in ICON_SIZES:
        data = (ROOT / "resources" / "icons" / f"quizapp-{size}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        assert (width, height) == (size, size)


def test_windows_icon_holds_the_png_sizes(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        from render_icons import ICO_SIZES, png_path, write_ico
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    ico = write_ico([png_path(size) for size in ICO_SIZES], tmp_path / "quizapp.ico").read_bytes()
    assert ico[:6] == b"\x00\x00\x01\x00" + len(ICO_SIZES).to_bytes(2, "little")
    widths = [ico[6 + 16 * index] or 256 for index in range(len(ICO_SIZES))]
    assert widths == list(ICO_SIZES)


def test_desktop_entry_is_complete() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "packaging" / "quizapp.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"].split()[0] == "quizapp"
    assert section["Icon"] == "quizapp"
    assert section["Categories"].endswith(";")
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run(
            [validator, str(ROOT / "packaging" / "quizapp.desktop")], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout + result.stderr
