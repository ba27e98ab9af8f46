"""Keyboard access in the teacher's windows: every button and field has its own Alt key, and none clash."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel

from quizapp.settings import Settings
from quizapp.ui.settings_dialog import SettingsDialog

from .test_teacher import _editor_on_tour


def _mnemonics(window) -> tuple[list[str], list[str]]:
    """The Alt letters of a window's buttons and field labels, and the controls that have none."""
    letters, missing = [], []
    for widget in window.findChildren(QAbstractButton):
        if widget.parent() and isinstance(widget.parent(), QDialogButtonBox):
            continue  # OK and Cancel answer to Enter and Esc
        if not widget.isVisibleTo(window) or not widget.text():
            continue
        found = re.search(r"&(\w)", widget.text())
        (letters.append(found.group(1).lower()) if found else missing.append(widget.text()))
    for label in window.findChildren(QLabel):
        found = re.search(r"&(\w)", label.text())
        if found and label.isVisibleTo(window):
            assert label.buddy() is not None, f"{label.text()!r} has an Alt key but no field to go to"
            letters.append(found.group(1).lower())
    return letters, missing


def _clashes(letters: list[str]) -> list[str]:
    return sorted({letter for letter in letters if letters.count(letter) > 1})


def test_bank_editor_keys(qtbot, window, user_folder):
    editor = _editor_on_tour(window, user_folder)
    letters, missing = _mnemonics(editor)
    assert missing == [] and _clashes(letters) == []
    count = len(editor.editor.items)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.list.setFocus()
    qtbot.keyClick(editor.list, Qt.Key.Key_Delete)
    assert len(editor.editor.items) == count - 1
    qtbot.keyClick(editor.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(editor.editor.items) == count
    qtbot.keyClick(editor.list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert editor.current_id is None and editor.prompt.hasFocus()
    editor.ask_unsaved = lambda: __import__("PySide6.QtWidgets").QtWidgets.QMessageBox.StandardButton.Discard
    editor.close()


def test_settings_keys(qtbot, window):
    dialog = SettingsDialog(Settings(), window)
    qtbot.addWidget(dialog)
    letters, missing = _mnemonics(dialog)
    assert missing == [] and _clashes(letters) == []
