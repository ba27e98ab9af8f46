"""The banks are read in the background: the window never waits for them, and `--smoke=library` reports them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSplitter

from quizapp.settings import Settings
from quizapp.store import ScoreStore
from quizapp.ui.context import AppContext
from quizapp.ui.main_window import MainWindow

from .conftest import tour_copy


def _context_without_library(tmp_path, clock) -> AppContext:
    """A context whose banks are not read yet: the window reads them in the background."""
    return AppContext(
        settings=Settings(data_folder=str(tmp_path / "data")),
        store=ScoreStore.open(tmp_path / "scores.db", clock=clock),
        clock=clock,
        new_seed=lambda: 11,
    )


def _window(qtbot, context: AppContext) -> MainWindow:
    QApplication.instance().setProperty("quizapp_testing", True)
    window = MainWindow(context)
    qtbot.addWidget(window)
    return window


def test_smoke_library_signs_in_a_guest_and_counts_every_bank(tmp_path):
    banks = tmp_path / "data" / "banks"
    banks.mkdir(parents=True)
    tour_copy(banks)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QUIZAPP_HOME": str(tmp_path)}
    command = [sys.executable, "-m", "quizapp", "--smoke=library"]
    for _ in range(2):  # cold, then with the record of banks already checked
        result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=False)
        assert result.returncode == 0, result.stderr
        shipped = len(list((Path(__file__).resolve().parents[2] / "questions").rglob("*.yaml")))
        assert result.stdout.strip() == f"ready {shipped + 1} banks"
    assert len(list((tmp_path / "cache" / "bank-checks").glob("*.json"))) == shipped + 1
    assert (tmp_path / "cache" / "bank-summaries.json").is_file()  # what the list shows, for the next start


def test_the_library_says_it_is_loading_then_lists_the_banks(qtbot, tmp_path, monkeypatch, clock):
    user = tmp_path / "data" / "banks"
    user.mkdir(parents=True)
    tour_copy(user)
    monkeypatch.setenv("QUIZAPP_HOME", str(tmp_path))
    context = _context_without_library(tmp_path, clock)
    window = _window(qtbot, context)
    load = window._load_library
    window._load_library = lambda: None  # hold the background read back until the page has been seen
    window.show()
    qtbot.waitUntil(lambda: window._loaded)
    window.signin.guest.click()
    assert not context.library_ready
    assert "Loading the banks" in window.library.heading.text()
    assert not window.library.start.isEnabled()
    with qtbot.waitSignal(window.libraryLoaded, timeout=20000):
        load()
    assert window.library.table.rowCount() == len(context.library.entries()) > 1
    assert window.library.start.isEnabled()
    window.close()
    context.close()


def test_an_unchanged_library_is_listed_before_its_banks_are_read(qtbot, tmp_path, monkeypatch, clock):
    user = tmp_path / "data" / "banks"
    user.mkdir(parents=True)
    tour_copy(user)
    monkeypatch.setenv("QUIZAPP_HOME", str(tmp_path))
    first = _context_without_library(tmp_path, clock)
    read = first.read_library()  # an earlier start: its read keeps what the list shows
    first.close()
    context = _context_without_library(tmp_path, clock)
    window = _window(qtbot, context)
    load = window._load_library
    window._load_library = lambda: None  # hold the background read back
    window.show()
    qtbot.waitUntil(lambda: window._loaded)
    with qtbot.waitSignal(window.libraryListed, timeout=5000) as listed:
        window.signin.guest.click()
    assert not context.library_ready
    page = window.library
    rows = [page.table.item(row, 0).text() for row in range(page.table.rowCount())]
    assert listed.args == [len(read.entries())] and sorted(rows) == sorted(e.title for e in read.entries())
    assert "Loading" not in page.heading.text()
    assert not page.start.isEnabled()  # the banks themselves are not there yet
    # Set without Qt's namespace (see quizapp.ui.theme.as_plain_text): still what they must be.
    assert page.details.textFormat() == page.review.summary.textFormat() == Qt.TextFormat.PlainText
    assert page.findChild(QSplitter).orientation() == Qt.Orientation.Vertical
    with qtbot.waitSignal(window.libraryLoaded, timeout=20000):
        load()
    assert [page.table.item(row, 0).text() for row in range(page.table.rowCount())] == rows
    assert page.start.isEnabled()
    window.close()
    context.close()


def test_a_bank_changed_since_the_last_read_is_waited_for(qtbot, tmp_path, monkeypatch, clock):
    user = tmp_path / "data" / "banks"
    user.mkdir(parents=True)
    path = tour_copy(user)
    monkeypatch.setenv("QUIZAPP_HOME", str(tmp_path))
    first = _context_without_library(tmp_path, clock)
    first.read_library()
    first.close()
    path.write_text(path.read_text(encoding="utf-8").replace("Town library opens", "Village library opens"), "utf-8")
    context = _context_without_library(tmp_path, clock)
    window = _window(qtbot, context)
    load = window._load_library
    window._load_library = lambda: None
    window.show()
    qtbot.waitUntil(lambda: window._loaded)
    window.signin.guest.click()
    assert "Loading the banks" in window.library.heading.text() and window.library.table.rowCount() == 0
    with qtbot.waitSignal(window.libraryListed, timeout=20000):
        load()
    titles = [window.library.table.item(row, 0).text() for row in range(window.library.table.rowCount())]
    assert any("Village library opens" in title for title in titles)
    window.close()
    context.close()


def test_qt_bindings_keep_the_reference_count_of_none():
    """PySide6 6.12.0 released a reference to None on every QTableWidgetItem.setData and setItem: a library of a few
    hundred banks then aborted Python. pyproject.toml keeps that version out; this fails if one like it comes back."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    table = QTableWidget(50, 1)
    cells = [QTableWidgetItem("x") for _ in range(50)]
    before = sys.getrefcount(None)
    for row, cell in enumerate(cells):
        cell.setData(Qt.ItemDataRole.UserRole, "path")
        table.setItem(row, 0, cell)
    assert sys.getrefcount(None) >= before


