"""Sending to a real LRS (Ralph, file backend, on loopback): shape, no duplicates, a stop mid-send, credentials."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from lrs_support import HOMEPAGE, PASSWORD, USER, Ralph, ralph_missing, strict_problems

from quizapp.cli import main
from quizapp.engine import QuizSession
from quizapp.store import ScoreStore
from quizapp.store.lrsqueue import ANSWERED
from quizapp.xapi import profile
from quizapp.xapi.lrs import LrsClient, LrsCredentialsRefused, LrsNotFound, LrsUnreachable
from quizapp.xapi.sender import send_waiting
from quizapp.xapi.statements import StatementSettings, pseudonym

_spec = importlib.util.spec_from_file_location("store_helpers", Path(__file__).parent / "store_helpers.py")
h = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(h)  # type: ignore[union-attr]

pytestmark = pytest.mark.skipif(ralph_missing() is not None, reason=ralph_missing() or "")
SCHOOL = StatementSettings(homepage=HOMEPAGE)
SKILLS = ("source-type", "detail", "number")


def _desk(path: Path, students: int = 2, attempts: int = 2) -> Path:
    """A desk of `students` in class 9B, each with `attempts` five-item quizzes over three skills."""
    items = tuple(h.item(f"q{n}", skill=SKILLS[n % 3], family="sourcing") for n in range(1, 6))
    with ScoreStore.open(path) as store:
        store.add_class("9B")
        for number in range(students):
            student = store.add_student(f"Student {number}")
            store.enrol("9B", student.uuid)
            for seed in range(attempts):
                session = QuizSession([h.bank("bank-a", items)], mode="practice", seed=seed + 1, student=student.uuid)
                h.play(store, session, "RWRWS")
    return path


def _client(ralph: Ralph, password: str = PASSWORD) -> LrsClient:
    return LrsClient(ralph.url, USER, password)


def test_a_quiz_arrives_and_reads_back_with_its_shape_result_and_skill(ralph: Ralph, tmp_path: Path) -> None:
    db = _desk(tmp_path / "desk.db", students=1, attempts=1)
    with ScoreStore.open(db) as store:
        report = send_waiting(store, _client(ralph), SCHOOL)
    assert (report.sent, report.already, report.failed) == (7, 0, 0)
    answered = ralph.statements(verb=profile.ANSWERED)
    assert len(answered) == 4 and len(ralph.statements(verb=profile.SKIPPED)) == 1  # "RWRWS"
    assert sorted(s["result"]["success"] for s in answered) == [False, False, True, True]
    right = next(s for s in answered if s["result"]["success"])
    item = right["object"]["id"].rsplit("/", 1)[1]
    assert right["actor"]["account"] == {"homePage": HOMEPAGE, "name": "student 0"}
    assert right["object"]["definition"]["interactionType"] == "choice"
    assert right["result"]["response"] == "choice-1" and right["result"]["score"]["scaled"] == 1.0
    assert right["context"]["extensions"][profile.EXT_SKILL] == SKILLS[int(item[1:]) % 3]
    # "How did class 9B do on this skill?" asked the standard way: the skill as a related activity.
    on_skill = ralph.statements(activity=profile.VOCABULARY + "skills/source-type", related_activities="true")
    assert {s["object"]["id"].rsplit("/", 1)[1] for s in on_skill} == {"q3"}
    assert all(s["context"]["team"]["name"] == "9B" for s in on_skill)


def test_sending_twice_never_duplicates(ralph: Ralph, tmp_path: Path) -> None:
    db = _desk(tmp_path / "desk.db")
    with ScoreStore.open(db) as store:
        first = send_waiting(store, _client(ralph), SCHOOL, batch=7)
        second = send_waiting(store, _client(ralph), SCHOOL, batch=7)
    assert (first.sent, first.failed) == (28, 0)
    assert (second.sent, second.already, second.waiting) == (0, 0, 0)  # nothing new: nothing sent
    # The same answers from another desk's copy (merged, or a restored backup) reach the LRS again:
    copy = tmp_path / "copy.db"
    copy.write_bytes(db.read_bytes())
    with ScoreStore.open(copy) as store:
        store.db.conn.execute("DELETE FROM lrs_sent")
        store.db.conn.commit()
        again = send_waiting(store, _client(ralph), SCHOOL, batch=5)
    assert (again.sent, again.already, again.failed) == (0, 28, 0)
    stored = ralph.stored()
    assert len(stored) == 28 == len({s["id"] for s in stored})


def test_an_lrs_stopped_mid_send_gets_the_rest_on_the_next_run(ralph: Ralph, tmp_path: Path) -> None:
    db = _desk(tmp_path / "desk.db", students=3)
    batches: list[int] = []

    def stop_after_two(report) -> None:
        batches.append(report.done)
        if len(batches) == 2:
            ralph.stop()

    with ScoreStore.open(db) as store:
        cut = send_waiting(store, _client(ralph), SCHOOL, batch=5, progress=stop_after_two)
        assert cut.stopped and "cannot reach the LRS" in cut.stopped and not cut.lasting
        assert (cut.sent, cut.failed) == (6, 36)  # the starts of the 6 attempts, in batches of 5 and 1
        ralph.start()
        rest = send_waiting(store, _client(ralph), SCHOOL, batch=5)
    assert (rest.sent, rest.already, rest.failed) == (36, 0, 0)
    stored = ralph.stored()
    assert len(stored) == 42 == len({s["id"] for s in stored})


def test_wrong_credentials_and_a_wrong_address_are_clear_and_lose_nothing(ralph: Ralph, tmp_path: Path) -> None:
    db = _desk(tmp_path / "desk.db", students=1, attempts=1)
    with ScoreStore.open(db) as store:
        refused = send_waiting(store, _client(ralph, "wrong"), SCHOOL)
        assert refused.lasting and "refused the user name or password of 'teacher'" in (refused.stopped or "")
        assert refused.failed == 7 and store.lrs_count_waiting(_client(ralph).endpoint, ANSWERED) == 5
        with pytest.raises(LrsNotFound, match="check the address"):
            LrsClient(ralph.url.replace("/xAPI/", "/nothing/"), USER, PASSWORD).check()
        with pytest.raises(LrsCredentialsRefused):
            _client(ralph, "wrong").check()
        assert "takes statements from 'teacher'" in _client(ralph).check()
    assert ralph.stored() == []


def test_an_unreachable_lrs_is_a_clear_message(tmp_path: Path) -> None:
    ralph = Ralph(tmp_path / "lrs")
    ralph.start()
    ralph.stop()  # its port is free now: nothing listens there
    with pytest.raises(LrsUnreachable, match="cannot reach the LRS"):
        _client(ralph).check()


def test_results_send_reports_sent_already_and_failed(ralph: Ralph, tmp_path: Path, capsys, monkeypatch) -> None:
    db = _desk(tmp_path / "desk.db", students=1, attempts=1)
    command = ["results", "send", "--lrs", ralph.url, "--user", USER, "--db", str(db), "--homepage", HOMEPAGE]
    monkeypatch.setenv("QUIZAPP_LRS_PASSWORD", PASSWORD)
    assert main(command) == 0
    assert capsys.readouterr().out.strip() == f"7 statements sent, 0 already there, 0 failed (to {ralph.url})"
    assert main(command) == 0
    assert capsys.readouterr().out.startswith("0 statements sent, 0 already there, 0 failed")
    monkeypatch.setenv("QUIZAPP_LRS_PASSWORD", "wrong")
    with ScoreStore.open(db) as store:
        h.play(store, QuizSession([h.bank()], mode="practice", seed=9, student=store.students()[0].uuid), "RRRRR")
    assert main(command) == 1
    captured = capsys.readouterr()
    assert "0 statements sent, 0 already there, 7 failed" in captured.out
    assert "refused the user name or password" in captured.err and "Traceback" not in captured.err
    assert "will be sent once that is put right" in captured.err


def test_results_send_only_from_a_date_on(ralph: Ralph, tmp_path: Path, capsys) -> None:
    db = _desk(tmp_path / "desk.db", students=1, attempts=1)
    command = ["results", "send", "--lrs", ralph.url, "--user", USER, "--password", PASSWORD, "--db", str(db)]
    assert main([*command, "--since", "2999-01-01"]) == 0
    assert capsys.readouterr().out.startswith("0 statements sent")
    assert main([*command, "--since", "2000-01-01"]) == 0
    assert capsys.readouterr().out.startswith("7 statements sent")


def test_results_send_without_an_address_or_password_says_what_to_give(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.delenv("QUIZAPP_LRS", raising=False)
    monkeypatch.delenv("QUIZAPP_LRS_PASSWORD", raising=False)
    db = _desk(tmp_path / "desk.db", students=1, attempts=1)
    assert main(["results", "send", "--db", str(db)]) == 2
    assert "--lrs URL" in capsys.readouterr().err
    assert main(["results", "send", "--db", str(db), "--lrs", "http://127.0.0.1:9/xAPI/", "--user", "u"]) == 2
    assert "no password for 'u'" in capsys.readouterr().err
    assert main(["results", "send", "--db", str(db), "--lrs", "nonsense", "--user", "u", "--password", "p"]) == 2
    assert "not an LRS address" in capsys.readouterr().err


def test_every_statement_passes_the_strict_xapi_model(ralph: Ralph, tmp_path: Path) -> None:
    items = (
        h.item("q1"),
        h.item("q2", "multiple"),
        h.item("q3", "true_false"),
        h.item("q4", "short"),
        h.item("q5", "evidence"),
    )
    with ScoreStore.open(tmp_path / "desk.db") as store:
        student = store.add_student("Ada")
        h.play(store, QuizSession([h.bank("bank-a", items)], mode="test", seed=1, student=student.uuid), "RWRSR")
        assert send_waiting(store, _client(ralph), SCHOOL).sent == 7
    stored = ralph.stored()
    assert len(stored) == 7 and strict_problems(stored) == ""
    kinds = {s["object"]["definition"].get("interactionType") for s in stored if s["verb"]["id"] != profile.ATTEMPTED}
    assert {"choice", "true-false", "fill-in", "other"} <= kinds


def test_pseudonyms_reach_the_lrs_without_names_or_logins(ralph: Ralph, tmp_path: Path) -> None:
    db = _desk(tmp_path / "desk.db", students=1, attempts=1)
    hidden = StatementSettings(homepage=HOMEPAGE, pseudonymous=True, salt="the school's secret")
    with ScoreStore.open(db) as store:
        assert send_waiting(store, _client(ralph), hidden).sent == 7
    text = (ralph.store / "fs_lrs.jsonl").read_text(encoding="utf-8")
    assert "Student 0" not in text and "student 0" not in text
    assert {s["actor"]["account"]["name"] for s in ralph.stored()} == {pseudonym("student 0", "the school's secret")}


def test_a_desk_that_knows_the_student_otherwise_leaves_the_first_statements_as_they_are(
    ralph: Ralph, tmp_path: Path
) -> None:
    db = _desk(tmp_path / "desk.db", students=1, attempts=1)
    other = tmp_path / "other.db"
    other.write_bytes(db.read_bytes())
    with ScoreStore.open(db) as store:
        assert send_waiting(store, _client(ralph), SCHOOL).sent == 7
    with ScoreStore.open(other) as store:  # a copy where the student is also in another class
        store.add_class("Debate club")
        store.enrol("Debate club", store.students()[0].uuid)
        again = send_waiting(store, _client(ralph), SCHOOL)
    assert (again.sent, again.already, again.differing, again.failed) == (0, 7, 7, 0)
    stored = ralph.stored()
    assert len(stored) == 7 and all("Debate club" not in json.dumps(s) for s in stored)
