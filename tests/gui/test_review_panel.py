"""The library's "Today's review" panel: due skills in words, one button to a mixed review quiz, all caught up."""

from __future__ import annotations

import store_helpers as h
from PySide6.QtCore import Qt

from quizapp.engine import QuizSession
from quizapp.review import DAILY_SKILLS

DAY = 86_400


def _answered_days_ago(context, clock, days: int, pattern: str):
    """A student who answered a quiz on the seed bank `days` ago (R right, W wrong)."""
    student = context.store.add_student("Ada Lovelace")
    bank = next(b for b in context.library.usable() if b.id == "niger-russian-military-trainers")
    clock.advance(-days * DAY)
    quiz = QuizSession([bank], mode="test", seed=3, student=student.uuid, clock=clock)
    h.play(context.store, quiz, pattern[: len(quiz.questions)], None)
    clock.advance(days * DAY)
    return student, {q.item.skill for q in quiz.questions}


def _sign_in(window) -> None:
    window.signin.refresh()
    window.signin.sign_in.click()


def test_a_guest_sees_no_review_panel(window) -> None:
    window.signin.guest.click()
    assert window.stack.currentWidget() is window.library
    assert not window.library.review.isVisible()


def test_due_skills_are_listed_in_words_and_start_a_mixed_review(qtbot, window, context, clock) -> None:
    _student, practised = _answered_days_ago(context, clock, 5, "W" * 40)
    _sign_in(window)
    panel = window.library.review
    assert panel.isVisible() and panel.start.isVisible() and not panel.anyway.isVisible()
    text = panel.summary.text()
    assert text.startswith("Due today: ") and "(mastery: not yet)" in text
    assert text.count("(mastery:") <= 4  # a short line; the rest are counted
    due = panel.review_skills(anyway=False)
    assert 0 < len(due) <= DAILY_SKILLS and set(due) <= practised
    assert panel.start.text() == f"&Start review ({len(due)} skill{'' if len(due) == 1 else 's'})"
    assert panel.start.accessibleName() == "Start the review quiz"
    panel.start.setFocus()
    qtbot.keyClick(panel.start, Qt.Key.Key_Space)  # keyboard only
    assert window.stack.currentWidget() is window.quiz
    session = window.quiz.session
    assert session.mode == "practice"
    assert {q.item.skill for q in session.questions} <= set(due)
    assert len({q.bank_id for q in session.questions}) > 1  # drawn across banks
    asked_before = set(context.store.review_history(_student.uuid)[0])
    for question in session.questions:  # an item seen before only when no unseen item of its skill is left
        if question.key in asked_before:
            unseen = [
                (bank.id, item.id)
                for bank in context.library.usable()
                for item in bank.items
                if item.skill == question.item.skill and (bank.id, item.id) not in asked_before
            ]
            assert set(unseen) <= {q.key for q in session.questions}


def test_all_caught_up_says_when_and_offers_to_practise_anyway(window, context, clock) -> None:
    _answered_days_ago(context, clock, 0, "R" * 40)
    _sign_in(window)
    panel = window.library.review
    assert not panel.start.isVisible() and panel.anyway.isVisible()
    assert panel.summary.text().startswith("All caught up — next review on 2026-11-")
    panel.anyway.click()
    assert window.stack.currentWidget() is window.quiz
    assert window.quiz.session.questions


def test_a_new_student_is_told_what_the_panel_is_for(window, context) -> None:
    context.store.add_student("Bo Chen")
    _sign_in(window)
    panel = window.library.review
    assert panel.summary.text().startswith("Nothing to review yet")
    assert panel.anyway.isVisible()
