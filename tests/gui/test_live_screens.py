"""The live classroom in the window: the teacher hosts from the Teacher menu, a student's desk joins and answers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from quizapp.library import BankLibrary
from quizapp.paths import bundled_banks_dir
from quizapp.settings import Settings
from quizapp.store import ScoreStore
from quizapp.ui.context import AppContext
from quizapp.ui.main_window import MainWindow

PIN = "4826"


def _student_desk(qtbot, tmp_path, clock) -> MainWindow:
    folder = tmp_path / "student-desk"
    folder.mkdir()
    library = BankLibrary([bundled_banks_dir()], bundled=bundled_banks_dir())
    library.reload_all()
    context = AppContext(
        Settings(data_folder=str(folder)),
        store=ScoreStore.open(folder / "desk.db", clock=clock),
        library=library,
        clock=clock,
        new_seed=lambda: 5,
    )
    desk = MainWindow(context)
    qtbot.addWidget(desk)
    desk.show()
    qtbot.waitUntil(lambda: desk._loaded)
    return desk


def test_a_teacher_hosts_and_a_student_desk_joins_and_answers(
    qtbot, window, context, clock, tmp_path, monkeypatch
) -> None:
    told: list[tuple] = []
    monkeypatch.setattr("quizapp.ui.main_window.show_message", lambda *args: told.append(args))
    QApplication.instance().setProperty("quizapp_testing", True)
    window.signin.guest.click()
    window.library.select_path(bundled_banks_dir() / "niger-russian-military-trainers.yaml")
    window.pin_asker = lambda new: PIN
    host_window = window.open_live_host(bind="127.0.0.1", announce=False)
    assert host_window.accessibleName() == "Live session"
    assert host_window.start_button.accessibleName() == "Start the live session"
    host_window.start_button.click()
    code = host_window.code.text()
    assert len(code) == 6 and host_window.code.accessibleDescription() == "Join code"  # the code itself is read out
    address, port = host_window.host.address
    assert f"{address}:{port}" in host_window.where.text()
    assert not host_window.next_button.isEnabled()  # student-paced: no pace controls

    desk = _student_desk(qtbot, tmp_path, clock)
    desk.signin.join_live.setFocus()
    qtbot.keyClick(desk.signin.join_live, Qt.Key.Key_Space)  # by keyboard
    dialogs = [w for w in QApplication.topLevelWidgets() if w.accessibleName() == "Join a live session"]
    dialog = dialogs[-1]
    qtbot.waitUntil(lambda: dialog.search_again.isEnabled(), timeout=15000)  # the search finished
    dialog.address.setText(f"{address}:{port}")
    dialog.code.setText("WRONG9")
    dialog.name.setText("Ada Lovelace")
    dialog.join_button.click()
    qtbot.waitUntil(lambda: "does not open this session" in dialog.message.text(), timeout=10000)
    dialog.code.setText(code.lower())
    with qtbot.waitSignal(dialog.joined, timeout=10000):
        dialog.join_button.click()
    assert desk.stack.currentWidget() is desk.quiz
    assert "Live session" in desk.status.text()
    session = desk.quiz.session
    question = session.current
    item = question.item
    if item.type in ("short", "evidence"):
        desk.quiz.short_answer.setText(item.correct_answer)
        if item.type == "evidence":
            desk.quiz._picked_sentence = item.correct_answer
    else:
        desk.quiz.choose(list(question.choices).index(item.answer[0]))
    desk.quiz.submit.click()
    qtbot.waitUntil(lambda: sum(host_window.host.snapshot().answered.values()) == 1, timeout=10000)
    host_window.refresh()
    assert host_window.students.item(0, 0).text() == "Ada Lovelace"
    assert host_window.students.item(0, 1).text().startswith("1 of ")
    with ScoreStore.open(context.store.path) as host_store:  # already in the teacher's database
        assert host_store.db.conn.execute("SELECT COUNT(*) FROM answers").fetchone()[0] == 1
    presenter = window.open_presenter()  # presenter mode shows the room how to join
    assert presenter.join.isVisible() and code in presenter.join.text() and f"{address}:{port}" in presenter.join.text()
    presenter.close()
    host_window.end_button.click()
    assert "ended" in host_window.where.text()
    qtbot.waitUntil(lambda: bool(told), timeout=10000)  # the desk is told the session ended
    assert told[0][1] == "The live session has ended" and desk.context.live_desk is None
    desk.close()
    host_window.close()


def test_a_teacher_paced_desk_waits_for_the_teacher_and_shows_what_was_revealed(qtbot, tmp_path, clock) -> None:
    from quizapp.banks import load_bank
    from quizapp.live.host import LiveHost

    bank = load_bank(bundled_banks_dir() / "niger-russian-military-trainers.yaml")
    single = [item.id for item in bank.items if item.type == "single"][:3]
    host = LiveHost(tmp_path / "host.db", bank, session_name="Paced", pace="teacher", code="PACE42", items=single)
    address, port = host.start()
    try:
        desk = _student_desk(qtbot, tmp_path, clock)
        dialog = desk.open_join_live()
        qtbot.waitUntil(lambda: dialog.search_again.isEnabled(), timeout=15000)
        dialog.address.setText(f"{address}:{port}")
        dialog.code.setText("PACE42")
        dialog.name.setText("Bo Chen")
        with qtbot.waitSignal(dialog.joined, timeout=10000):
            dialog.join_button.click()
        quiz = desk.quiz
        qtbot.waitUntil(lambda: quiz.submit.isEnabled(), timeout=10000)  # the teacher shows question 1
        question = quiz.session.current
        assert question.position == 0 and quiz.session.mode == "test"  # no answer shown before the reveal
        quiz.choose(list(question.choices).index(question.item.correct_answer))
        quiz.submit.click()
        assert quiz.session.current.position == 1
        assert not quiz.submit.isEnabled() and "Waiting for your teacher to show question 2" in quiz.prompt.text()
        assert not quiz._buttons  # nothing of question 2 shows before the teacher shows it
        qtbot.waitUntil(lambda: sum(host.snapshot().asked.values()) == 1, timeout=10000)  # the answer reached the host
        host.reveal()  # the teacher reveals question 1: the desk sees the answer and the class's choices
        qtbot.waitUntil(lambda: "the answer is" in quiz.feedback.text(), timeout=10000)
        assert "The class picked:" in quiz.feedback.text() and "You were right." in quiz.feedback.text()
        host.show(2)  # the teacher moves on twice: question 2 was not answered, so it is skipped
        qtbot.waitUntil(lambda: quiz.session.current is not None and quiz.session.current.position == 2, timeout=10000)
        assert quiz.submit.isEnabled()
        assert quiz.session.answers[1].skipped
        desk.close()
    finally:
        host.end()


def test_a_live_session_left_open_is_continued_from_the_window(qtbot, window, context, tmp_path) -> None:
    from quizapp.banks import load_bank
    from quizapp.live.host import LiveHost

    QApplication.instance().setProperty("quizapp_testing", True)
    bank = load_bank(bundled_banks_dir() / "niger-russian-military-trainers.yaml")
    earlier = LiveHost(context.store.path, bank, session_name="Live: before the crash", code="KEEP77")
    earlier.start()
    earlier.stop()  # the app closed without ending the session
    assert [s.name for s in context.store.open_classroom_sessions()] == []  # not offered to students here
    window.signin.guest.click()
    window.library.select_path(bundled_banks_dir() / "niger-russian-military-trainers.yaml")
    window.pin_asker = lambda new: PIN
    host_window = window.open_live_host(bind="127.0.0.1", announce=False)
    assert host_window.resume.isVisible() and host_window.resume.count() == 2
    host_window.resume.setCurrentIndex(1)
    host_window.start_button.click()
    assert host_window.code.text() == "KEEP77" and host_window.host.session.uuid == earlier.session.uuid
    assert host_window.host.address[1] == earlier.address[1]  # the same port: desks still know where it is
    host_window.end_button.click()
    host_window.close()


def test_presenter_mode_drives_a_teacher_paced_session(qtbot, tmp_path) -> None:
    from quizapp.banks import load_bank
    from quizapp.live.host import LiveHost
    from quizapp.ui.teacher.presenter import PresenterWindow

    bank = load_bank(bundled_banks_dir() / "niger-russian-military-trainers.yaml")
    host = LiveHost(tmp_path / "host.db", bank, session_name="Paced", pace="teacher", code="SHOW42")
    host.start()
    try:
        presenter = PresenterWindow(bank, host=host, join="Join the live session: here   code SHOW42")
        qtbot.addWidget(presenter)
        assert [item.id for item in presenter.items] == host.order  # the desks' order, not the bank's
        assert presenter.prompt.text() == bank.item(host.order[0]).prompt
        qtbot.keyClick(presenter, Qt.Key.Key_Right)
        assert host.status.position == 1 and not host.status.revealed
        qtbot.keyClick(presenter, Qt.Key.Key_Space)
        assert host.status.revealed and "Answer:" in presenter.answer.text()
        presenter.close()
    finally:
        host.end()
