"""Sign-out, a store that cannot open, and the guards teachers and students rely on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from quizapp.settings import Settings
from quizapp.ui.context import AppContext
from quizapp.ui.main_window import MainWindow

from .conftest import guest_on_tour, tour_copy

PIN = "4826"


def _start_tour(window, bank_path, mode_index: int) -> None:
    window.library.select_path(bank_path)
    window.library.start.click()
    window.setup.modes.buttons()[mode_index].setChecked(True)
    window.setup.start.click()


def test_sign_out_forgets_the_student_ends_the_quiz_and_locks_teacher_mode(qtbot, window, context, clock, user_folder):
    bank_path = tour_copy(user_folder)
    window.reload_library()
    window.signin.name.setText("Ana Ruiz")
    window.signin.create.click()
    window.pin_asker = lambda new: PIN
    assert window._teacher()
    _start_tour(window, bank_path, 2)  # timed
    window.quiz.choose(0)
    window.quiz.submit_or_next()
    window.show_signin()
    assert context.student is None
    assert not window.gate.unlocked
    clock.advance(3600)
    qtbot.wait(400)  # the quiz clock would have fired by now: it must be stopped
    assert window.stack.currentWidget() is window.signin
    window.signin.guest.click()
    assert "Guest" in window.library.heading.text()
    window.pin_asker = lambda new: None
    assert window.open_dashboard() is None
    (attempt,) = context.store.history(context.store.students()[0].uuid)
    assert attempt.ended_at  # the abandoned quiz was closed with what was answered


def test_guest_can_practise_when_the_score_database_cannot_open(qtbot, tmp_path, user_folder, clock, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: QMessageBox.StandardButton.Discard)
    shown = []
    monkeypatch.setattr("quizapp.ui.main_window.show_error", lambda *args: shown.append(args))
    bad = tmp_path / "scores.db"
    bad.mkdir()  # a folder where the database file should be
    context = AppContext(Settings(data_folder=str(tmp_path)), db_path=bad, clock=clock, new_seed=lambda: 3)
    QApplication.instance().setProperty("quizapp_testing", True)
    window = MainWindow(context)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.storeOpened) as opened:
        window.show()
    assert opened.args == [False]
    assert shown and "practise as a guest" in shown[0][2]
    bank_path = tour_copy(user_folder)
    window.signin.guest.click()
    context._library = None  # read the library with the user folder of this test
    from quizapp.library import BankLibrary
    from quizapp.paths import bundled_banks_dir

    context._library = BankLibrary([bundled_banks_dir(), user_folder])
    context._library.reload_all()
    window.reload_library()
    _start_tour(window, bank_path, 1)
    window.quiz.skip.click()
    assert "Not saved yet" in window.status.text()
    assert len(context.pending.waiting) >= 2
    assert window._retry_timer.isActive()
    window.close()


def test_setup_guards(qtbot, window, user_folder):
    guest_on_tour(window, user_folder)
    window.library.start.click()
    setup = window.setup
    for box in setup.difficulty_boxes.values():
        box.setChecked(False)
    assert not setup.start.isEnabled()
    for box in setup.difficulty_boxes.values():
        box.setChecked(True)
    setup.back.setFocus()
    qtbot.keyClick(setup, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.library


def test_teacher_guards(qtbot, window, user_folder, tmp_path):
    guest_on_tour(window, user_folder)
    window.pin_asker = lambda new: PIN
    classes = window.open_classes()
    classes.session_name.setText("Impossible")
    for row in range(classes.session_banks.count()):
        classes.session_banks.item(row).setCheckState(Qt.CheckState.Checked)
    classes.session_skill.setCurrentIndex(classes.session_skill.findData("photo"))
    for row in range(classes.session_banks.count()):
        item = classes.session_banks.item(row)
        item.setCheckState(Qt.CheckState.Checked if item.text().startswith("Town library") else Qt.CheckState.Unchecked)
    assert not classes.create_session()
    assert "No question" in classes.session_message.text()
    classes.close()

    export = window.export_bank()
    target = tmp_path / "existing.gift"
    target.write_text("keep me", encoding="utf-8")
    export.path.setText(str(target))
    export.confirm_overwrite = lambda path: False
    assert not export.export()
    assert target.read_text(encoding="utf-8") == "keep me"
    export.close()

    editor = window.open_editor()
    editor.prompt.setPlainText("A changed prompt that is not applied yet?")
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Cancel
    assert not editor.close()
    assert editor.isVisible()
    editor.mark("reviewed")  # applies the form first instead of losing it
    assert editor.editor.items[0].prompt == "A changed prompt that is not applied yet?"
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    assert editor.close()


def test_enter_in_the_class_field_creates_the_profile_and_labels_have_no_literal_ampersand(qtbot, window):
    page = window.signin
    assert page.session_label.buddy() is page.session
    qtbot.keyClicks(page.name, "Gil Hart")
    qtbot.keyClicks(page.class_name, "9B")
    qtbot.keyClick(page.class_name, Qt.Key.Key_Return)
    assert window.context.student is not None and window.context.student.name == "Gil Hart"
    assert window.stack.currentWidget() is window.library


def test_one_skill_in_two_clicks_and_filters_reset_at_sign_out(qtbot, window, user_folder):
    bank_path = guest_on_tour(window, user_folder)
    window.library.start.click()
    setup = window.setup
    from quizapp.banks.skills import SKILLS

    for family in setup.none_buttons:
        setup.none_buttons[family].click()
    assert not any(box.isChecked() for box in setup.skill_boxes.values())
    setup.skill_boxes["quote-speaker"].setChecked(True)
    assert [s for s, box in setup.skill_boxes.items() if box.isChecked()] == ["quote-speaker"]
    family = SKILLS["detail"].family
    setup.all_buttons[family].click()
    assert all(box.isChecked() for s, box in setup.skill_boxes.items() if SKILLS[s].family == family)
    setup.only_missed.setChecked(True)
    setup.modes.buttons()[1].setChecked(True)
    window.show_signin()
    window.signin.guest.click()
    window.library.select_path(bank_path)
    window.library.start.click()
    assert all(box.isChecked() for box in setup.skill_boxes.values())
    assert setup.mode() == "practice" and not setup.only_missed.isChecked()
