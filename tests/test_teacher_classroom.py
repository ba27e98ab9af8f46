"""Classroom sessions end to end: one plan, the same items for every student, merging desks idempotently."""

from __future__ import annotations

import pytest
import store_helpers as h

from quizapp.errors import QuizappError
from quizapp.store import ScoreStore
from quizapp.teacher.classroom import quiz_for_session, session_settings
from quizapp.teacher.dashboard import Scope, build_dashboard

BANK = h.bank("big", tuple(h.item(f"q{n:02d}", skill="detail" if n % 2 else "number") for n in range(12)))


def test_session_settings_are_checked():
    settings = session_settings(mode="timed", count=4, skills=["detail"], time_limit_s=600)
    assert settings == {
        "mode": "timed",
        "selection": {"families": [], "skills": ["detail"], "difficulties": [], "count": 4, "only_missed": False},
        "time_limit_s": 600,
    }
    with pytest.raises(ValueError, match="not a valid Mode"):
        session_settings(mode="exam")
    with pytest.raises(ValueError, match="at least one question"):
        session_settings(count=0)


def test_every_student_gets_the_same_items(tmp_path):
    with ScoreStore.open(tmp_path / "scores.db") as store:
        settings = session_settings(count=5, skills=["detail"])
        store.create_classroom_session("Shuffled", None, ["big"], settings, 42, True)
        store.create_classroom_session("Fixed", None, ["big"], settings, 42, False)
        shuffled = store.classroom_session_plan("Shuffled")
        fixed = store.classroom_session_plan("Fixed")
    quizzes = [quiz_for_session(shuffled, [BANK], student=None, order_seed=seed) for seed in range(6)]
    item_sets = {frozenset(q.item.id for q in quiz.questions) for quiz in quizzes}
    assert len(item_sets) == 1 and len(next(iter(item_sets))) == 5
    assert all(BANK.item(i).skill == "detail" for i in next(iter(item_sets)))
    assert len({tuple(q.item.id for q in quiz.questions) for quiz in quizzes}) > 1
    assert all(quiz.classroom_session == shuffled.uuid for quiz in quizzes)
    plain = [quiz_for_session(fixed, [BANK], student=None, order_seed=seed) for seed in range(3)]
    assert len({quiz.questions for quiz in plain}) == 1  # no shuffle: the same order and choices for all
    assert {frozenset(q.item.id for q in plain[0].questions)} == item_sets
    assert plain[0].order_seed is None


def test_closed_sessions_and_missing_banks(tmp_path):
    with ScoreStore.open(tmp_path / "scores.db") as store:
        store.create_classroom_session("Lesson", None, ["big", "other"], session_settings(), 1, False)
        plan = store.classroom_session_plan("Lesson")
        with pytest.raises(QuizappError, match="other"):
            quiz_for_session(plan, [BANK], student=None)
        store.close_classroom_session("Lesson")
        with pytest.raises(QuizappError, match="closed"):
            quiz_for_session(store.classroom_session_plan("Lesson"), [BANK], student=None)


def test_desks_merge_into_one_dashboard_and_twice_adds_nothing(tmp_path):
    exports = []
    for desk, names in enumerate((("Ana", "Ben"), ("Cai",))):
        with ScoreStore.open(tmp_path / f"desk{desk}.db", clock=h.FakeClock(h.START + desk * 1000)) as store:
            store.add_class("7B")
            store.create_classroom_session("Lesson", "7B", ["big"], session_settings(count=4), 7, True)
            plan = store.classroom_session_plan("Lesson")
            for seed, name in enumerate(names):
                student = store.add_student(name)
                store.enrol("7B", student.uuid)
                h.play(store, quiz_for_session(plan, [BANK], student=student.uuid, order_seed=seed), "RRWR")
            exports.append(tmp_path / f"desk{desk}.json")
            store.export_desk(exports[-1])
    with ScoreStore.open(tmp_path / "teacher.db") as teacher:
        first = [teacher.merge(path) for path in exports]
        assert sum(report.added["attempts"] for report in first) == 3
        again = [teacher.merge(path) for path in exports]
        assert [report.total_added for report in again] == [0, 0]
        assert all("added nothing new" in report.summary() for report in again)
        board = build_dashboard(teacher, Scope("session", "Lesson"), [BANK])
        assert [row.name for row in board.students] == ["Ana", "Ben", "Cai"]
        assert all(row.last_percent == 75.0 for row in board.students)
        assert len(board.items) == 4 and all(row.answers == 3 for row in board.items)
