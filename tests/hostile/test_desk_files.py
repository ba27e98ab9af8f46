"""A desk file with values of the wrong type, range or form is refused whole, its first problems named."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import store_helpers as h

from quizapp.cli import main
from quizapp.engine import QuizSession
from quizapp.store import ScoreStore


@pytest.fixture
def desk(tmp_path) -> dict:
    with ScoreStore.open(tmp_path / "other.db", clock=h.FakeClock()) as store:
        student = store.add_student("Ana")
        h.play(store, QuizSession([h.bank()], mode="test", seed=1, student=student.uuid), "RW")
        store.export_desk(tmp_path / "desk.json")
    return json.loads((tmp_path / "desk.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("table", "column", "value", "words"),
    [
        ("answers", "score", "abc", "answers row 1, score"),
        ("answers", "answered_at", "not a date", "answers row 1, answered_at"),
        ("answers", "confidence", 2, "answers row 1, confidence"),
        ("attempts", "score", -5, "attempts row 1, score"),
        ("students", "uuid", "robert'); DROP TABLE students;--", "students row 1, uuid"),
        ("students", "name", "x" * 10_000, "students row 1, name"),
        ("students", "surprise", 1, "students row 1"),
        ("item_snapshots", "type", "essay", "item_snapshots row 1, type"),
    ],
)
def test_a_wrong_value_refuses_the_whole_file(desk, tmp_path, capsys, table, column, value, words):
    desk["tables"][table][0][column] = value
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(desk), encoding="utf-8")
    target = tmp_path / "teacher.db"
    with ScoreStore.open(target) as store:
        before = store.students()
    assert main(["results", "merge", str(bad), "--db", str(target)]) in (1, 2)
    err = capsys.readouterr().err
    assert str(bad) in err and words in err and "nothing was merged" in err
    with ScoreStore.open(target) as store:
        assert store.students() == before  # nothing of the file was merged
    assert main(["results", "export", "--csv", str(tmp_path / "grades.csv"), "--db", str(target)]) == 0


def test_the_database_itself_refuses_values_of_the_wrong_type_or_range(tmp_path):
    import sqlite3

    path = tmp_path / "scores.db"
    with ScoreStore.open(path, clock=h.FakeClock()) as store:
        student = store.add_student("Ana")
        h.play(store, QuizSession([h.bank()], mode="test", seed=1, student=student.uuid), "RW")
    conn = sqlite3.connect(path)
    try:
        for statement in (
            "UPDATE answers SET score = 'abc'",
            "UPDATE answers SET confidence = 2",
            "UPDATE attempts SET score = -1",
            "UPDATE answers SET correct = 7",
        ):
            with pytest.raises(sqlite3.IntegrityError):
                conn.execute(statement)
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("table", "column", "value", "words"),
    [
        ("attempts", "banks", "{x", "attempts row 1, banks"),
        ("attempts", "seed", 10**30, "attempts row 1, seed"),
        ("answers", "elapsed_ms", 10**30, "answers row 1, elapsed_ms"),
    ],
)
def test_json_text_and_huge_numbers_are_checked_too(desk, tmp_path, capsys, table, column, value, words):
    desk["tables"][table][0][column] = value
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(desk), encoding="utf-8")
    assert main(["results", "merge", str(bad), "--db", str(tmp_path / "teacher.db")]) in (1, 2)
    assert words in capsys.readouterr().err


def test_nan_and_views_are_refused(desk, tmp_path, capsys):
    import sqlite3

    text = json.dumps(desk).replace('"score": 1.0', '"score": NaN', 1)
    bad = tmp_path / "nan.json"
    bad.write_text(text, encoding="utf-8")
    assert main(["results", "merge", str(bad), "--db", str(tmp_path / "teacher.db")]) in (1, 2)
    capsys.readouterr()
    looping = tmp_path / "other.db"  # the fixture's own database: its class_members becomes a looping view
    conn = sqlite3.connect(looping)
    conn.execute("DROP TABLE class_members")
    conn.execute(
        "CREATE VIEW class_members AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
        "SELECT x AS class, x AS student FROM n"
    )
    conn.commit()
    conn.close()
    assert main(["results", "merge", str(looping), "--db", str(tmp_path / "teacher.db")]) in (1, 2)
    assert "is not a table" in capsys.readouterr().err


def test_an_older_desks_database_still_merges(tmp_path):
    import sqlite3

    old = tmp_path / "old.db"
    with ScoreStore.open(old, clock=h.FakeClock()) as store:
        student = store.add_student("Ana")
        h.play(store, QuizSession([h.bank()], mode="test", seed=1, student=student.uuid), "RW")
    conn = sqlite3.connect(old)  # back to schema 2: no value-check triggers yet
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0003_value_checks'")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    with ScoreStore.open(tmp_path / "teacher.db") as teacher:
        assert teacher.merge(old).added["answers"] == 2
