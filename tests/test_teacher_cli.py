"""``quizapp teacher reset-pin`` and ``quizapp teacher import-roster``."""

from __future__ import annotations

import pytest

from quizapp.cli import main
from quizapp.store import ScoreStore
from quizapp.teacher.pin import hash_pin


def run(argv: list[str]) -> int:
    """Run ``quizapp teacher …`` through the real command line entry point."""
    return main(["teacher", *argv])


def test_reset_pin(tmp_path, capsys):
    db = tmp_path / "scores.db"
    with ScoreStore.open(db) as store:
        store.set_teacher_pin_hash(hash_pin("2580"))
    assert run(["reset-pin", "--db", str(db), "--yes"]) == 0
    assert "was cleared" in capsys.readouterr().out
    with ScoreStore.open(db) as store:
        assert store.teacher_pin_hash() is None
    assert run(["reset-pin", "--db", str(db), "--yes"]) == 0
    assert "nothing to clear" in capsys.readouterr().out


def test_reset_pin_uses_the_default_database(quizapp_home, capsys):
    with ScoreStore.open() as store:
        store.set_teacher_pin_hash(hash_pin("2580"))
    assert run(["reset-pin", "--yes"]) == 0
    with ScoreStore.open() as store:
        assert store.teacher_pin_hash() is None


def test_import_roster(tmp_path, capsys):
    db = tmp_path / "scores.db"
    roster = tmp_path / "7b.csv"
    roster.write_text("name;id\nAna Lima;s1\n;s2\nBen Okafor;s3\n", encoding="utf-8")
    assert run(["import-roster", str(roster), "--class", "7B", "--db", str(db)]) == 1
    out, err = capsys.readouterr()
    assert "added: Ana Lima (s1)" in out and "added: Ben Okafor (s3)" in out
    assert f"{roster}: line 3: no name" in err
    assert "class 7B: 2 students added" in err
    clean = tmp_path / "more.csv"
    clean.write_text("Ana Lima,s1\nCai Chen,s4\n", encoding="utf-8")
    assert run(["import-roster", str(clean), "--class", "7B", "--db", str(db)]) == 0
    out, _ = capsys.readouterr()
    assert "already there: Ana Lima (s1)" in out and "added: Cai Chen (s4)" in out
    with ScoreStore.open(db) as store:
        assert len(store.members("7B")) == 3


def test_import_roster_unreadable_file(tmp_path, capsys):
    missing = tmp_path / "missing.csv"
    assert run(["import-roster", str(missing), "--class", "7B", "--db", str(tmp_path / "s.db")]) == 1
    assert str(missing) in capsys.readouterr().err


def test_usage(capsys):
    assert run([]) == 2
    assert "reset-pin" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        run(["import-roster", "x.csv"])  # --class is required
