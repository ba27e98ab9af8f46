"""A whole quiz by keyboard alone, in practice and in test mode; answers end up in the database."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar

from quizapp.banks.skills import SKILLS
from quizapp.engine import State

from .conftest import tour_copy


def _sign_in_by_keyboard(qtbot, window, name: str) -> None:
    page = window.signin
    page.name.setFocus()
    qtbot.keyClicks(page.name, name)
    qtbot.keyClick(page.name, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.library


def _open_setup_on(qtbot, window, bank_path) -> None:
    window.library.select_path(bank_path)
    window.library.table.setFocus()
    qtbot.keyClick(window.library.table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.setup


def _setup_as(qtbot, window, user_folder, name: str | None = None):
    """The tour bank in the user's folder, a student signed in (by keyboard; a guest without a name) and the
    setup screen open on the tour; returns the bank's path."""
    bank_path = tour_copy(user_folder)
    window.reload_library()
    if name:
        _sign_in_by_keyboard(qtbot, window, name)
    else:
        window.signin.guest.click()
    _open_setup_on(qtbot, window, bank_path)
    return bank_path


def _answer_by_keyboard(qtbot, window, right: bool) -> None:
    """Answer the current question with keys only (right or wrong on purpose)."""
    quiz = window.quiz
    question = quiz.session.current
    item = question.item
    if item.type == "short":
        qtbot.keyClicks(quiz.short_answer, item.correct_answer if right else "no idea")
        qtbot.keyClick(quiz.short_answer, Qt.Key.Key_Return)
        return
    if item.type == "evidence":
        article = quiz.article
        assert article.hasFocus()
        target = item.correct_answer if right else article.sentences()[0]
        for _ in range(len(article.sentences())):
            qtbot.keyClick(article, Qt.Key.Key_Down)
            if article.selected_sentence() == target:
                break
        qtbot.keyClick(article, Qt.Key.Key_Return)
        return
    if right:
        indexes = [question.choices.index(a) for a in item.answer]
    else:
        indexes = [next(i for i, c in enumerate(question.choices) if c not in item.answer)]
    for index in indexes:
        qtbot.keyClick(quiz, str(index + 1))
    qtbot.keyClick(quiz, Qt.Key.Key_Return)


