"""Recording quizzes, the roster, and a student's history, trend, mastery and missed items."""

from __future__ import annotations

import json
import sqlite3

import pytest
import store_helpers as h

from quizapp.engine import QuizSession, Selection
from quizapp.store import RecordingError, RosterError, ScoreStore


@pytest.fixture
def clock():
    return h.FakeClock()


@pytest.fixture
def store(tmp_path, clock):
    with ScoreStore.open(tmp_path / "scores.db", clock=clock) as opened:
        yield opened


def quiz(student, clock, banks=None, **kwargs):
    kwargs.setdefault("mode", "test")
    kwargs.setdefault("seed", 5)
    return QuizSession(banks or [h.bank()], student=student.uuid, clock=clock, **kwargs)


def test_roster(store):
    ana = store.add_student("  Ana   Lima ")
    assert (ana.name, ana.login) == ("Ana Lima", "ana lima")
    assert store.student("ANA LIMA") == ana
    assert store.student(ana.uuid) == ana
    with pytest.raises(RosterError, match="already a student"):
        store.add_student("ana lima")
    ben = store.add_student("Ben", login="b.smith")
    group = store.add_class("7B")
    with pytest.raises(RosterError, match="already a class"):
        store.add_class("7b")
    store.enrol("7b", "ana lima")
    store.enrol(group.uuid, ana.uuid)  # twice is harmless
    store.enrol("7B", "B.Smith")
    assert store.members("7B") == [ana, ben]
    session = store.add_session("Monday test", "7B")
    assert store.classroom_session("monday test") == session
    assert session.class_uuid == group.uuid
    with pytest.raises(RosterError, match="no class"):
        store.enrol("8C", "ana lima")
    with pytest.raises(RosterError, match="no student"):
        store.history("nobody")


def test_a_whole_quiz_is_recorded(store, clock):
    ana = store.add_student("Ana")
    session = store.add_session("Lesson 1")
    played = quiz(ana, clock, classroom_session=session.uuid)
    h.play(store, played, "RWS", clock)
    (attempt,) = store.db.query("SELECT * FROM attempts")
    assert attempt["uuid"] == played.attempt_id
    assert attempt["student"] == ana.uuid
    assert attempt["session"] == session.uuid
    assert (attempt["mode"], attempt["seed"]) == ("test", 5)
    assert json.loads(attempt["settings"])["questions"] == [list(q.key) for q in played.questions]
    (bank_ref,) = json.loads(attempt["banks"])
    assert bank_ref["id"] == "bank-a"
    assert len(bank_ref["hash"]) == 64
    assert (attempt["score"], attempt["max_score"], attempt["timed_out"]) == (1.0, 5.0, 0)
    assert attempt["started_at"] < attempt["ended_at"]
    answers = list(store.db.query("SELECT * FROM answers ORDER BY position"))
    assert [a["correct"] for a in answers] == [1, 0, 0]
    assert [a["skipped"] for a in answers] == [0, 0, 1]
    assert answers[2]["response"] is None
    assert json.loads(answers[0]["response"]) == [played.questions[0].item.answer[0]]
    assert [a["elapsed_ms"] for a in answers] == [3000, 3000, 3000]
    assert all(a["student"] == ana.uuid for a in answers)
    summary = store.history("ana")[0]
    assert (summary.score, summary.max_score, summary.percent, summary.finished) == (1, 5, 20, True)
    assert summary.banks == ("Bank bank-a",)


def test_each_answer_is_committed_when_saved(store, clock, tmp_path):
    ana = store.add_student("Ana")
    played = quiz(ana, clock)
    store.save(played.start())
    record = played.answer(h.right_answer(played.current)).record
    store.save(record)
    with sqlite3.connect(tmp_path / "scores.db") as other:  # another connection sees it at once
        assert other.execute("SELECT uuid FROM answers").fetchall() == [(record.uuid,)]
    other.close()
    store.save(record)  # saving again changes nothing
    assert store.db.conn.execute("SELECT COUNT(*) FROM answers").fetchone()[0] == 1
    summary = store.history("ana")[0]
    assert not summary.finished
    assert (summary.score, summary.max_score) == (1, 5)  # the score so far, out of the planned questions


def test_records_for_unknown_students_or_attempts_are_refused(store, clock):
    ghost = h.bank()
    played = QuizSession([ghost], mode="test", seed=1, student="no-such-student", clock=clock)
    with pytest.raises(RecordingError, match="no student"):
        store.save(played.start())
    anonymous = QuizSession([ghost], mode="test", seed=1, clock=clock)
    anonymous.start()
    with pytest.raises(RecordingError, match="never started"):
        store.save(anonymous.answer("Paris").record)
    with pytest.raises(TypeError):
        store.save("an answer")


