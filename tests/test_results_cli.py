"""``quizapp results export`` and ``quizapp results merge``."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import store_helpers as h

from quizapp.cli import main
from quizapp.engine import QuizSession
from quizapp.paths import database_path
from quizapp.store import ScoreStore


def run(argv: list[str]) -> int:
    """Run ``quizapp results …`` through the real command line entry point."""
    return main(["results", *argv])


def desk(path: Path | None, students: dict[str, str], seed: int) -> None:
    """A desk database where each student (name → pattern) did one quiz; all are in 7B, session Monday."""
    with ScoreStore.open(path, clock=h.FakeClock(h.START + seed * 100)) as store:
        store.add_class("7B")
        store.add_session("Monday", "7B")
        for name, pattern in students.items():
            student = store.add_student(name)
            store.enrol("7B", name)
            session = store.classroom_session("Monday").uuid if name != "Cai" else None
            quiz = QuizSession([h.bank()], mode="test", seed=seed, student=student.uuid, classroom_session=session)
            h.play(store, quiz, pattern)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_export_csv_from_the_default_database(tmp_path, capsys):
    desk(None, {"Ana": "RRRRW", "Ben": "RWWWW", "Cai": "RRRRR"}, seed=1)
    assert database_path().is_file()
    assert run(["export", "--csv", str(tmp_path / "all.csv")]) == 0
    assert "wrote 3 attempts" in capsys.readouterr().err
    rows = read_csv(tmp_path / "all.csv")
    assert [(row["student"], row["percent"]) for row in rows] == [("Ana", "80.0"), ("Ben", "20.0"), ("Cai", "100.0")]
    assert run(["export", "--csv", str(tmp_path / "monday.csv"), "--session", "Monday", "--class", "7b"]) == 0
    assert [row["student"] for row in read_csv(tmp_path / "monday.csv")] == ["Ana", "Ben"]


def test_db_option_before_or_after_the_action(tmp_path):
    db = tmp_path / "desk.db"
    desk(db, {"Ana": "RRRRR"}, seed=1)
    assert run(["--db", str(db), "export", "--csv", str(tmp_path / "a.csv")]) == 0
    assert run(["export", "--db", str(db), "--csv", str(tmp_path / "b.csv")]) == 0
    assert read_csv(tmp_path / "a.csv") == read_csv(tmp_path / "b.csv")
    assert len(read_csv(tmp_path / "a.csv")) == 1
    assert not database_path().exists()


def test_merge_reports_what_it_added_and_never_duplicates(tmp_path, capsys):
    hub = tmp_path / "hub.db"
    desk(hub, {"Ana": "RRRRR"}, seed=1)
    desk(tmp_path / "desk2.db", {"Ben": "RRWWW"}, seed=2)
    desk(tmp_path / "desk3.db", {"Ana": "WWWWW", "Cai": "RRRWW"}, seed=3)
    assert run(["export", "--db", str(tmp_path / "desk3.db"), "--desk", str(tmp_path / "desk3.json")]) == 0
    capsys.readouterr()
    assert run(["--db", str(hub), "merge", str(tmp_path / "desk2.db"), str(tmp_path / "desk3.json")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{tmp_path / 'desk2.db'}: added 1 student")
    assert "1 attempt, 5 answers" in out[0]
    assert "2 attempts, 10 answers" in out[1]
    assert run(["--db", str(hub), "merge", str(tmp_path / "desk3.db"), str(tmp_path / "desk2.db")]) == 0
    assert all("added nothing new" in line for line in capsys.readouterr().out.splitlines())
    assert run(["--db", str(hub), "export", "--csv", str(tmp_path / "hub.csv")]) == 0
    assert len(read_csv(tmp_path / "hub.csv")) == 4


def test_merge_goes_on_after_a_bad_file_and_fails_at_the_end(tmp_path, capsys):
    hub = tmp_path / "hub.db"
    desk(tmp_path / "desk2.db", {"Ben": "RRWWW"}, seed=2)
    (tmp_path / "notes.txt").write_text("not results", encoding="utf-8")
    assert run(["--db", str(hub), "merge", str(tmp_path / "notes.txt"), str(tmp_path / "desk2.db")]) == 1
    captured = capsys.readouterr()
    assert str(tmp_path / "notes.txt") in captured.err
    assert "added 1 student" in captured.out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([], "usage:"),
        (["export"], "--csv FILE and/or --desk FILE"),
        (["export", "--desk", "x.json", "--class", "7B"], "apply to --csv only"),
    ],
)
def test_usage_errors_exit_2(argv, message, capsys):
    assert run(argv) == 2
    assert message in capsys.readouterr().err


def test_unknown_class_or_a_database_that_is_not_ours_exit_1(tmp_path, capsys):
    desk(None, {"Ana": "RRRRR"}, seed=1)
    assert run(["export", "--csv", str(tmp_path / "x.csv"), "--class", "9Z"]) == 1
    assert "no class '9Z'" in capsys.readouterr().err
    bad = tmp_path / "bad.db"
    bad.write_text("hello", encoding="utf-8")
    assert run(["--db", str(bad), "export", "--csv", str(tmp_path / "x.csv")]) == 1
    assert f"{bad}: is not a quizapp score database" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()


def test_registered_in_the_quizapp_command():
    from quizapp.cli import build_parser

    commands = build_parser()._subparsers._group_actions[0].choices
    if "results" not in commands:
        pytest.skip("quizapp.commands.results is not registered in quizapp.cli yet")
    from quizapp.cli import main

    assert main(["results", "--db", "/nonexistent-folder/x.db", "export"]) == 2
