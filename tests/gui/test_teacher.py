"""Teacher tools in the window: the PIN gate, classes and sessions, dashboard, editor, paper, exports."""

from __future__ import annotations

import html
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from quizapp.banks import load_bank
from quizapp.engine import State

from .conftest import guest_on_tour, tour_copy

PIN = "4826"


def _unlock(window) -> None:
    window.pin_asker = lambda new: PIN
    assert window._teacher()


def _take_tour_quiz(qtbot, window, bank_path, name: str, right) -> None:
    """A student (new profile) takes the tour bank in test mode, answering right where `right(n)`."""
    window.show_signin()
    window.signin.name.setText(name)
    window.signin.create.click()
    window.library.select_path(bank_path)
    window.library.start.click()
    window.setup.modes.buttons()[1].setChecked(True)
    window.setup.start.click()
    number = 0
    while window.stack.currentWidget() is window.quiz:
        question = window.quiz.session.current
        item = question.item
        if item.type == "short":
            window.quiz.short_answer.setText(item.correct_answer if right(number) else "no idea")
        elif item.type == "evidence":
            sentences = window.quiz.article.sentences()
            window.quiz.article.select_sentence(item.correct_answer if right(number) else sentences[0])
        else:
            wanted = item.answer if right(number) else [next(c for c in question.choices if c not in item.answer)]
            for text in wanted:
                window.quiz.choose(question.choices.index(text))
        window.quiz.submit_or_next()
        number += 1
    assert window.stack.currentWidget() is window.results


def _editor_on_tour(window, user_folder):
    """The bank editor, in teacher mode, on a copy of the format tour in the user's banks."""
    guest_on_tour(window, user_folder)
    _unlock(window)
    return window.open_editor()


def test_pin_chosen_on_first_use_is_stored_only_as_a_hash(qtbot, window, context):
    asked = []
    window.pin_asker = lambda new: asked.append(new) or PIN
    assert window._teacher()
    assert asked == [True]
    rows = sqlite3.connect(context.store.path).execute("SELECT * FROM app_settings").fetchall()
    text = repr(rows)
    assert PIN not in text
    assert "scrypt" in text
    window.toggle_teacher_mode()  # leave
    asked.clear()
    assert window._teacher()
    assert asked == [False]


def test_student_mode_cannot_open_teacher_tools(qtbot, window, context):
    window.pin_asker = lambda new: PIN
    assert window._teacher()
    window.toggle_teacher_mode()
    window.pin_asker = lambda new: "0000"  # a student guessing
    assert window.open_dashboard() is None
    assert window.open_editor() is None
    assert window.open_paper() is None
    assert window.export_bank() is None
    assert window.export_results() is None
    window.pin_asker = lambda new: None  # cancelled
    assert window.open_classes() is None
    assert window.teacher_windows == []


def test_classes_roster_sessions_and_joining(qtbot, window, context, user_folder, tmp_path):
    bank_path = tour_copy(user_folder)
    window.reload_library()
    _unlock(window)
    dialog = window.open_classes()
    dialog.class_name.setText("9B")
    dialog.add_class()
    roster = tmp_path / "roster.csv"
    roster.write_text("name,student id\nAna Ruiz,ar01\nBo Chen,bc02\n,xx\n", encoding="utf-8")
    dialog.import_roster(roster)
    assert "Added 2 students" in dialog.report.text()
    assert "line 4" in dialog.report.text()
    assert dialog.members.count() == 2
    dialog.session_name.setText("9B Monday")
    dialog.session_class.setCurrentIndex(dialog.session_class.findText("9B"))
    for row in range(dialog.session_banks.count()):
        item = dialog.session_banks.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == load_bank(bank_path).id:
            item.setCheckState(Qt.CheckState.Checked)
    dialog.session_count.setValue(4)
    assert dialog.create_session()
    assert dialog.sessions.count() == 1
    dialog.close()

    seen = []
    for name in ("Ana Ruiz", "Bo Chen"):
        window.show_signin()
        page = window.signin
        page.session.setCurrentIndex(page.session.findText("9B Monday"))
        rows = [page.students.item(i).text() for i in range(page.students.count())]
        page.students.setCurrentRow(rows.index(name))
        page.sign_in.click()
        assert window.stack.currentWidget() is window.quiz
        session = window.quiz.session
        seen.append([q.key for q in session.questions])
        assert session.classroom_session is not None
        window.quiz.confirm_finish = lambda left: True
        window.quiz.end.click()
    assert len(seen[0]) == 4
    assert sorted(seen[0]) == sorted(seen[1])  # same items for every student