def _take_quiz(qtbot, window, mode_index: int, right_pattern) -> None:
    setup = window.setup
    setup.modes.buttons()[mode_index].setChecked(True)
    qtbot.keyClick(setup, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.quiz
    number = 0
    practice = mode_index == 0
    while window.stack.currentWidget() is window.quiz:
        assert window.quiz.focusWidget() not in (window.quiz.end, window.quiz.skip)  # Enter must not end the quiz
        _answer_by_keyboard(qtbot, window, right_pattern(number))
        if practice:  # one Enter checks the answer and shows the feedback; the next goes on
            assert window.quiz.session.state is State.ANSWERED
            assert window.quiz.feedback.isVisible()
            qtbot.keyClick(window.quiz, Qt.Key.Key_Return)
        number += 1
    assert window.stack.currentWidget() is window.results


def test_practice_quiz_by_keyboard(qtbot, window, context, user_folder):
    _setup_as(qtbot, window, user_folder, "Ana Ruiz")
    _take_quiz(qtbot, window, 0, lambda n: True)
    result = window.results.result
    assert result.questions == 5
    assert result.score == 5
    student = context.store.students()[0]
    (attempt,) = context.store.history(student.uuid)
    assert (attempt.mode, attempt.score, attempt.max_score) == ("practice", 5.0, 5.0)
    answers = context.store.attempt_answers(attempt.uuid)
    assert len(answers) == 5
    assert all(a.correct for a in answers)
    assert "5 of 5" in window.results.score.text()


def test_test_mode_quiz_by_keyboard_gives_no_feedback(qtbot, window, context, user_folder):
    _setup_as(qtbot, window, user_folder, "Bo Chen")
    _take_quiz(qtbot, window, 1, lambda n: n % 2 == 0)
    result = window.results.result
    assert result.questions == 5
    assert result.score == 3
    student = context.store.students()[0]
    (attempt,) = context.store.history(student.uuid)
    answers = context.store.attempt_answers(attempt.uuid)
    assert [a.correct for a in sorted(answers, key=lambda a: a.position)] == [True, False, True, False, True]
    assert window.results.retry.isEnabled()


def test_retry_the_missed_ones(qtbot, window, user_folder):
    _setup_as(qtbot, window, user_folder, "Cy Dee")
    _take_quiz(qtbot, window, 1, lambda n: n == 0)
    qtbot.mouseClick(window.results.retry, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.quiz
    assert len(window.quiz.session.questions) == 4


def _evidence_quiz(qtbot, window, user_folder):
    _setup_as(qtbot, window, user_folder)
    for slug, box in window.setup.skill_boxes.items():
        box.setChecked(slug == "anonymous-source")
    window.setup.modes.buttons()[0].setChecked(True)
    qtbot.keyClick(window.setup, Qt.Key.Key_Return)
    question = window.quiz.session.current
    assert question.item.type == "evidence"
    return question


def test_evidence_item_answered_by_clicking_a_sentence(qtbot, window, context, user_folder):
    question = _evidence_quiz(qtbot, window, user_folder)
    article = window.quiz.article
    cursor = article.document().find(question.item.correct_answer[:40])
    assert not cursor.isNull()
    point = article.cursorRect(cursor).center()
    article.ensureCursorVisible()
    point = article.cursorRect(cursor).center()
    qtbot.mouseClick(article.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: article.selected_sentence() is not None, timeout=2000)
    assert window.quiz.session.state is State.ASKING  # a click selects; the student confirms
    assert "Selected:" in window.quiz.evidence_hint.text()
    qtbot.mouseClick(window.quiz.submit, Qt.MouseButton.LeftButton)
    assert window.quiz.session.state is State.ANSWERED
    record = window.quiz.session.answers[-1]
    assert record.correct
    assert window.quiz.feedback.isVisible()
    assert not window.quiz.evidence_hint.isVisible()  # "Selected: … Press Enter" is gone
    assert list(article.marks().values()) == ["right"]


def test_timed_quiz_runs_out(qtbot, window, clock, user_folder):
    _setup_as(qtbot, window, user_folder)
    window.setup.modes.buttons()[2].setChecked(True)
    window.setup.minutes.setValue(2)
    qtbot.keyClick(window.setup, Qt.Key.Key_Return)
    assert window.quiz.timer_label.isVisible()
    clock.advance(121)
    with qtbot.waitSignal(window.quiz.finished, timeout=3000) as finished:
        pass
    result = finished.args[0]
    assert result.timed_out
    assert window.stack.currentWidget() is window.results
    assert "Time ran out" in window.results.score.text()


def test_answers_kept_in_memory_and_saved_later_when_the_disk_fails(qtbot, window, context, user_folder):
    from quizapp.store.errors import StoreError

    _setup_as(qtbot, window, user_folder, "Di Evans")
    real_save = context.store.save
    failing = {"on": True}

    def flaky_save(record):
        if failing["on"]:
            raise StoreError(context.store.path, "disk is full")
        real_save(record)

    context.store.save = flaky_save
    window.setup.modes.buttons()[1].setChecked(True)
    qtbot.keyClick(window.setup, Qt.Key.Key_Return)
    _answer_by_keyboard(qtbot, window, True)
    assert "Not saved yet" in window.status.text()
    assert len(context.pending.waiting) == 2  # the attempt and the first answer
    failing["on"] = False
    _answer_by_keyboard(qtbot, window, True)
    assert window.status.text() == ""
    assert context.pending.waiting == ()
    student = context.store.students()[0]
    (attempt,) = context.store.history(student.uuid)
    assert len(context.store.attempt_answers(attempt.uuid)) == 2


def test_a_wrong_sentence_is_marked_and_the_sentence_is_quoted_once(qtbot, window, user_folder):
    question = _evidence_quiz(qtbot, window, user_folder)
    quiz = window.quiz
    article = quiz.article
    wrong = next(s for s in article.sentences() if s != question.item.correct_answer)
    article.select_sentence(wrong)
    qtbot.keyClick(article, Qt.Key.Key_Return)
    assert quiz.session.state is State.ANSWERED
    marks = article.marks()
    assert marks[wrong] == "wrong" and list(marks.values()).count("right") == 1
    feedback = quiz.feedback.text()
    right = question.item.correct_answer
    assert feedback.count(html.escape(right[:30])) <= 1  # not quoted again and again
    assert "““" not in feedback and "””" not in feedback and '“"' not in feedback


def test_tab_leaves_the_article_at_once_and_follows_the_buttons(qtbot, window, user_folder):
    _setup_as(qtbot, window, user_folder)
    for slug, box in window.setup.skill_boxes.items():
        box.setChecked(slug != "anonymous-source")
    window.setup.modes.buttons()[0].setChecked(True)
    qtbot.keyClick(window.setup, Qt.Key.Key_Return)
    quiz = window.quiz
    quiz.window().activateWindow()
    qtbot.waitUntil(lambda: quiz.window().isActiveWindow())
    while quiz.session.current.item.type not in ("single", "true_false"):
        quiz._skip()
    buttons = list(quiz._buttons)
    buttons[0].setFocus()
    qtbot.keyClick(buttons[0], Qt.Key.Key_Down)  # the choices are one group: arrows move inside it
    assert QApplication.focusWidget() is buttons[1]
    seen = []
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    order = [w for w in (quiz.confidence, quiz.submit, quiz.skip, quiz.end, quiz.article) if w.isVisible()]
    assert [w.accessibleName() for w in seen[: len(order)]] == [w.accessibleName() for w in order]
    assert seen[len(order)] is not quiz.article  # one tab stop: the next Tab leaves the article


def _answered_wrong(qtbot, window, user_folder):
    """A practice quiz on the tour, its first one-answer question answered wrong by keyboard (the feedback
    shows); returns (the quiz page, the question, the wrong choice's index)."""
    _setup_as(qtbot, window, user_folder)
    window.setup.modes.buttons()[0].setChecked(True)
    qtbot.keyClick(window.setup, Qt.Key.Key_Return)
    quiz = window.quiz
    while quiz.session.current.item.type not in ("single", "true_false"):
        quiz._skip()
    question = quiz.session.current
    wrong = next(i for i, c in enumerate(question.choices) if c not in question.item.answer)
    qtbot.keyClick(quiz, str(wrong + 1))
    qtbot.keyClick(quiz, Qt.Key.Key_Return)
    return quiz, question, wrong


def test_marks_are_in_colour_with_words_and_names(qtbot, window, user_folder):
    quiz, question, wrong = _answered_wrong(qtbot, window, user_folder)
    right = question.choices.index(question.item.correct_answer)
    picked, key = quiz._buttons[wrong], quiz._buttons[right]
    assert picked.isEnabled() and key.isEnabled()  # not the faint grey of disabled buttons
    assert picked.accessibleName().endswith("your answer, wrong") and "✘" in picked.text()
    assert key.accessibleName().endswith("right answer") and "✔" in key.text()
    assert "#2e7d32" in key.styleSheet() and "#c62828" in picked.styleSheet()
    qtbot.keyClick(quiz, str(right + 1))  # no changing the answer after the feedback
    assert picked.isChecked() and not key.isChecked()


def test_a_new_quiz_starts_at_the_top_of_the_article(qtbot, window, user_folder):
    bank_path = _setup_as(qtbot, window, user_folder)
    qtbot.keyClick(window.setup, Qt.Key.Key_Return)
    window.quiz.article.setFixedHeight(150)  # short enough that the tour's article scrolls
    bar = window.quiz.article.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    window.quiz.confirm_finish = lambda left: True
    window.quiz.end.click()
    window.show_library()
    _open_setup_on(qtbot, window, bank_path)
    qtbot.keyClick(window.setup, Qt.Key.Key_Return)
    assert bar.value() == 0


def test_finish_asks_while_questions_are_unanswered(qtbot, window, user_folder):
    _setup_as(qtbot, window, user_folder)
    qtbot.keyClick(window.setup, Qt.Key.Key_Return)
    asked = []
    window.quiz.confirm_finish = lambda left: asked.append(left) or False
    window.quiz.end.click()
    assert asked == [len(window.quiz.session.questions)]
    assert window.stack.currentWidget() is window.quiz  # "No" keeps the quiz going
    assert "&F" not in window.quiz.end.text()  # Alt+F belongs to the File menu


def test_results_lead_with_what_to_do_next_and_show_every_skill(qtbot, window, user_folder):
    _setup_as(qtbot, window, user_folder)
    _take_quiz(qtbot, window, 1, lambda n: n % 2 == 1)  # first wrong, then right, ...
    results = window.results
    assert "Skills to practise:" in results.next_steps.text()
    assert results.retry.isDefault() and results.retry.hasFocus()
    bars = results.skills_box.findChildren(QProgressBar)
    assert bars and any(bar.value() == 0 for bar in bars)
    for bar in bars:  # a 0 % bar still says 0 %, and the full skill name is there
        assert bar.text() == f"{bar.value()}%"
        assert bar.accessibleName().endswith(f": {bar.value()}%")
    names = [
        label.text() for label in results.skills_box.findChildren(QLabel) if label.accessibleName().startswith("Skill:")
    ]
    assert all(name in [s.title for s in SKILLS.values()] for name in names)
    assert "(s)" not in results.score.text()
    assert results.review.height() > results.skills_box.height()  # the explanations get the room


def test_results_of_a_quiz_without_answers_say_what_to_do(qtbot, window, user_folder):
    _setup_as(qtbot, window, user_folder)
    qtbot.keyClick(window.setup, Qt.Key.Key_Return)
    window.quiz.confirm_finish = lambda left: True
    window.quiz.end.click()
    results = window.results
    assert "without answering any question" in results.next_steps.text()
    assert not results.skills_box.isVisible()
    assert "Brier" not in results.calibration.text()


def test_history_after_one_attempt(qtbot, window, user_folder):
    bank_path = tour_copy(user_folder)
    window.reload_library()
    _sign_in_by_keyboard(qtbot, window, "Eve Fox")
    window.show_history()
    assert "No attempts yet" in window.history.heading.text()
    window.show_library()
    _open_setup_on(qtbot, window, bank_path)
    _take_quiz(qtbot, window, 1, lambda n: True)  # all right
    window.show_history()
    history = window.history
    assert not history.chart.isVisible()  # one point is no trend
    assert "One attempt so far (100%)" in history.trend_note.text()
    text = history.weakest.text()
    assert "None:" in text and "100%" not in text and "(1 answers)" not in text


def test_evidence_is_highlighted_in_the_article_after_an_answer(qtbot, window, user_folder):
    from quizapp.ui.theme import HIGHLIGHT_DARK, HIGHLIGHT_LIGHT

    _setup_as(qtbot, window, user_folder)
    qtbot.keyClick(window.setup, Qt.Key.Key_Return)
    quiz = window.quiz
    while quiz.session.current.item.type not in ("single", "true_false") or not quiz.session.current.item.evidence:
        quiz._skip()
    quiz.choose(0)
    quiz.submit_or_next()
    page = quiz.article.toHtml().lower()
    assert HIGHLIGHT_LIGHT in page or HIGHLIGHT_DARK in page


def test_cards_kept_for_the_next_question_come_in_letter_order_and_without_marks(qtbot, window, user_folder):
    quiz, _, _ = _answered_wrong(qtbot, window, user_folder)  # the picked card is marked wrong, the key right
    marked = list(quiz._buttons)
    for choices, multiple in ((("w", "x", "y", "z"), False), (("p", "q"), False), (("a", "b", "c"), False),
                              (("m", "n", "o"), True), (("r", "s", "t", "u", "v"), False)):  # fmt: skip
        quiz._clear_choices()
        quiz._build_choices(choices, multiple)
        cards = quiz._buttons
        shown = [b for b in quiz.choices_box.findChildren(type(cards[0])) if b.isVisibleTo(quiz)]
        assert sorted(shown, key=quiz.choices_layout.indexOf) == cards  # top to bottom: A, B, C …
        assert [b.text().split(".")[0] for b in cards] == list("ABCDE"[: len(choices)])
        assert [b.property("choice") for b in cards] == list(choices)
        for card in cards:
            assert not card.isChecked() and not card.styleSheet() and "✘" not in card.text()
            assert not card.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            assert card.focusPolicy() == Qt.FocusPolicy.StrongFocus
            assert card.isEnabled() and card.accessibleName().startswith("Choice ")
    assert set(marked) <= {b for spare in quiz._spare.values() for b in spare} | set(quiz._buttons)  # reused
    qtbot.mouseClick(quiz._buttons[1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(quiz._buttons[3], Qt.MouseButton.LeftButton)
    assert quiz._response() == "u"  # one choice at a time again