def test_history_stays_readable_after_the_item_is_edited(store, clock):
    ana = store.add_student("Ana")
    original = h.item("q1", prompt="Who wrote it?", choices=("AP", "AFP"), answer=("AP",))
    first = quiz(ana, clock, banks=[h.bank("b", (original,))])
    h.play(store, first, "R", clock)
    edited = original.with_changes(prompt="Which agency wrote it?", choices=("AP", "AFP", "Reuters"))
    second = quiz(ana, clock, banks=[h.bank("b", (edited,))], seed=9)
    h.play(store, second, "W", clock)
    old, new = (store.attempt_answers(a.uuid)[0] for a in store.history("ana"))
    assert (old.prompt, old.choices, old.response, old.correct) == ("Who wrote it?", ("AP", "AFP"), ("AP",), True)
    assert new.prompt == "Which agency wrote it?"
    assert new.choices == ("AP", "AFP", "Reuters")
    assert not new.correct
    assert store.db.conn.execute("SELECT COUNT(*) FROM item_snapshots").fetchone()[0] == 2


def test_trend_over_finished_attempts(store, clock):
    ana = store.add_student("Ana")
    for seed, pattern in enumerate(["RWWWW", "RRWWW", "RRWWW", "RRRRW"]):
        h.play(store, quiz(ana, clock, seed=seed), pattern, clock)
    unfinished = quiz(ana, clock, seed=99)
    store.save(unfinished.start())
    trend = store.trend("ana")
    assert [percent for _, percent in trend.points] == [20, 40, 40, 80]
    # x = 0..3, x̄ = 1.5, ȳ = 45: Σ(x−x̄)(y−ȳ) = 37.5 + 2.5 − 2.5 + 52.5 = 90; Σ(x−x̄)² = 5
    assert trend.slope == pytest.approx(18)
    assert trend.direction == "improving"
    assert len(store.history("ana")) == 5


def test_trend_needs_two_attempts(store, clock):
    ana = store.add_student("Ana")
    assert store.trend("ana").direction == "not enough attempts yet"
    h.play(store, quiz(ana, clock), "RRRRR", clock)
    h.play(store, quiz(ana, clock), "RRRRR", clock)
    assert (store.trend("ana").slope, store.trend("ana").direction) == (0, "steady")


def two_skill_bank():
    return h.bank("m", (h.item("d1", skill="detail"), h.item("n1", skill="number")))


def test_mastery_weighs_recent_answers_more(store, clock):
    ana = store.add_student("Ana")
    for seed, responses in enumerate(
        [{"d1": "W", "n1": "R"}, {"d1": "R", "n1": "R"}, {"d1": "R", "n1": "W"}, {"d1": None, "n1": "R"}]
    ):
        h.play_items(store, quiz(ana, clock, banks=[two_skill_bank()], seed=seed), responses, clock)
    # Newest first, skips left out: detail 1, 1, 0; number 1, 0, 1, 1.
    mastery = {m.skill: m for m in store.mastery("ana", decay=0.5)}
    assert mastery["detail"].mastery == pytest.approx((1 + 0.5 + 0) / (1 + 0.5 + 0.25))
    assert mastery["number"].mastery == pytest.approx((1 + 0 + 0.25 + 0.125) / (1 + 0.5 + 0.25 + 0.125))
    assert (mastery["detail"].answers, mastery["number"].answers) == (3, 4)
    default = {m.skill: m.mastery for m in store.mastery("ana")}
    assert default["detail"] == pytest.approx(1.8 / 2.44)
    window = {m.skill: m.mastery for m in store.mastery("ana", decay=0.5, window=2)}
    assert window == pytest.approx({"detail": 1.0, "number": 1 / 1.5})


def test_partial_credit_counts_in_mastery(store, clock):
    ana = store.add_student("Ana")
    banks = [h.bank("p", (h.item("m1", "multiple", skill="hedge"),))]
    h.play_items(store, quiz(ana, clock, banks=banks), {"m1": ["A"]}, clock)
    assert store.mastery("ana")[0].mastery == pytest.approx(0.5)


def test_missed_items_feed_an_only_missed_quiz(store, clock):
    ana = store.add_student("Ana")
    bank = h.bank()
    h.play_items(store, quiz(ana, clock, banks=[bank]), {"q1": "W", "q2": None, "q3": "W"}, clock)
    h.play_items(store, quiz(ana, clock, banks=[bank], seed=8), {"q1": "W", "q2": None, "q3": "R", "q4": "W"}, clock)
    missed = store.missed_items("ana")
    assert missed == {("bank-a", "q1"), ("bank-a", "q2"), ("bank-a", "q4")}
    retry = quiz(ana, clock, banks=[bank], selection=Selection(only_missed=True), missed=missed)
    assert {q.item.id for q in retry.questions} == {"q1", "q2", "q4"}