def test_dashboard_with_item_analysis_exports_and_drill_down(qtbot, window, context, user_folder, tmp_path):
    bank_path = tour_copy(user_folder)
    window.reload_library()
    for number, name in enumerate(("Ana Ruiz", "Bo Chen", "Cy Dee")):
        _take_tour_quiz(qtbot, window, bank_path, name, lambda n, k=number: n >= k)
    _unlock(window)
    board = window.open_dashboard()
    board.select_scope("bank", load_bank(bank_path).id)
    assert board.students.rowCount() == 3
    assert board.items.rowCount() == 5
    assert board.items.item(0, 6).text()  # plain-words advice for every item
    assert board.mastery.rowCount() == 3
    csv_path = board.save_csv(tmp_path / "students.csv")
    assert csv_path.read_text(encoding="utf-8").splitlines()[0].startswith("student,")
    pdf = board.save_report(tmp_path / "report.pdf")
    assert pdf.read_bytes()[:4] == b"%PDF"
    dialog = board.drill_down(0)
    assert dialog.isVisible()
    dialog.close()
    board.close()


def test_bank_editor_edit_validate_delete_undo_save(qtbot, window, user_folder):
    editor = _editor_on_tour(window, user_folder)
    first = editor.editor.items[0]
    editor.answer.setPlainText("Somebody else")
    assert any("not one of the choices" in p for p in editor.check_form())
    assert not editor.apply_button.isEnabled()
    editor.answer.setPlainText(first.correct_answer)
    editor.prompt.setPlainText("Who says people throw away things that need a five-minute fix?")
    assert editor.check_form() == []
    assert editor.apply_changes()
    count = len(editor.editor.items)
    editor.delete_current()
    assert len(editor.editor.items) == count - 1
    editor.undo()
    assert len(editor.editor.items) == count
    with qtbot.waitSignal(editor.saved):
        editor.save()
    saved = load_bank(editor.path)
    assert saved.items[0].prompt.startswith("Who says people throw away")
    editor.close()


def test_worksheet_pdf_presenter_and_exports(qtbot, window, context, user_folder, tmp_path):
    guest_on_tour(window, user_folder)
    _unlock(window)
    paper = window.open_paper()
    sheet = paper._save(paper.worksheet, "worksheet", tmp_path / "sheet.pdf")
    key = paper._save(paper.answer_key, "answer-key", tmp_path / "key.pdf")
    assert sheet.read_bytes()[:4] == b"%PDF"
    assert key.read_bytes()[:4] == b"%PDF"
    assert "Maya Okafor" in paper.answer_key
    paper.close()
    presenter = window.open_presenter()
    assert presenter.isFullScreen() or presenter.isVisible()
    presenter.close()
    export = window.export_bank()
    export.format.setCurrentIndex(export.format.findData("gift"))
    export.path.setText(str(tmp_path / "tour.gift"))
    assert export.export()
    assert (tmp_path / "tour.gift").is_file()
    assert "skipped" in export.report.toPlainText()  # the evidence item cannot be GIFT
    export.close()


def test_desk_results_export_and_merge_twice_adds_nothing(qtbot, window, context, user_folder, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from quizapp.engine import QuizSession
    from quizapp.store import ScoreStore

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.textFormat(), box.text())))
    bank = load_bank(tour_copy(user_folder))
    other_desk = tmp_path / "desk2.db"
    with ScoreStore.open(other_desk) as store:  # another computer's results
        student = store.add_student("Eve Park")
        session = QuizSession([bank], mode="test", seed=5, student=student.uuid)
        store.save(session.start())
        while session.state is State.ASKING:
            store.save(session.skip())
        store.save(session.finish().record)
        store.export_desk(tmp_path / "desk2.json")
    _unlock(window)
    first = window.import_results([tmp_path / "desk2.json"])
    second = window.import_results([tmp_path / "desk2.json"])
    assert "desk2.json: added 1 student, 5 item versions, 1 attempt, 5 answers" in first
    assert "added nothing new" in second
    assert shown and all(text_format == Qt.TextFormat.PlainText for text_format, _ in shown)  # names as written
    assert [s.name for s in context.store.students()] == ["Eve Park"]
    own = window.export_results(tmp_path / "desk1.json")
    assert own.is_file()


def test_editor_applies_edits_when_moving_to_another_item_and_keeps_bad_ones(qtbot, window, user_folder):
    editor = _editor_on_tour(window, user_folder)
    first_id = editor.current_id
    editor.explanation.setPlainText("A clearer explanation written by the teacher, long enough to teach the idea.")
    editor.list.setCurrentRow(1)
    assert editor.editor.item(first_id).explanation.startswith("A clearer explanation")
    assert editor.editor.item(first_id).origin in ("edited", "authored")
    editor.answer.setPlainText("Not a choice at all")
    second_id = editor.current_id
    editor.list.setCurrentRow(2)
    assert editor.current_id == second_id  # the broken edit stays on screen
    assert editor.answer.toPlainText() == "Not a choice at all"
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    assert editor.close()


