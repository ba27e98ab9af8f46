"""Settings → Learning Record Store (teacher only), "Test connection", and sending in the background."""

from __future__ import annotations

from datetime import datetime

import pytest
from lrs_support import PASSWORD, USER, ralph_missing
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from quizapp.xapi import SETTING_KEY
from quizapp.xapi.config import KEYRING_SERVICE, config_from_json

from .conftest import guest_on_tour, tour_copy
from .test_teacher import _take_tour_quiz, _unlock

needs_ralph = pytest.mark.skipif(ralph_missing() is not None, reason=ralph_missing() or "")


def _fill(box, address: str, password: str, *, auto: bool = True) -> None:
    box.address.setText(address)
    box.user.setText(USER)
    box.password.setText(password)
    box.auto_send.setChecked(auto)


def test_students_do_not_see_the_lrs_settings(qtbot, window):
    dialog = window.settings_dialog()
    qtbot.addWidget(dialog)
    assert dialog.lrs_box is None


def test_every_lrs_field_has_a_name_and_the_password_is_hidden(qtbot, window):
    _unlock(window)
    dialog = window.settings_dialog()
    qtbot.addWidget(dialog)
    box = dialog.lrs_box
    assert box is not None and not box.auto_send.isChecked()  # off until a teacher turns it on
    for widget in (box.address, box.user, box.password, box.homepage, box.salt, box.pseudonymous, box.auto_send):
        assert widget.accessibleName()
    assert box.password.echoMode() == QLineEdit.EchoMode.Password
    box.pseudonymous.setChecked(True)
    assert len(box.salt.text()) >= 24  # turning pseudonyms on makes the school's salt


def test_a_bad_address_is_said_in_the_dialog_and_nothing_is_kept(qtbot, window, context):
    _unlock(window)
    dialog = window.settings_dialog()
    qtbot.addWidget(dialog)
    _fill(dialog.lrs_box, "lrs.school.example", "x")
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # OK is the default button
    assert dialog.isVisible() and "not an LRS address" in dialog.lrs_box.test_result.text()
    assert context.store.desk_setting(SETTING_KEY) is None
    dialog.reject()


def test_a_second_test_runs_as_soon_as_the_first_shows_its_result(qtbot, window, monkeypatch):
    """The first test's thread may still be ending when its result shows: a click then must test again, not be
    swallowed (it was, now and then, when the thread had not quite stopped)."""

    def check(address, user, password):
        if password != PASSWORD:
            raise ValueError(f"the LRS at {address} refused the user name or password of '{user}'")
        return f"the LRS at {address} takes statements from '{user}'"

    monkeypatch.setattr("quizapp.ui.lrs_settings._check", check)
    monkeypatch.setattr("quizapp.ui.workers.Job.is_running", lambda self: True)  # the thread not yet stopped
    _unlock(window)
    dialog = window.settings_dialog()
    qtbot.addWidget(dialog)
    box = dialog.lrs_box
    _fill(box, "http://127.0.0.1:9/xAPI/", "wrong")
    box.test_button.click()
    qtbot.waitUntil(lambda: box.test_result.text().startswith("Not connected"), timeout=20000)
    box.password.setText(PASSWORD)
    box.test_button.click()
    qtbot.waitUntil(lambda: box.test_result.text().startswith("Connected"), timeout=20000)
    assert box.test_button.isEnabled()


@needs_ralph
def test_test_connection_says_whether_the_lrs_takes_the_password(qtbot, window, ralph):
    _unlock(window)
    dialog = window.settings_dialog()
    qtbot.addWidget(dialog)
    box = dialog.lrs_box
    _fill(box, ralph.url, "wrong")
    box.test_button.click()
    qtbot.waitUntil(lambda: box.test_button.isEnabled(), timeout=20000)
    assert box.test_result.text().startswith("Not connected: the LRS at") and "refused" in box.test_result.text()
    box.password.setText(PASSWORD)
    box.test_button.click()
    qtbot.waitUntil(lambda: box.test_button.isEnabled(), timeout=20000)
    assert box.test_result.text() == f"Connected: the LRS at {ralph.url} takes statements from '{USER}'."


