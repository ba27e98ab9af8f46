"""Build the one-folder desktop app with PyInstaller: ``python packaging/build.py`` (``make package``).

Installs PyInstaller into the running environment when it is missing, then builds
``dist/quizapp/`` from ``packaging/quizapp.spec`` and prints its size and the build time.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "quizapp.spec"
PYINSTALLER = "pyinstaller>=6.10,<7"


def folder_size(folder: Path) -> int:
    """Bytes in all files under `folder` (links not followed)."""
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def ensure_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        print(f"build: installing {PYINSTALLER}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", PYINSTALLER], check=True)


def strip_debug_symbols(app: Path) -> int:
    """Remove debug symbols from the app's shared libraries (Linux); returns the bytes saved.

    spaCy, thinc and friends ship their compiled modules with debug information, most of their size.
    Libraries that wheels vendor in ``*.libs`` folders are left alone: they are patched in ways that
    stripping breaks.
    """
    strip = shutil.which("strip")
    if not sys.platform.startswith("linux") or strip is None:
        return 0
    before = folder_size(app)
    libraries = [
        path
        for path in app.rglob("*.so*")
        if path.is_file() and not path.is_symlink() and not any(part.endswith(".libs") for part in path.parts)
    ]
    for chunk in range(0, len(libraries), 200):
        subprocess.run([strip, "--strip-debug", *map(str, libraries[chunk : chunk + 200])], check=True)
    return before - folder_size(app)


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller; returns the app folder."""
    missing = [size for size in (16, 256, 512) if not (ROOT / "resources" / "icons" / f"quizapp-{size}.png").exists()]
    if missing:
        raise SystemExit("build: icons missing; run: QT_QPA_PLATFORM=offscreen python packaging/render_icons.py")
    ensure_pyinstaller()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    subprocess.run(command, check=True, cwd=ROOT, env={**os.environ, "QUIZAPP_BUILD": str(work)})
    app = dist / "quizapp"
    saved = strip_debug_symbols(app)
    if saved:
        print(f"build: debug symbols stripped ({saved / 1e6:.0f} MB)", file=sys.stderr)
    return app


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the quizapp desktop bundle with PyInstaller.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller work folder")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        app = build(args.dist.resolve(), args.work.resolve())
    except subprocess.CalledProcessError as exc:
        print(f"build: failed ({exc.cmd[2] if len(exc.cmd) > 2 else exc.cmd}, exit {exc.returncode})", file=sys.stderr)
        return 1
    seconds = time.monotonic() - started
    print(f"build: {app} ({folder_size(app) / 1e6:.0f} MB) in {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
