"""Sending against LRS replies that a real LRS rarely gives: web pages, redirects, refusals, broken connections.

The client's transport is replaced by a function, so these run without a network.
"""

from __future__ import annotations

import http.client
import importlib.util
import json
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.engine import QuizSession
from quizapp.store import ScoreStore
from quizapp.store.lrsqueue import ANSWERED, KINDS
from quizapp.xapi.lrs import LrsClient, LrsCredentialsRefused, LrsError, LrsNotFound, LrsUnreachable, endpoint_of
from quizapp.xapi.sender import MAX_REFUSED, send_waiting
from quizapp.xapi.statements import StatementSettings

_spec = importlib.util.spec_from_file_location("store_helpers", Path(__file__).parent / "store_helpers.py")
h = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(h)  # type: ignore[union-attr]

LRS = "https://lrs.test/xAPI/"
SCHOOL = StatementSettings(homepage="https://school.example")


class FakeLrs:
    """Answers each request with `reply(statements)`; remembers what was posted."""

    def __init__(self, reply) -> None:
        self.reply = reply
        self.posts: list[list[dict]] = []

    def __call__(self, method, url, headers, body, timeout):
        assert headers["X-Experience-API-Version"] == "1.0.3" and headers["Authorization"].startswith("Basic ")
        statements = json.loads(body) if body else []
        if method == "POST":
            self.posts.append(statements)
        return self.reply(statements)


def _stores_all(statements):
    return 200, json.dumps([s["id"] for s in statements]).encode(), ""


@pytest.fixture
def store(tmp_path: Path):
    with ScoreStore.open(tmp_path / "desk.db") as opened:
        student = opened.add_student("Ada")
        h.play(opened, QuizSession([h.bank()], mode="practice", seed=1, student=student.uuid), "RWRWR")
        yield opened


def _waiting(store: ScoreStore) -> int:
    return sum(store.lrs_count_waiting(LRS, kind) for kind in KINDS)


def _send(store: ScoreStore, fake: FakeLrs, **options):
    return send_waiting(store, LrsClient(LRS, "u", "p", sender=fake), SCHOOL, **options)


@pytest.mark.parametrize(
    ("reply", "words"),
    [
        ((200, b"<html><body>Please sign in to the school network</body></html>", ""), "no LRS sends"),
        ((200, b'{"statements": []}', ""), "no LRS sends"),
        ((302, b"", "https://portal.school.example/login"), "sends requests elsewhere (HTTP 302 to https://portal"),
        ((307, b"", "https://other.example/xAPI/statements"), "sends requests elsewhere"),
        ((404, b"Not Found", ""), "check the address"),
    ],
)
def test_a_reply_no_lrs_gives_is_never_counted_as_sent(store: ScoreStore, reply, words: str) -> None:
    fake = FakeLrs(lambda _statements: reply)
    report = _send(store, fake)
    assert report.sent == report.already == 0 and report.failed == 7
    assert report.lasting and words in (report.stopped or "")
    assert len(fake.posts) == 1  # not split, not repeated: the address is wrong
    assert _waiting(store) == 7


def test_204_means_every_statement_was_there_already(store: ScoreStore) -> None:
    report = _send(store, FakeLrs(lambda _statements: (204, b"", "")))
    assert (report.sent, report.already, report.failed) == (0, 7, 0) and _waiting(store) == 0


def test_a_refused_statement_is_found_the_others_go_through_and_it_waits(store: ScoreStore) -> None:
    bad = [None]

    def reply(statements):
        if bad[0] is None and len(statements) >= 4:  # an answer in the batch of answers
            bad[0] = statements[3]["id"]
        if any(s["id"] == bad[0] for s in statements):
            return 400, b'{"detail": "Invalid statement"}', ""
        return _stores_all(statements)

    fake = FakeLrs(reply)
    report = _send(store, fake, batch=10)
    assert (report.sent, report.failed) == (6, 1) and not report.stopped
    assert len(report.rejected) == 1 and "Invalid statement" in report.rejected[0]
    assert _waiting(store) == 1
    again = _send(store, fake)  # the next run tries it again, and only it
    assert again.failed == 1 and fake.posts[-1][0]["id"] == bad[0] and len(fake.posts[-1]) == 1


