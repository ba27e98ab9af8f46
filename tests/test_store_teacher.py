"""Store additions for the teacher tools: the PIN hash, classroom session plans, scoped results, migration."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import store_helpers as h
from sqlite_utils import Database

from quizapp.engine import QuizSession
from quizapp.store import SCHEMA_VERSION, RosterError, ScoreStore
from quizapp.store.schema import APPLICATION_ID, MIGRATIONS


@pytest.fixture
def clock():
    return h.FakeClock()


@pytest.fixture
def store(tmp_path, clock):
    with ScoreStore.open(tmp_path / "scores.db", clock=clock, new_id=h.counter_ids()) as opened:
        yield opened


SETTINGS = {"mode": "test", "selection": {"count": 3, "skills": ["detail"]}, "time_limit_s": None}


def test_teacher_pin_hash_is_stored_set_and_cleared(store):
    assert store.teacher_pin_hash() is None
    store.set_teacher_pin_hash("scrypt$1$2$3$abc$def")
    assert store.teacher_pin_hash() == "scrypt$1$2$3$abc$def"
    store.set_teacher_pin_hash("scrypt$1$2$3$xyz$uvw")
    assert store.teacher_pin_hash() == "scrypt$1$2$3$xyz$uvw"
    store.clear_teacher_pin()
    assert store.teacher_pin_hash() is None
    store.clear_teacher_pin()  # clearing twice is harmless


def test_desk_exports_never_carry_the_pin(store, tmp_path):
    store.set_teacher_pin_hash("scrypt$16384$8$1$c2FsdA==$aGFzaA==")
    store.export_desk(tmp_path / "desk.json")
    assert "scrypt" not in (tmp_path / "desk.json").read_text(encoding="utf-8")


def test_classroom_session_plan_round_trips(store):
    store.add_class("7B")
    created = store.create_classroom_session("  Monday   test ", "7b", ["bank-a", "bank-b"], SETTINGS, 1234, True)
    assert created.name == "Monday test"
    plan = store.classroom_session_plan("monday test")
    assert plan.uuid == created.uuid
    assert plan.name == "Monday test"
    assert plan.class_name == "7B"
    assert plan.bank_ids == ["bank-a", "bank-b"]
    assert plan.settings == SETTINGS
    assert plan.seed == 1234
    assert plan.shuffle is True
    assert plan.closed is False
    assert store.classroom_session_plan(created.uuid) == plan


def test_open_sessions_and_closing(store, clock):
    first = store.create_classroom_session("One", None, ["bank-a"], {}, 1, False)
    clock.tick(60)
    second = store.create_classroom_session("Two", None, ["bank-a"], {}, 2, False)
    store.add_session("Old style, no plan")
    assert [s.uuid for s in store.open_classroom_sessions()] == [second.uuid, first.uuid]
    store.close_classroom_session("One")
    assert [s.uuid for s in store.open_classroom_sessions()] == [second.uuid]
    plan = store.classroom_session_plan("One")
    assert plan.closed and plan.closed_at is not None
    closed_at = plan.closed_at
    clock.tick(60)
    store.close_classroom_session("One")
    assert store.classroom_session_plan("One").closed_at == closed_at


def test_classroom_session_errors(store):
    with pytest.raises(RosterError, match="needs a name"):
        store.create_classroom_session(" ", None, ["bank-a"], {}, 1, False)
    with pytest.raises(RosterError, match="at least one bank"):
        store.create_classroom_session("X", None, [], {}, 1, False)
    with pytest.raises(RosterError, match="no class"):
        store.create_classroom_session("X", "nope", ["bank-a"], {}, 1, False)
    with pytest.raises(RosterError, match="cannot be stored"):
        store.create_classroom_session("X", None, ["bank-a"], {"when": object()}, 1, False)
    store.add_session("Plain")
    with pytest.raises(RosterError, match="no quiz plan"):
        store.classroom_session_plan("Plain")
    with pytest.raises(RosterError, match="no classroom session"):
        store.classroom_session_plan("missing")
    with pytest.raises(RosterError, match="no classroom session"):
        store.close_classroom_session("missing")


def test_session_plans_travel_with_desk_merges(tmp_path):
    with ScoreStore.open(tmp_path / "desk1.db") as desk:
        desk.create_classroom_session("Quiz day", None, ["bank-a"], SETTINGS, 77, True)
        desk.export_desk(tmp_path / "desk1.json")
    with ScoreStore.open(tmp_path / "teacher.db") as teacher:
        assert teacher.merge(tmp_path / "desk1.json").added["sessions"] == 1
        plan = teacher.classroom_session_plan("Quiz day")
        assert (plan.bank_ids, plan.settings, plan.seed, plan.shuffle) == (["bank-a"], SETTINGS, 77, True)
        assert teacher.merge(tmp_path / "desk1.json").total_added == 0


def _old_database(path: Path) -> None:
    """A database as the first version of quizapp wrote it (schema version 1), with a session and an attempt."""
    conn = sqlite3.connect(path, isolation_level=None)
    db = Database(conn)
    MIGRATIONS.apply(db, stop_before="0002_teacher_tools")
    conn.execute("PRAGMA user_version = 1")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("INSERT INTO students VALUES ('s1', 'Ana', 'ana', '2024-01-01T00:00:00Z')")
    conn.execute("INSERT INTO sessions VALUES ('x1', 'Old lesson', NULL, '2024-01-01T00:00:00Z')")
    conn.close()


def test_an_old_database_is_migrated(tmp_path):
    path = tmp_path / "old.db"
    _old_database(path)
    with ScoreStore.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION == 6
        assert store.classroom_session("Old lesson").uuid == "x1"
        assert store.open_classroom_sessions() == []
        assert store.teacher_pin_hash() is None
        quiz = QuizSession([h.bank()], mode="test", seed=1, student="s1", classroom_session="x1")
        h.play(store, quiz, "RRWRR")
        assert store.session_results("Old lesson")[0].attempt.score == 4
        assert store.lrs_count_waiting("https://lrs.example/xAPI/", "answer") == 5  # the LRS table came too
        store.create_classroom_session("New", None, ["bank-a"], {}, 5, False)
        assert [s.name for s in store.open_classroom_sessions()] == ["New"]


def test_an_old_desk_export_still_merges(tmp_path):
    with ScoreStore.open(tmp_path / "desk.db") as desk:
        desk.add_session("Lesson")
        desk.export_desk(tmp_path / "desk.json")
    document = json.loads((tmp_path / "desk.json").read_text(encoding="utf-8"))
    document["schema_version"] = 1
    for row in document["tables"]["sessions"]:
        for column in ("banks", "settings", "seed", "shuffle", "closed_at"):
            del row[column]
    (tmp_path / "desk.json").write_text(json.dumps(document), encoding="utf-8")
    with ScoreStore.open(tmp_path / "teacher.db") as teacher:
        assert teacher.merge(tmp_path / "desk.json").added["sessions"] == 1
        assert teacher.classroom_session("Lesson") is not None


def test_scoped_results(store, clock):
    group = store.add_class("7B")
    ana, ben, cai = (store.add_student(name) for name in ("Ana", "Ben", "Cai"))
    store.enrol("7B", "ana")
    store.enrol("7B", "ben")
    lesson = store.create_classroom_session("Lesson", "7B", ["bank-a"], {}, 1, False)
    other = h.bank("bank-b")
    for student, pattern, session, banks in (
        (ana, "RRRRR", lesson.uuid, [h.bank()]),
        (ben, "RWRWR", lesson.uuid, [h.bank()]),
        (cai, "WWWWW", None, [h.bank()]),
        (ana, "WWWWW", None, [other]),
    ):
        quiz = QuizSession(banks, mode="test", seed=1, student=student.uuid, classroom_session=session, clock=clock)
        h.play(store, quiz, pattern, clock)
    assert {a.student_name for a in store.scope_attempts(session_key="Lesson")} == {"Ana", "Ben"}
    assert len(store.scope_attempts(class_key=group.uuid)) == 3
    assert {a.student_name for a in store.scope_attempts(bank_id="bank-a")} == {"Ana", "Ben", "Cai"}
    assert store.scope_banks(class_key="7B") == ["bank-a", "bank-b"]
    assert store.scope_banks(session_key="Lesson") == ["bank-a"]
    answers = store.scope_answers(bank_id="bank-a", class_key="7B")
    assert len(answers) == 10
    assert {a.bank for a in answers} == {"bank-a"}
    stats = {s.item: s for s in store.item_statistics("bank-a", session_key="Lesson")}
    assert all(s.attempts == 2 for s in stats.values())
    assert all(s.attempts == 3 for s in store.item_statistics("bank-a"))
    with pytest.raises(RosterError):
        store.scope_attempts(session_key="missing")
