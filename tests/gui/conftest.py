"""Fixtures for GUI tests: a main window over a temporary store and bank folder, time and chance fixed."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from quizapp.library import BankLibrary
from quizapp.paths import bundled_banks_dir
from quizapp.settings import Settings
from quizapp.store import ScoreStore
from quizapp.ui.context import AppContext
from quizapp.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TOUR = ROOT / "questions" / "examples" / "format-tour.yaml"


class FakeClock:
    """Time that moves only when a test says so."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 2, 9, 0, tzinfo=UTC).timestamp()

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def tour_copy(folder: Path, prefix: str = "desk") -> Path:
    """The format tour as a user bank, with its own ids (so it does not clash with the bundled copy)."""
    text = TOUR.read_text(encoding="utf-8").replace("id: format-tour", f"id: {prefix}-tour")
    text = text.replace("id: tour-", f"id: {prefix}-")
    path = folder / f"{prefix}-tour.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def guest_on_tour(window, folder: Path) -> Path:
    """A copy of the tour in `folder`, a guest signed in, and the tour selected in the library."""
    path = tour_copy(folder)
    window.reload_library()
    window.signin.guest.click()
    window.library.select_path(path)
    return path


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def user_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "banks"
    folder.mkdir()
    return folder


@pytest.fixture
def context(tmp_path: Path, user_folder: Path, clock: FakeClock):
    store = ScoreStore.open(tmp_path / "scores.db", clock=clock)
    library = BankLibrary([bundled_banks_dir(), user_folder], bundled=bundled_banks_dir())
    library.reload_all()
    ctx = AppContext(
        settings=Settings(data_folder=str(tmp_path)), store=store, library=library, clock=clock, new_seed=lambda: 11
    )
    yield ctx
    ctx.close()


@pytest.fixture
def window(qtbot, context) -> MainWindow:
    QApplication.instance().setProperty("quizapp_testing", True)
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win._loaded)  # the store opens right after the window shows
    return win


@pytest.fixture(autouse=True)
def no_leaked_windows(qtbot):
    """After each test, no top-level window is left open."""
    yield
    QApplication.processEvents()
    open_windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for widget in open_windows:
        widget.close()
    assert not open_windows, f"windows left open: {[w.objectName() or type(w).__name__ for w in open_windows]}"


def copy_tour(folder: Path) -> Path:
    return Path(shutil.copy(TOUR, folder))


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    """A modal message box would wait for a click forever: fail the test instead (tests patch the ones they expect)."""
    from PySide6.QtWidgets import QMessageBox

    def refuse(*args, **kwargs):
        raise AssertionError(f"an unexpected modal dialog opened: {args[1:3]}")

    for name in ("question", "warning", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: refuse(self, self.windowTitle(), self.text()))