def test_an_lrs_that_refuses_everything_stops_the_run_instead_of_asking_one_by_one(tmp_path: Path) -> None:
    with ScoreStore.open(tmp_path / "big.db") as store:
        student = store.add_student("Ada")
        for seed in range(8):
            h.play(store, QuizSession([h.bank()], mode="test", seed=seed, student=student.uuid), "RRRRR")
        fake = FakeLrs(lambda _statements: (400, b'{"detail": "bad actor homePage"}', ""))
        report = _send(store, fake, batch=56)
    assert report.lasting and "refuses the statements" in (report.stopped or "")
    assert len(report.rejected) == MAX_REFUSED and len(fake.posts) < 4 * MAX_REFUSED
    assert report.sent == 0 and report.failed == 56


def test_a_statement_held_in_another_form_counts_as_there_and_is_reported(store: ScoreStore) -> None:
    def reply(statements):
        if len(statements) > 1:
            return 409, b'{"detail": "Differing statements already exist"}', ""
        return 409, b'{"detail": "Differing statements already exist"}', ""

    report = _send(store, FakeLrs(reply))
    assert (report.sent, report.already, report.differing, report.failed) == (0, 7, 7, 0)


@pytest.mark.parametrize(
    "error",
    [ConnectionRefusedError(111, "Connection refused"), TimeoutError("timed out"), http.client.IncompleteRead(b"")],
)
def test_a_broken_connection_is_unreachable_and_loses_nothing(store: ScoreStore, error: Exception) -> None:
    def broken(*_args):
        raise error

    report = send_waiting(store, LrsClient(LRS, "u", "p", sender=broken), SCHOOL)
    assert not report.lasting and "cannot reach the LRS" in (report.stopped or "") and _waiting(store) == 7


def test_a_stop_asked_for_ends_the_run_after_the_batch_in_hand(store: ScoreStore) -> None:
    fake = FakeLrs(_stores_all)
    report = _send(store, fake, batch=2, stop=lambda: len(fake.posts) >= 1)
    assert report.stopped == "stopped before everything was sent" and report.sent == 1  # the attempt's start
    assert _waiting(store) == 6


def test_check_asks_whether_the_user_may_send_with_an_empty_batch() -> None:
    asked = []

    def may_send(method, url, headers, body, timeout):
        asked.append((method, url, body))
        return 400, b'{"detail": "No statements"}', ""

    assert "takes statements from 'desk'" in LrsClient(LRS, "desk", "p", sender=may_send).check()
    assert asked == [("POST", LRS + "statements", b"[]")]  # nothing is stored, nothing is read
    assert "takes statements" in LrsClient(LRS, "desk", "p", sender=lambda *_a: (200, b"[]", "")).check()
    scope = (401, b'{"detail": "Access not authorized to scope: \\"statements/write\\"."}', "")
    with pytest.raises(LrsCredentialsRefused, match=r"does not let .desk. send statements .*administrator"):
        LrsClient(LRS, "desk", "p", sender=lambda *_a: scope).check()
    with pytest.raises(LrsCredentialsRefused, match="refused the user name or password"):
        LrsClient(LRS, "desk", "p", sender=lambda *_a: (401, b"", "")).check()
    with pytest.raises(LrsNotFound, match="not as an LRS does"):
        LrsClient(LRS, "desk", "p", sender=lambda *_a: (200, b"<html>portal</html>", "")).check()
    with pytest.raises(LrsUnreachable, match="HTTP 503"):
        LrsClient(LRS, "desk", "p", sender=lambda *_a: (503, b"down", "")).check()


def test_the_first_send_fixes_how_students_and_items_are_named(store: ScoreStore) -> None:
    fake = FakeLrs(_stores_all)
    assert _send(store, fake).sent == 7
    posts = len(fake.posts)
    h.play(store, QuizSession([h.bank()], mode="practice", seed=2, student=store.students()[0].uuid), "RRRRR")
    other = StatementSettings(homepage="https://another.example")
    refused = send_waiting(store, LrsClient(LRS, "u", "p", sender=fake), other)
    assert refused.lasting and refused.sent == 0 and "second names" in (refused.stopped or "")
    assert "https://school.example" in (refused.stopped or "") and len(fake.posts) == posts  # nothing was sent
    anew = send_waiting(store, LrsClient(LRS, "u", "p", sender=fake), other, new_identity=True)
    assert anew.sent == 7 and not anew.stopped
    assert send_waiting(store, LrsClient(LRS, "u", "p", sender=fake), SCHOOL).lasting  # now the other way round


