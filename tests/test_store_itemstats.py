"""Item statistics on hand-computed fixtures: facility, discrimination, flags, choice counts."""

from __future__ import annotations

import math

import pytest
import store_helpers as h

from quizapp.engine import QuizSession
from quizapp.store import ScoreStore


@pytest.fixture
def clock():
    return h.FakeClock()


@pytest.fixture
def store(tmp_path, clock):
    with ScoreStore.open(tmp_path / "scores.db", clock=clock) as opened:
        yield opened


def play_all(store, clock, bank, table):
    """One finished attempt per row of `table`: {student: {item: response}}."""
    for seed, (name, responses) in enumerate(table.items()):
        student = store.add_student(name)
        session = QuizSession([bank], mode="test", seed=seed, student=student.uuid, clock=clock)
        h.play_items(store, session, responses, clock)


# Scores (1 = right):    i1 i2 i3 i4   total
#   A                    1  1  1  1    4
#   B                    1  0  1  1    3
#   C                    0  1  0  1    2
#   D                    0  0  0  1    1
FOUR_STUDENTS = {
    "A": {"i1": "R", "i2": "R", "i3": "R", "i4": "R"},
    "B": {"i1": "R", "i2": "W", "i3": "R", "i4": "R"},
    "C": {"i1": "Rome", "i2": "R", "i3": "W", "i4": "R"},
    "D": {"i1": "Oslo", "i2": "W", "i3": "W", "i4": "R"},
}


@pytest.fixture
def stats(store, clock):
    bank = h.bank("stats", tuple(h.item(f"i{n}") for n in range(1, 5)))
    play_all(store, clock, bank, FOUR_STUDENTS)
    return {s.item: s for s in store.item_statistics("stats")}


def test_facility_index(stats):
    assert [stats[i].facility for i in ("i1", "i2", "i3", "i4")] == [0.5, 0.5, 0.5, 1.0]
    assert all(s.attempts == 4 for s in stats.values())
    # i1 scores 1, 1, 0, 0: squared deviations from 0.5 sum to 1, over n − 1 = 3
    assert stats["i1"].sd == pytest.approx(math.sqrt(1 / 3))
    assert stats["i4"].sd == 0


def test_discrimination_index(stats):
    # i1: x = 1, 1, 0, 0 and rest = total − x = 3, 2, 2, 1.
    # cov = (0.5·1 + 0.5·0 − 0.5·0 − 0.5·−1) / 4 = 0.25; var x = 0.25; var rest = 0.5
    # r = 0.25 / √(0.25 · 0.5) = 0.7071
    assert stats["i1"].discrimination == pytest.approx(1 / math.sqrt(2))
    assert stats["i3"].discrimination == pytest.approx(1 / math.sqrt(2))
    assert stats["i1"].discriminates
    assert stats["i1"].flag is None
    # i2: x = 1, 0, 1, 0 and rest = 3, 3, 1, 1: cov = 0, so r = 0
    assert stats["i2"].discrimination == pytest.approx(0)
    assert not stats["i2"].discriminates
    assert "weak" in stats["i2"].flag
    # i4: everyone right, no variance: undefined
    assert stats["i4"].discrimination is None
    assert "everyone scored the same" in stats["i4"].flag


def test_choice_counts(stats):
    counts = {c.text: (c.count, c.right) for c in stats["i1"].choices}
    assert counts == {"Paris": (2, True), "Rome": (1, False), "Oslo": (1, False)}
    assert [c.text for c in stats["i1"].choices] == ["Paris", "Rome", "Oslo"]  # in bank order


def test_negative_and_undefined_discrimination(store, clock):
    bank = h.bank("neg", (h.item("j1"), h.item("j2")))
    play_all(store, clock, bank, {"A": {"j1": "W"}, "B": {"j2": "W"}, "C": {"j1": "W"}})
    stats = {s.item: s for s in store.item_statistics("neg")}
    # j1: x = 0, 1, 0 against rest = 1, 0, 1: r = −1
    assert stats["j1"].discrimination == pytest.approx(-1)
    assert "negative" in stats["j1"].flag
    assert "check the answer key" in stats["j1"].flag


def test_rest_of_quiz_without_variance(store, clock):
    bank = h.bank("flat", (h.item("k1"), h.item("k2")))
    play_all(store, clock, bank, {"A": {"k1": "W"}, "B": {}})
    stats = {s.item: s for s in store.item_statistics("flat")}
    assert stats["k1"].discrimination is None
    assert "rest of the quiz scored the same" in stats["k1"].flag


def test_a_single_attempt_is_too_few(store, clock):
    play_all(store, clock, h.bank("one", (h.item("x1"), h.item("x2"))), {"A": {}})
    (first, _) = store.item_statistics("one")
    assert first.discrimination is None
    assert "only 1 finished attempt" in first.flag


def test_partial_credit_skips_and_unfinished_attempts(store, clock):
    bank = h.bank("mix", (h.item("m", "multiple"), h.item("s"), h.item("k", "short")))
    play_all(
        store,
        clock,
        bank,
        {"A": {"m": ["A"], "k": "reuters"}, "B": {"m": ["A", "B"], "s": None, "k": "AP"}, "C": {"m": ["C"]}},
    )
    unfinished = QuizSession([bank], mode="test", seed=1, student=store.add_student("D").uuid, clock=clock)
    h.play_items(store, unfinished, {}, clock, finish=False)  # not counted: never finished
    stats = {s.item: s for s in store.item_statistics("mix")}
    assert stats["m"].facility == pytest.approx((0.5 + 1 + 0) / 3)
    assert stats["m"].attempts == 3
    assert stats["s"].skipped == 1
    assert stats["s"].facility == pytest.approx(2 / 3)
    assert {c.text: c.count for c in stats["m"].choices} == {"A": 2, "B": 1, "C": 1, "D": 0}
    typed = [(c.text, c.count, c.right) for c in stats["k"].choices]
    assert typed == [("AP", 1, False), ("Reuters", 1, True), ("reuters", 1, True)]


def test_a_bank_without_answers_has_no_statistics(store):
    assert store.item_statistics("nothing") == []