@needs_ralph
def test_answers_are_sent_as_recorded_and_wait_while_the_lrs_is_away(
    qtbot, window, context, ralph, user_folder, memory_keyring, monkeypatch
):
    monkeypatch.setattr("quizapp.ui.lrs_sending.BACKOFF_SECONDS", (0.2,))
    monkeypatch.setattr("quizapp.ui.lrs_sending.GATHER_SECONDS", 0.0)
    bank = tour_copy(user_folder)
    window.reload_library()
    _unlock(window)
    dialog = window.settings_dialog()
    qtbot.addWidget(dialog)
    _fill(dialog.lrs_box, ralph.url, PASSWORD)
    dialog.accept()
    window.apply_settings(dialog)
    saved = config_from_json(context.store.desk_setting(SETTING_KEY))
    assert saved.auto_send and saved.user == USER and PASSWORD not in context.store.desk_setting(SETTING_KEY)
    assert memory_keyring.get_password(KEYRING_SERVICE, f"{USER} @ {ralph.url}") == PASSWORD
    window.toggle_teacher_mode()

    _take_tour_quiz(qtbot, window, bank, "Maya", lambda n: n % 2 == 0)
    answers = context.store.db.conn.execute("SELECT COUNT(*) FROM answers").fetchone()[0]
    qtbot.waitUntil(lambda: len(ralph.stored()) == answers + 2, timeout=30000)  # with the attempt's start and end
    sent_at = f"All answers sent to the LRS ({datetime.fromtimestamp(context.clock()):%H:%M})"  # the app's own clock
    qtbot.waitUntil(lambda: window.lrs_status.text() == sent_at)

    ralph.stop()
    _take_tour_quiz(qtbot, window, bank, "Noor", lambda n: True)
    qtbot.waitUntil(lambda: "trying again" in window.lrs_status.text(), timeout=30000)
    assert window.lrs_status.isVisible()
    assert window.lrs_status.text().startswith(f"{answers} answers waiting to be sent to the LRS")
    assert window.lrs_status.accessibleName()
    ralph.start()
    qtbot.waitUntil(lambda: len(ralph.stored()) == 2 * (answers + 2), timeout=30000)
    qtbot.waitUntil(lambda: window.lrs_status.text().startswith("All answers sent"))
    assert len({statement["id"] for statement in ralph.stored()}) == 2 * (answers + 2)


@needs_ralph
def test_a_refused_password_halts_sending_until_the_settings_change(qtbot, window, context, ralph, user_folder):
    from quizapp.xapi.config import LrsConfig

    bank = tour_copy(user_folder)
    window.reload_library()
    config = LrsConfig(address=ralph.url, user=USER, auto_send=True)
    window._save_lrs(config, "wrong")
    _take_tour_quiz(qtbot, window, bank, "Maya", lambda n: True)
    qtbot.waitUntil(lambda: "refused the user name or password" in window.lrs_status.text(), timeout=30000)
    assert window.lrs_status.text().endswith("Check Settings.")
    # the refused run says so before its worker thread has ended; wait for that run to end, not for a new one
    qtbot.waitUntil(lambda: window.lrs_sending._job is None, timeout=30000)
    _take_tour_quiz(qtbot, window, bank, "Noor", lambda n: True)
    assert window.lrs_sending._job is None and ralph.stored() == []  # halted: new answers start no run
    window._save_lrs(config, PASSWORD)
    answers = context.store.db.conn.execute("SELECT COUNT(*) FROM answers").fetchone()[0]
    qtbot.waitUntil(lambda: len(ralph.stored()) == answers + 4, timeout=30000)
    qtbot.waitUntil(lambda: window.lrs_status.text().startswith("All answers sent"))


@needs_ralph
def test_with_send_automatically_off_nothing_is_sent(qtbot, window, context, ralph, user_folder):
    from quizapp.xapi.config import LrsConfig

    bank = tour_copy(user_folder)
    window.reload_library()
    window._save_lrs(LrsConfig(address=ralph.url, user=USER, auto_send=False), PASSWORD)
    _take_tour_quiz(qtbot, window, bank, "Maya", lambda n: True)
    assert window.lrs_sending is None or not window.lrs_sending.active
    assert ralph.stored() == [] and not window.lrs_status.isVisible()


def test_a_guessable_salt_is_said_in_the_dialog(qtbot, window, context):
    _unlock(window)
    dialog = window.settings_dialog()
    qtbot.addWidget(dialog)
    _fill(dialog.lrs_box, "https://lrs.school.example/xAPI/", "x")
    dialog.lrs_box.pseudonymous.setChecked(True)
    dialog.lrs_box.salt.setText("abc")
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and "at least 16 characters" in dialog.lrs_box.test_result.text()
    dialog.lrs_box.salt.setText("")  # a new one is made
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()


def test_a_live_sessions_record_that_cannot_be_kept_is_a_status_line_not_a_crash(qtbot, window, context, user_folder):
    from quizapp.store import StoreError

    class FullDisk:
        def forward(self, record):
            raise StoreError(context.store.path, "database or disk is full")

    guest_on_tour(window, user_folder)
    context.live_desk = FullDisk()
    window.library.start.click()
    with qtbot.waitSignal(window.quiz.saveProblem) as said:
        window.setup.start.click()
    assert "Not kept for the live session's host" in said.args[0] and "disk is full" in said.args[0]
    assert "Not kept for the live session" in window.status.text()
    context.live_desk = None