def test_a_student_in_two_classes_counts_for_both(store: ScoreStore) -> None:
    store.add_class("Debate club")
    store.enrol("Debate club", store.students()[0].uuid)
    fake = FakeLrs(_stores_all)
    _send(store, fake)
    grouping = [a["id"] for a in fake.posts[1][0]["context"]["contextActivities"]["grouping"]]
    classes = [g for g in grouping if "/classes/" in g]
    assert classes == ["https://school.example/quizapp/classes/Debate%20club"]


@pytest.mark.parametrize("address", ["http://lrs.example:abc/xAPI/", "http://[::1/xAPI/", "https:///xAPI/"])
def test_a_malformed_address_is_refused_up_front(address: str, tmp_path: Path, capsys) -> None:
    with pytest.raises(LrsError, match="not an LRS address"):
        endpoint_of(address)
    db = tmp_path / "desk.db"
    ScoreStore.open(db).close()
    assert main(["results", "send", "--db", str(db), "--lrs", address, "--user", "u", "--password", "p"]) == 2
    assert "not an LRS address" in capsys.readouterr().err


def test_a_home_page_that_is_not_a_web_address_is_refused(store: ScoreStore, capsys) -> None:
    command = ["results", "send", "--db", str(store.path), "--lrs", LRS, "--user", "u", "--password", "p"]
    assert main([*command, "--homepage", "school"]) == 2
    assert "the home page 'school' is not a web address" in capsys.readouterr().err


def test_an_attempt_that_ended_on_the_day_is_sent_with_its_answers(store: ScoreStore) -> None:
    ended = store.db.conn.execute("SELECT ended_at FROM attempts").fetchone()[0]
    started = store.db.conn.execute("SELECT started_at FROM attempts").fetchone()[0]
    store.db.conn.execute("UPDATE attempts SET started_at = ?", ["2000-01-01T00:00:00.000+00:00"])
    store.db.conn.commit()
    assert started <= ended
    counts = [store.lrs_count_waiting(LRS, kind, since=ended) for kind in KINDS]
    assert counts[0] == counts[2] == 1  # started long before, but it ended on the day
    assert store.lrs_count_waiting(LRS, ANSWERED, since="2999-01-01") == 0


def test_the_proxy_the_environment_names_is_used_unless_bypassed(monkeypatch) -> None:
    from quizapp.xapi.lrs import _proxy_for

    monkeypatch.setenv("https_proxy", "http://proxy.school.example:3128")
    monkeypatch.setenv("http_proxy", "proxy.school.example:8080")
    monkeypatch.setenv("no_proxy", "lrs.inside.example")
    assert _proxy_for("https://lrs.district.example/xAPI/statements") == ("proxy.school.example", 3128)
    assert _proxy_for("http://lrs.district.example/xAPI/statements") == ("proxy.school.example", 8080)
    assert _proxy_for("https://lrs.inside.example/xAPI/statements") is None


def test_a_missing_database_and_a_weak_salt_are_refused(tmp_path: Path, capsys, monkeypatch) -> None:
    command = ["results", "send", "--lrs", LRS, "--user", "u", "--password", "p"]
    assert main([*command, "--db", str(tmp_path / "typo.db")]) == 2
    assert "no such score database" in capsys.readouterr().err and not (tmp_path / "typo.db").exists()
    db = tmp_path / "desk.db"
    ScoreStore.open(db).close()
    monkeypatch.setenv("QUIZAPP_LRS_SALT", "x")
    assert main([*command, "--db", str(db), "--pseudonymous"]) == 2
    assert "at least 16 characters" in capsys.readouterr().err


def test_an_lrs_on_this_computer_is_never_reached_through_a_proxy(monkeypatch) -> None:
    from quizapp.xapi.lrs import _proxy_for

    monkeypatch.setenv("http_proxy", "http://proxy.school.example:3128")
    monkeypatch.delenv("no_proxy", raising=False)
    assert _proxy_for("http://127.0.0.1:8100/xAPI/statements") is None
    assert _proxy_for("http://localhost:8100/xAPI/statements") is None
