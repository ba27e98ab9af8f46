"""Per-class and per-session result tables, and the gradebook CSV."""

from __future__ import annotations

import csv

import pytest
import store_helpers as h

from quizapp.engine import QuizSession
from quizapp.store import GRADEBOOK_COLUMNS, RosterError, ScoreStore


@pytest.fixture
def clock():
    return h.FakeClock()


@pytest.fixture
def store(tmp_path, clock):
    """Class 7B (Ana, Ben) and 8C (Cai); session "Monday" for 7B; five quizzes of five questions."""
    with ScoreStore.open(tmp_path / "scores.db", clock=clock) as opened:
        students = {name: opened.add_student(name) for name in ("Ana", "Ben", "Cai")}
        opened.add_class("7B")
        opened.add_class("8C")
        for name, group in (("Ana", "7B"), ("Ben", "7B"), ("Cai", "8C")):
            opened.enrol(group, name)
        monday = opened.add_session("Monday", "7B")
        for name, pattern, session in (
            ("Ana", "RRRWW", None),
            ("Ana", "RRRRR", monday.uuid),
            ("Ben", "RWWWW", monday.uuid),
            ("Cai", "RRWWW", None),
        ):
            quiz = QuizSession(
                [h.bank()],
                mode="test",
                seed=1,
                student=students[name].uuid,
                classroom_session=session,
                clock=clock,
            )
            h.play(opened, quiz, pattern, clock)
        unfinished = QuizSession(
            [h.bank()], mode="test", seed=2, student=students["Ben"].uuid, classroom_session=monday.uuid, clock=clock
        )
        h.play_items(opened, unfinished, {}, clock, finish=False)
        yield opened


def test_class_results(store):
    ana, ben = store.class_results("7B")
    assert (ana.student, ana.attempts, ana.mean_percent, ana.best_percent, ana.last_percent) == ("Ana", 2, 80, 100, 100)
    assert (ben.student, ben.attempts, ben.mean_percent) == ("Ben", 1, 20)  # the unfinished attempt is left out
    (cai,) = store.class_results("8C")
    assert cai.last_percent == 40


def test_session_results(store):
    rows = store.session_results("monday")
    assert [(row.student, row.attempt.percent, row.attempt.finished) for row in rows] == [
        ("Ana", 100, True),
        ("Ben", 20, True),
        ("Ben", 100, False),
    ]


def test_gradebook_rows_and_filters(store):
    everything = store.gradebook()
    assert len(everything) == 5
    assert {row["class"] for row in everything} == {"7B", "8C"}
    assert [row["status"] for row in everything].count("unfinished") == 1
    only_8c = store.gradebook(class_key="8C")
    assert [(row["student"], row["score"], row["max_score"], row["percent"]) for row in only_8c] == [
        ("Cai", "2", "5", "40.0")
    ]
    monday = store.gradebook(session_key="Monday")
    assert [row["student"] for row in monday] == ["Ana", "Ben", "Ben"]
    assert {row["session"] for row in monday} == {"Monday"}
    assert store.gradebook(class_key="8C", session_key="Monday") == []
    with pytest.raises(RosterError, match="no class"):
        store.gradebook(class_key="9Z")


def test_gradebook_csv(store, tmp_path):
    target = tmp_path / "out" / "grades.csv"
    assert store.export_csv(target, class_key="7B") == 4
    with target.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == GRADEBOOK_COLUMNS
    assert [(row["student"], row["percent"], row["status"]) for row in rows] == [
        ("Ana", "60.0", "finished"),
        ("Ana", "100.0", "finished"),
        ("Ben", "20.0", "finished"),
        ("Ben", "100.0", "unfinished"),
    ]
    assert rows[0]["banks"] == "Bank bank-a"
    assert rows[0]["mode"] == "test"