def test_editor_warns_about_item_writing_flaws_without_blocking_apply(qtbot, window, user_folder):
    editor = _editor_on_tour(window, user_folder)
    assert editor.editor.items[0].type == "single"
    assert editor.warnings.accessibleName() == "Item-writing warnings"
    assert editor.warnings.textFormat() == Qt.TextFormat.PlainText
    assert editor.warnings.isHidden()
    editor.choices.setPlainText("86,000\n43,000\n172,000\n860,000")
    editor.answer.setPlainText("86,000")
    # Half, double and ten times the key: the choices give the answer away.
    qtbot.waitUntil(lambda: "multiples" in editor.warnings.text())
    assert editor.warnings.text().startswith("Warnings (the item is still valid):\n• ")
    assert not editor.warnings.isHidden()
    assert editor.apply_button.isEnabled()  # a warning is advice, not a problem
    assert editor.apply_changes()
    assert editor.editor.item(editor.current_id).answer == ("86,000",)
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    assert editor.close()


def test_editor_clears_item_writing_warnings_when_the_choices_are_fixed(qtbot, window, user_folder):
    editor = _editor_on_tour(window, user_folder)
    editor.choices.setPlainText("86,000\n43,000\n172,000\n860,000")
    editor.answer.setPlainText("86,000")
    qtbot.waitUntil(lambda: "multiples" in editor.warnings.text())
    editor.choices.setPlainText("86,000\n67,000\n109,000\n138,000")
    qtbot.waitUntil(lambda: editor.warnings.isHidden())
    assert editor.warnings.text() == ""
    assert editor.apply_button.isEnabled()
    assert editor.check_form() == []
    assert editor.apply_changes()
    with qtbot.waitSignal(editor.saved):
        editor.save()
    assert load_bank(editor.path).items[0].choices == ("86,000", "67,000", "109,000", "138,000")
    editor.close()


