"""Start-up, screenshots, settings, accessibility and the unexpected-error dialog."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QTextBrowser,
    QWidget,
)

from quizapp.settings import Settings, load_settings
from quizapp.ui import errors as ui_errors
from quizapp.ui.settings_dialog import SettingsDialog

ROOT = Path(__file__).resolve().parents[2]


def test_smoke_prints_ready_without_spacy(tmp_path):
    code = (
        "import sys\n"
        "from quizapp.cli import main\n"
        "status = main(['--smoke'])\n"
        "print('spacy loaded' if 'spacy' in sys.modules else 'spacy not loaded')\n"
        "sys.exit(status)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QUIZAPP_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["ready", "spacy", "not", "loaded"]


def test_screenshots_render_every_screen(qtbot, tmp_path):
    from quizapp.ui.screenshots import render_screenshots

    written = render_screenshots(tmp_path)
    names = {p.stem for p in written}
    assert names == {
        "signin",
        "library",
        "setup",
        "quiz",
        "quiz-feedback",
        "results",
        "history",
        "dashboard",
        "item-editor",
        "worksheet",
        "presenter",
        "settings-lrs",
    }
    assert all(p.stat().st_size > 10_000 for p in written)


def test_settings_dialog_saves_and_applies(qtbot, window):
    dialog = SettingsDialog(Settings(), window)
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.font_size.setValue(18)
    settings = dialog.result_settings()
    assert (settings.theme, settings.font_size) == ("dark", 18)
    from quizapp.settings import save_settings

    save_settings(settings)
    assert load_settings() == settings


def _unnamed_controls(page) -> list[str]:
    kinds = (QAbstractButton, QLineEdit, QComboBox, QSpinBox, QAbstractItemView, QTextBrowser)
    found = []
    for widget in page.findChildren(QWidget):
        if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_"):
            continue  # table headers are named by their labels; Qt's inner editors by their owner
        if isinstance(widget, kinds) and widget.isVisibleTo(page) and not widget.accessibleName():
            if isinstance(widget, QAbstractButton) and widget.text():
                continue  # a button's text is its accessible name
            found.append(f"{type(widget).__name__} {widget.objectName()}")
    return found


def test_every_control_has_an_accessible_name(qtbot, window, user_folder):
    from .conftest import tour_copy

    tour_copy(user_folder)
    window.reload_library()
    pages = [window.signin]
    window.signin.guest.click()
    pages.append(window.library)
    window.library.start.click()
    pages.append(window.setup)
    window.setup.start.click()
    pages.append(window.quiz)
    window.quiz.confirm_finish = lambda left: True
    window.quiz.end.click()
    pages.append(window.results)
    window.show_history()
    pages.append(window.history)
    for page in pages:
        window.stack.setCurrentWidget(page)
        assert _unnamed_controls(page) == [], type(page).__name__


def test_tab_order_on_sign_in_reaches_every_control(qtbot, window):
    page = window.signin
    page.students.setFocus()
    seen = []
    for _ in range(8):
        seen.append(page.focusWidget())
        page.focusNextChild()
    for control in (page.guest, page.name, page.class_name, page.create):
        assert control in seen


def test_unexpected_error_is_logged_and_shown(qtbot, window, quizapp_home, monkeypatch):
    shown = []
    monkeypatch.setattr(ui_errors, "show_error", lambda *args: shown.append(args))
    from PySide6.QtWidgets import QApplication

    QApplication.instance().setProperty("quizapp_testing", False)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        ui_errors.handle_unexpected(RuntimeError, exc, exc.__traceback__)
    finally:
        QApplication.instance().setProperty("quizapp_testing", True)
    (args,) = shown
    assert "RuntimeError: boom in a slot" in args[2]
    assert "Traceback" in args[3]
    assert "boom in a slot" in (quizapp_home / "logs" / "quizapp.log").read_text(encoding="utf-8")
    assert window.isVisible()


def test_starts_at_200_percent_scale_with_a_large_font(tmp_path):
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "settings.json").write_text('{"version": 1, "font_size": 22}', encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QUIZAPP_HOME": str(tmp_path), "QT_SCALE_FACTOR": "2"}
    result = subprocess.run(
        [sys.executable, "-m", "quizapp", "--smoke"], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ready"


def test_menu_shortcuts_are_attached_soon_after_the_window_shows(qtbot, window):
    qtbot.waitUntil(lambda: window.teacher_mode_action.shortcut().toString() == "Ctrl+T", timeout=2000)
    assert window.import_action.shortcut().toString() == "Ctrl+I"