def test_when_the_users_banks_cannot_be_read_the_bundled_ones_are_offered(qtbot, tmp_path, monkeypatch, clock):
    monkeypatch.setenv("QUIZAPP_HOME", str(tmp_path))
    context = _context_without_library(tmp_path, clock)
    calls = []

    def broken():
        calls.append(1)
        raise OSError("the data folder cannot be made")

    monkeypatch.setattr(context, "read_library", broken)
    window = _window(qtbot, context)
    with qtbot.waitSignal(window.libraryLoaded, timeout=20000):
        window.show()
    window.signin.guest.click()
    assert window.library.table.rowCount() >= 1 and window.library.start.isEnabled()
    assert "could not be read" in window.status.text() or "cannot be read" in window.status.text()
    before = len(calls)
    window.show_library()  # Ctrl+L tries the user's banks again
    assert len(calls) == before + 1
    window.close()
    context.close()


def test_the_score_store_opens_in_the_background_and_a_guest_need_not_wait(qtbot, tmp_path, clock):
    db_path = tmp_path / "data" / "quizapp.db"
    db_path.parent.mkdir(parents=True)
    with ScoreStore.open(db_path, clock=clock) as store:
        store.add_student("Ada Lovelace")
    context = AppContext(Settings(data_folder=str(tmp_path / "data")), db_path=db_path, clock=clock)
    window = _window(qtbot, context)
    open_store = window._open_store
    window._open_store = lambda: None  # hold the store back: the sign-in page is usable without it
    window.show()
    qtbot.waitUntil(lambda: window._loaded)
    assert not context.store_ready
    assert window.signin.students.count() == 0 and not window.signin.sign_in.isEnabled()
    assert window.signin.loading.isVisible()
    window.signin.guest.click()  # before the store is open
    assert window.stack.currentWidget() is window.library
    assert not context.store_ready
    with qtbot.waitSignal(window.storeOpened, timeout=20000) as opened:
        open_store()
    assert opened.args == [True]
    assert context.store_ready
    assert [window.signin.students.item(0).text()] == ["Ada Lovelace"]
    assert window.signin.sign_in.isEnabled() and not window.signin.loading.isVisible()
    assert window.stack.currentWidget() is window.library  # the guest stays where they are
    window.close()
    context.close()