def test_ctrl_s_applies_the_typed_edit_before_saving(qtbot, window, user_folder):
    editor = _editor_on_tour(window, user_folder)
    editor.prompt.setPlainText("Who says people throw away things that need a five-minute fix, in the tour?")
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.prompt.setFocus()
    with qtbot.waitSignal(editor.saved):
        qtbot.keyClick(editor.prompt, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert load_bank(editor.path).items[0].prompt.endswith("in the tour?")
    assert editor.state.text().startswith("Saved")
    editor.close()


def test_save_with_an_invalid_form_says_so_and_writes_nothing(qtbot, window, user_folder):
    editor = _editor_on_tour(window, user_folder)
    before = editor.path.read_bytes()
    editor.answer.setPlainText("Somebody who is not a choice")
    with qtbot.assertNotEmitted(editor.saved):
        assert editor.save() is None
    assert editor.path.read_bytes() == before
    assert editor.state.text().startswith("Not saved")
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    editor.close()


def test_editor_shows_names_not_codes(qtbot, window, user_folder):
    editor = _editor_on_tour(window, user_folder)
    assert editor.type.currentText() in {
        "One right answer",
        "Several right answers",
        "True or false",
        "Short typed answer",
        "Click the sentence",
    }
    assert editor.skill.currentText() == editor.skill.currentText().strip() and "-" not in editor.skill.currentText()
    assert editor.difficulty.currentText() in {"Easy", "Medium", "Hard"}
    first = editor.list.item(0).text()
    assert editor.editor.items[0].prompt in first  # the whole prompt, wrapped, not cut at 70 characters
    assert editor.list.width() >= 350
    editor.problems.setText("<b>x</b>")
    assert editor.problems.textFormat() == Qt.TextFormat.PlainText
    editor.close()


def test_presenter_and_dashboard_name_the_selected_bank(qtbot, window, user_folder):
    bank_path = guest_on_tour(window, user_folder)
    _unlock(window)
    title = window.context.library.entry(bank_path).bank.title
    dashboard = window.open_dashboard()
    assert dashboard.windowTitle() == f"Results dashboard — Bank: {title}"
    presenter = window.open_presenter()
    assert presenter.windowTitle() == f"Presenting: {title}"
    presenter.close()
    dashboard.close()


def test_dashboard_items_rows_tooltips_and_enter_on_a_student(qtbot, window, context, user_folder, monkeypatch):
    bank_path = tour_copy(user_folder)
    window.reload_library()
    _take_tour_quiz(qtbot, window, bank_path, "Ana Ruiz", lambda n: n % 2 == 0)
    _unlock(window)
    window.show_library()
    window.library.select_path(bank_path)
    board = window.open_dashboard()
    board.resize(1280, 820)
    board.tabs.setCurrentIndex(1)
    qtbot.waitExposed(board)
    items = board.items
    assert items.viewport().height() >= 0.6 * (items.viewport().height() + board.choice_chart.height())
    prompt_cell = items.item(0, 1)
    assert html.escape(prompt_cell.text()) in prompt_cell.toolTip()  # the whole prompt on hover, as plain text
    selected = items.selectionModel().selectedRows()
    assert all(board.dashboard.items[index.row()].answers > 0 for index in selected)
    opened = []
    monkeypatch.setattr(board, "drill_down", lambda row: opened.append(row))
    board.tabs.setCurrentIndex(0)
    board.students.setFocus()
    board.students.selectRow(0)
    board.students.setCurrentCell(0, 0)
    qtbot.keyClick(board.students, Qt.Key.Key_Return)
    assert opened == [0]
    board.close()


def test_a_new_item_never_throws_away_typed_edits(qtbot, window, user_folder):
    editor = _editor_on_tour(window, user_folder)
    first = editor.editor.items[0]
    editor.answer.setPlainText("Nobody who is a choice")
    editor.new_item()  # a form with problems stays on screen
    assert editor.answer.toPlainText() == "Nobody who is a choice" and editor.current_id == first.id
    editor.answer.setPlainText(first.correct_answer)
    editor.prompt.setPlainText("Who runs the repair cafe, according to the tour?")
    editor.new_item()  # a valid edit is applied first
    assert any(i.prompt == "Who runs the repair cafe, according to the tour?" for i in editor.editor.items)
    assert editor.current_id is None
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    editor.close()


def test_teacher_exports_never_write_over_the_database_or_a_bank(qtbot, window, context, user_folder, monkeypatch):
    from quizapp.ui import main_window as main_window_module

    errors = []
    monkeypatch.setattr(main_window_module, "show_error", lambda parent, title, text: errors.append(text))
    _unlock(window)
    database = context.store.path
    before = database.read_bytes()
    assert window.export_results(database) is None
    assert "score database" in errors[-1] and database.read_bytes() == before


def test_a_pdf_never_replaces_the_score_database(tmp_path):
    from quizapp.paths import database_path
    from quizapp.ui.teacher.paper import save_pdf

    database = database_path()
    database.parent.mkdir(parents=True, exist_ok=True)
    database.write_bytes(b"scores")
    with pytest.raises(OSError, match="score database"):
        save_pdf("<p>Report</p>", database)
    assert database.read_bytes() == b"scores"


def test_dashboard_shows_which_skills_are_due_and_the_weekly_trend(
    qtbot, window, context, clock, user_folder, tmp_path
):
    bank_path = tour_copy(user_folder)
    window.reload_library()
    for number, name in enumerate(("Ana Ruiz", "Bo Chen")):
        _take_tour_quiz(qtbot, window, bank_path, name, lambda n, k=number: n >= k + 2)
    clock.advance(3 * 86_400)  # three days later, the skills practised are due again
    _unlock(window)
    board = window.open_dashboard()
    board.select_scope("bank", load_bank(bank_path).id)
    board.tabs.setCurrentIndex(2)
    assert board.skill_view.accessibleName() == "Skills view"
    board.skill_view.setCurrentIndex(1)
    assert board.skill_tables.currentWidget() is board.due and board.revisit.isVisible()
    assert board.revisit.text().startswith("Revisit first: ")
    assert "of 2 students due" in board.revisit.text()
    assert board.due.rowCount() == 2
    cells = [board.due.item(0, c).text() for c in range(1, board.due.columnCount())]
    assert any(cell.startswith("due ") for cell in cells)
    rows = board.current_rows()
    assert next(iter(rows[0])) == "student" and len(rows) == 2  # the grid as shown, per student
    board.skill_view.setCurrentIndex(2)
    assert board.skill_tables.currentWidget() is board.trend and not board.revisit.isVisible()
    header = [board.trend.horizontalHeaderItem(c).text() for c in range(board.trend.columnCount())]
    assert header[0] == "Skill" and header[-1] == "Trend" and len(header) == 2 + 6
    assert board.trend.rowCount() >= 1 and board.trend.item(0, 6).text().endswith("%")  # this week's share
    trend_csv = board.save_csv(tmp_path / "trend.csv")
    assert trend_csv.read_text(encoding="utf-8").splitlines()[0].startswith("skill,week of ")
    board.close()
