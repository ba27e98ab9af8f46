"""Merging another desk's database or desk export: idempotent by uuid, never duplicating."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import store_helpers as h

from quizapp.engine import AttemptFinished, QuizSession
from quizapp.store import SCHEMA_VERSION, ScoreStore, StoreError


def counts(store: ScoreStore) -> dict[str, int]:
    tables = ("students", "classes", "class_members", "sessions", "item_snapshots", "attempts", "answers")
    return {t: store.db.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


def desk(path: Path, students: dict[str, str], seed: int = 1, finish: bool = True) -> None:
    """A desk database: each student (name → answer pattern) does one quiz; all are in class 7B."""
    clock = h.FakeClock(h.START + seed * 1000)
    with ScoreStore.open(path, clock=clock) as store:
        store.add_class("7B")
        lesson = store.add_session("Monday", "7B")
        for name, pattern in students.items():
            student = store.add_student(name)
            store.enrol("7B", name)
            quiz = QuizSession(
                [h.bank()], mode="test", seed=seed, student=student.uuid, classroom_session=lesson.uuid, clock=clock
            )
            if finish:
                h.play(store, quiz, pattern, clock)
            else:
                h.play_items(store, quiz, {}, clock, finish=False)


@pytest.fixture
def teacher(tmp_path):
    desk(tmp_path / "teacher.db", {"Ana": "RRRRR"}, seed=1)
    with ScoreStore.open(tmp_path / "teacher.db") as store:
        yield store


def test_merging_a_desk_database_is_idempotent(teacher, tmp_path):
    desk(tmp_path / "desk2.db", {"Ana": "RWRWR", "Ben": "WWWWW"}, seed=2)
    before = counts(teacher)
    report = teacher.merge(tmp_path / "desk2.db")
    assert report.added["students"] == 1  # Ben; Ana is the same login
    assert report.matched["students"] == 1
    assert report.matched["classes"] == 1
    assert report.matched["sessions"] == 1  # same name, same class
    assert report.added["attempts"] == 2
    assert report.added["answers"] == 10
    assert report.added["item_snapshots"] == 0  # the same item versions
    assert "added 1 student, 1 class membership, 2 attempts, 10 answers" in report.summary()
    after = counts(teacher)
    assert after["attempts"] == before["attempts"] + 2
    assert after["answers"] == before["answers"] + 10
    assert [a.percent for a in teacher.history("ana")] == [100, 60]
    assert {a.session for a in teacher.history("ana")} == {teacher.classroom_session("Monday").uuid}
    assert len(teacher.members("7B")) == 2
    again = teacher.merge(tmp_path / "desk2.db")
    assert again.total_added == 0
    assert "added nothing new" in again.summary()
    assert counts(teacher) == after
    assert teacher.integrity_check() == "ok"


def test_merging_a_desk_export_equals_merging_the_database(teacher, tmp_path):
    desk(tmp_path / "desk2.db", {"Ben": "RRWWW"}, seed=2)
    with ScoreStore.open(tmp_path / "desk2.db") as other:
        other.export_desk(tmp_path / "desk2.json")
    document = json.loads((tmp_path / "desk2.json").read_text(encoding="utf-8"))
    assert document["format"] == "quizapp-scores/1"
    assert document["schema_version"] == SCHEMA_VERSION
    report = teacher.merge(tmp_path / "desk2.json")
    assert (report.added["attempts"], report.added["answers"]) == (1, 5)
    assert teacher.merge(tmp_path / "desk2.db").total_added == 0
    assert teacher.history("ben")[0].percent == 40


def test_merge_completes_an_attempt_that_was_unfinished_here(tmp_path):
    desk(tmp_path / "early.db", {"Cai": ""}, seed=3, finish=False)  # copied mid-quiz
    (tmp_path / "late.db").write_bytes((tmp_path / "early.db").read_bytes())
    with ScoreStore.open(tmp_path / "late.db", clock=h.FakeClock(h.START + 9000)) as late:
        attempt = late.history("cai")[0]
        late.finish_attempt(AttemptFinished(attempt.uuid, "2023-11-15T00:00:00.000+00:00", 5.0, 5.0, False))
    with ScoreStore.open(tmp_path / "hub.db") as hub:
        hub.merge(tmp_path / "early.db")
        assert not hub.history("cai")[0].finished
        report = hub.merge(tmp_path / "late.db")
        assert report.completed_attempts == 1
        assert report.total_added == 0
        assert hub.history("cai")[0].finished


def test_a_damaged_export_adds_nothing(teacher, tmp_path):
    desk(tmp_path / "desk2.db", {"Ben": "RRWWW"}, seed=2)
    with ScoreStore.open(tmp_path / "desk2.db") as other:
        other.export_desk(tmp_path / "desk2.json")
    document = json.loads((tmp_path / "desk2.json").read_text(encoding="utf-8"))
    del document["tables"]["answers"][-1]["attempt"]
    (tmp_path / "broken.json").write_text(json.dumps(document), encoding="utf-8")
    before = counts(teacher)
    with pytest.raises(StoreError, match="nothing was merged") as caught:
        teacher.merge(tmp_path / "broken.json")
    assert str(tmp_path / "broken.json") in str(caught.value)
    assert counts(teacher) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("name,score\n", "neither a quizapp score database nor a desk export"),
        ('{"format": "something-else"}', "not a quizapp desk export"),
        ('{"format": "quizapp-scores/1", "schema_version": 999, "tables": {}}', "newer version"),
        ('{"format": "quizapp-scores/1", "schema_version": 1, "tables": {"answers": 3}}', "damaged desk export"),
    ],
)
def test_files_that_cannot_be_merged(teacher, tmp_path, content, message):
    source = tmp_path / "source"
    source.write_text(content, encoding="utf-8")
    with pytest.raises(StoreError, match=message):
        teacher.merge(source)


def test_cannot_merge_a_database_into_itself_or_a_missing_file(teacher, tmp_path):
    with pytest.raises(StoreError, match="own database"):
        teacher.merge(teacher.path)
    with pytest.raises(StoreError, match="does not exist"):
        teacher.merge(tmp_path / "missing.db")


def test_merging_leaves_the_source_database_untouched(teacher, tmp_path):
    desk(tmp_path / "desk2.db", {"Ben": "RRWWW"}, seed=2)
    before = (tmp_path / "desk2.db").read_bytes()
    teacher.merge(tmp_path / "desk2.db")
    assert (tmp_path / "desk2.db").read_bytes() == before
