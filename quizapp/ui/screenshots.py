"""Render every main screen to PNG, with the seed bank and a sample history (for docs and review)."""

from __future__ import annotations

import itertools
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication

from quizapp.banks import Bank
from quizapp.engine import QuizSession, Selection, State
from quizapp.library import BankLibrary
from quizapp.paths import bundled_banks_dir
from quizapp.settings import Settings
from quizapp.store import ScoreStore
from quizapp.ui.context import AppContext
from quizapp.ui.main_window import MainWindow
from quizapp.ui.pages.setup import QuizPlan

SEED_BANK = "niger-russian-military-trainers"
SIZE = (1280, 820)


class _Clock:
    """A clock that moves 20 seconds each time it is read, from a fixed date."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 2, 9, 0, tzinfo=UTC).timestamp()

    def __call__(self) -> float:
        self.now += 20.0
        return self.now


def _sample_history(store: ScoreStore, bank: Bank, clock: _Clock) -> None:
    """Three past attempts of one student, getting better, and one attempt each of a few classmates."""
    _attempts(store, bank, clock, "Ana Ruiz", (3, 2, 1))
    for number, name in enumerate(("Bo Chen", "Cy Dee", "Di Evans", "Eli Ford"), start=2):
        _attempts(store, bank, clock, name, (number,))


def _attempts(store: ScoreStore, bank: Bank, clock: _Clock, name: str, pattern: tuple[int, ...]) -> None:
    student = store.add_student(name)
    for attempt, right_every in enumerate(pattern, start=1):
        session = QuizSession(
            [bank], mode="test", seed=attempt, selection=Selection(count=12), student=student.uuid, clock=clock
        )
        store.save(session.start())
        for number in itertools.count():
            question = session.current
            if question is None or session.state is not State.ASKING:
                break
            item = question.item
            if item.type == "evidence" or item.type == "short":
                response: object = item.correct_answer
            elif number % right_every == 0:
                response = list(item.answer) if item.type == "multiple" else item.correct_answer
            else:
                response = next((c for c in question.choices if c not in item.answer), item.correct_answer)
            store.save(session.answer(response).record)  # type: ignore[arg-type]
            if session.state is State.ANSWERED:
                session.next()
            if session.state is State.DONE:
                break
        store.save(session.finish().record)


def _grab(window: MainWindow, folder: Path, name: str) -> Path:
    app = QApplication.instance()
    for _ in range(3):
        app.processEvents()
    path = folder / f"{name}.png"
    window.grab().save(str(path))
    return path


def _grab_widget(widget, folder: Path, name: str) -> Path:
    widget.resize(*SIZE)
    widget.show()
    for _ in range(3):
        QApplication.instance().processEvents()
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    widget.close()
    return path


def _teacher_screens(window: MainWindow, folder: Path, bank: Bank) -> list[Path]:
    """Dashboard, item editor, worksheet preview and presenter mode (teacher mode unlocked)."""
    window.pin_asker = lambda new: "4826"
    window.library.select_path(bundled_banks_dir() / f"{SEED_BANK}.yaml")
    written = []
    board = window.open_dashboard()
    board.select_scope("bank", SEED_BANK)
    board.tabs.setCurrentIndex(1)
    written.append(_grab_widget(board, folder, "dashboard"))
    editor = window.open_editor()
    written.append(_grab_widget(editor, folder, "item-editor"))
    paper = window.open_paper()
    written.append(_grab_widget(paper, folder, "worksheet"))
    presenter = window.open_presenter()
    presenter.showNormal()
    presenter.reveal()
    written.append(_grab_widget(presenter, folder, "presenter"))
    settings = window.settings_dialog()  # with the Learning Record Store part, shown in teacher mode
    box = settings.lrs_box
    if box is not None:
        box.address.setText("https://lrs.school.example/xAPI/")
        box.user.setText("quizapp-desks")
        box.auto_send.setChecked(True)
    if settings.tabs is not None:
        settings.tabs.setCurrentWidget(box)
    settings.show()
    for _ in range(3):
        QApplication.instance().processEvents()
    settings.resize(settings.sizeHint())  # again, now that the wrapped notes know their width
    for _ in range(3):
        QApplication.instance().processEvents()
    path = folder / "settings-lrs.png"
    settings.grab().save(str(path))
    settings.reject()
    written.append(path)
    return written


def render_screenshots(folder: Path) -> list[Path]:
    """Write sign-in, library, setup, quiz, results, history and the teacher screens to `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as home:
        clock = _Clock()
        store = ScoreStore.open(Path(home) / "quizapp.db", clock=clock)
        library = BankLibrary([bundled_banks_dir()], bundled=bundled_banks_dir())
        library.reload_all()
        bank = next(b for b in library.usable() if b.id == SEED_BANK)
        _sample_history(store, bank, clock)
        clock.now += 2 * 86_400  # the screens are shown two days later: some skills are due for review
        context = AppContext(
            settings=Settings(data_folder=home), store=store, library=library, clock=clock, new_seed=lambda: 7
        )
        window = MainWindow(context)
        window.resize(*SIZE)
        window.show()
        written.append(_grab(window, folder, "signin"))
        context.student = store.students()[0]
        window.show_library()
        window.library.select_path(bundled_banks_dir() / f"{SEED_BANK}.yaml")
        written.append(_grab(window, folder, "library"))
        window.setup.set_banks([bank])
        window._go(window.setup)
        written.append(_grab(window, folder, "setup"))
        plan = QuizPlan(
            (bank,), "practice", Selection(skills=("quote-speaker", "anonymous-source"), count=4), None, True
        )
        window.start_quiz(plan)
        written.append(_grab(window, folder, "quiz"))
        question = window.quiz.session.current
        window.quiz.choose(question.choices.index(question.item.correct_answer))
        window.quiz.submit_or_next()
        written.append(_grab(window, folder, "quiz-feedback"))
        while window.stack.currentWidget() is window.quiz:
            session = window.quiz.session
            if session.state is State.ASKING:
                window.quiz.choose(0)
            window.quiz.submit_or_next()
        written.append(_grab(window, folder, "results"))
        window.show_history()
        written.append(_grab(window, folder, "history"))
        written.extend(_teacher_screens(window, folder, bank))
        window.close()
        store.close()
    return written