def test_text_is_shown_as_written_only_on_widgets_that_have_a_text_format(qtbot):
    from PySide6.QtWidgets import QLabel, QWidget

    from quizapp.ui.theme import as_plain_text

    label = as_plain_text(QLabel())
    label.setText("<b>bold?</b>")
    assert label.textFormat() == Qt.TextFormat.PlainText and label.text() == "<b>bold?</b>"
    with pytest.raises(TypeError, match="no text format"):
        as_plain_text(QWidget())  # never a silent no-op


def test_a_failure_after_the_banks_are_listed_keeps_them_listed(qtbot, tmp_path, monkeypatch, clock):
    from quizapp.library import BankLibrary

    user = tmp_path / "data" / "banks"
    user.mkdir(parents=True)
    tour_copy(user)
    monkeypatch.setenv("QUIZAPP_HOME", str(tmp_path))

    def fails(self):
        raise OSError("disk full")

    monkeypatch.setattr(BankLibrary, "keep_found", fails)  # writing the records of the checks fails
    context = _context_without_library(tmp_path, clock)
    window = _window(qtbot, context)
    failures = []
    handle = window._library_failed
    window._library_failed = lambda *args: (failures.append(args), handle(*args))  # seen once it is handled
    window.show()
    qtbot.waitUntil(lambda: window._loaded)
    window.signin.guest.click()
    qtbot.waitUntil(lambda: bool(failures), timeout=20000)
    assert "disk full" in failures[0][0]
    assert not window._library_fallback and "could not be read" not in window.status.text()
    assert any(e.path.parent == user for e in context.library.entries())  # the user's bank, not only the bundled
    window.close()
    context.close()


def test_the_records_of_the_checks_are_written_only_once_the_banks_are_listed(qtbot, tmp_path, monkeypatch, clock):
    from quizapp.library import BankLibrary

    user = tmp_path / "data" / "banks"
    user.mkdir(parents=True)
    tour_copy(user)
    monkeypatch.setenv("QUIZAPP_HOME", str(tmp_path))
    order = []
    keep = BankLibrary.keep_found
    monkeypatch.setattr(BankLibrary, "keep_found", lambda self: (order.append("kept"), keep(self))[1])
    context = _context_without_library(tmp_path, clock)
    window = _window(qtbot, context)
    loaded = window._library_loaded
    window._library_loaded = lambda library: (order.append("delivered"), loaded(library), order.append("listed"))
    window.show()
    qtbot.waitUntil(lambda: window._loaded)
    window.signin.guest.click()
    qtbot.waitUntil(lambda: "kept" in order, timeout=8000)  # at once, not after the read's 10-second fallback
    assert order == ["delivered", "listed", "kept"]  # writing them never competes with the listing
    window.close()
    context.close()


def test_a_read_waits_for_the_listing_before_writing_its_records(tmp_path, monkeypatch, clock):
    import threading

    from quizapp.library import BankLibrary

    monkeypatch.setenv("QUIZAPP_HOME", str(tmp_path))
    kept = threading.Event()
    monkeypatch.setattr(BankLibrary, "keep_found", lambda self: kept.set())
    context = _context_without_library(tmp_path, clock)
    listed, delivered = threading.Event(), threading.Event()
    reader = threading.Thread(target=context.read_library, args=(lambda library: delivered.set(), listed))
    reader.start()
    assert delivered.wait(20)
    assert not kept.wait(0.3)  # handed over, not yet listed: nothing written
    listed.set()
    assert kept.wait(20)
    reader.join(20)
    context.close()
