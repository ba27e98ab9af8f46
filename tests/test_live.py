"""Live classroom on loopback: a real host and desks using the client code the GUI uses."""

from __future__ import annotations

import http.client
import json
import threading
import time
from pathlib import Path

import pytest

from quizapp.banks import load_bank
from quizapp.live.client import LiveClient, Unreachable
from quizapp.live.desk import LiveDesk
from quizapp.live.host import GUESSES, LiveHost
from quizapp.live.protocol import LiveError, VersionMismatch
from quizapp.store import ScoreStore

ROOT = Path(__file__).resolve().parent.parent
BANK = ROOT / "questions" / "niger-russian-military-trainers.yaml"


@pytest.fixture
def bank():
    return load_bank(BANK)


@pytest.fixture
def host(tmp_path, bank):
    live = LiveHost(tmp_path / "host.db", bank, session_name="9B live", code="ABC123")
    address = live.start()
    live.url = f"{address[0]}:{address[1]}"
    yield live
    live.stop()


def _answer(session, right: bool = True):
    question = session.current
    item = question.item
    if item.type in ("short", "evidence"):
        return item.correct_answer if right else "no idea"
    if item.type == "multiple":
        return list(item.answer) if right else [c for c in question.choices if c not in item.answer][:1]
    return item.correct_answer if right else next(c for c in question.choices if c != item.correct_answer)


def _play(desk: LiveDesk, count: int, seed: int = 3):
    session = desk.new_session(seed=seed)
    desk.save(session.start())
    for _ in range(count):
        desk.save(session.answer(_answer(session)).record)
        session.next()
    desk.save(session.finish().record)
    return session


def _host_answers(host: LiveHost) -> int:
    with ScoreStore.open(host.db_path) as store:
        return store.db.conn.execute("SELECT COUNT(*) FROM answers").fetchone()[0]


def test_a_desk_joins_answers_and_everything_reaches_the_host_once(tmp_path, host) -> None:
    desk = LiveDesk(ScoreStore.open(tmp_path / "desk.db"), LiveClient(host.url))
    quiz = desk.join("abc-123", "Ada Lovelace")
    assert quiz.joined.student_name == "Ada Lovelace" and len(quiz.joined.items) == len(host.items)
    _play(desk, 5)
    assert desk.outbox.waiting == 7  # start, five answers, finish
    assert desk.outbox.flush_once() == 7 and desk.outbox.waiting == 0
    assert _host_answers(host) == 5
    desk.store.close()
    with ScoreStore.open(host.db_path) as store:  # the host has it all, under the same ids
        (attempt,) = store.history(quiz.joined.student_uuid)
        assert attempt.finished and attempt.score == 5
    assert host.status.answered[quiz.joined.student_uuid] == 5


def test_duplicate_sends_store_nothing_twice(tmp_path, host) -> None:
    desk = LiveDesk(ScoreStore.open(tmp_path / "desk.db"), LiveClient(host.url))
    quiz = desk.join("ABC123", "Bo Chen")
    _play(desk, 3)
    records = list(desk.outbox._pending.values())
    for _ in range(3):
        assert sorted(desk.client.send(quiz.joined.token, records)) == sorted(r["id"] for r in records)
    assert _host_answers(host) == 3
    assert host.status.answered[quiz.joined.student_uuid] == 3


def test_a_wrong_code_is_refused_and_guessing_is_limited(host) -> None:
    client = LiveClient(host.url)
    with pytest.raises(LiveError, match="does not open this session"):
        client.join("ZZZZZZ", "Ada")
    for _ in range(GUESSES - 1):
        with pytest.raises(LiveError):
            client.join("ZZZZZZ", "Ada")
    with pytest.raises(LiveError, match="too many wrong codes"):
        client.join("ABC123", "Ada")  # even the right code waits now


def test_a_desk_cannot_post_another_student_s_answers_or_forge_a_token(tmp_path, host) -> None:
    ada = LiveDesk(ScoreStore.open(tmp_path / "ada.db"), LiveClient(host.url))
    ada.join("ABC123", "Ada")
    _play(ada, 2)
    ada.outbox.flush_once()
    bo = LiveDesk(ScoreStore.open(tmp_path / "bo.db"), LiveClient(host.url))
    bo_quiz = bo.join("ABC123", "Bo")
    with ScoreStore.open(host.db_path) as store:
        attempt, ada_uuid = store.db.conn.execute("SELECT uuid, student FROM attempts").fetchone()
    forged = {"kind": "answer", "id": "x1", "attempt": attempt, "position": 0, "bank": host.bank.id,
              "item": next(iter(host.items)), "response": ["x"], "confidence": None, "elapsed_ms": 1,
              "answered_at": "2026-11-28T10:00:00Z"}  # fmt: skip
    with pytest.raises(LiveError, match="another student"):
        bo.client.send(bo_quiz.joined.token, [forged])
    fake = bo_quiz.joined.token.split(".")[0] + "." + "0" * 40
    with pytest.raises(LiveError, match="has not joined"):
        bo.client.send(fake, [forged])
    assert ada_uuid != bo_quiz.joined.student_uuid and _host_answers(host) == 2


def test_an_oversized_message_and_another_protocol_are_refused_clearly(host, monkeypatch) -> None:
    client = LiveClient(host.url)
    with pytest.raises(LiveError, match="larger than"):
        client._request("POST", "/v1/join", {"code": "A" * 100_000, "student": "x"})
    connection = http.client.HTTPConnection(client.host, client.port, timeout=5)
    connection.request("POST", "/v1/join", body=json.dumps({"protocol": 99, "code": "x", "student": "y"}))
    reply = json.loads(connection.getresponse().read())
    connection.close()
    assert "protocol 99" in reply["error"] and "update quizapp" in reply["error"]
    monkeypatch.setattr("quizapp.live.client.PROTOCOL", 2)  # a newer desk
    monkeypatch.setattr("quizapp.live.protocol.PROTOCOL", 2)
    with pytest.raises(VersionMismatch, match="speaks live classroom protocol 1"):
        client.join("ABC123", "Ada")


def test_a_desk_that_drops_and_a_host_that_restarts_lose_nothing(tmp_path, bank, host) -> None:
    desk = LiveDesk(ScoreStore.open(tmp_path / "desk.db"), LiveClient(host.url, timeout=1.0))
    desk.join("ABC123", "Cy Dee")
    outbox = desk.outbox
    outbox.retry_s, outbox.max_retry_s = 0.05, 0.2
    outbox.start()
    real_port = desk.client.port
    desk.client.port = 9  # the desk's network drops: nothing answers
    session = desk.new_session(seed=9)
    desk.save(session.start())
    for _ in range(3):
        desk.save(session.answer(_answer(session)).record)
        session.next()
    _wait(lambda: not outbox.connected)
    assert outbox.waiting == 4
    desk.client.port = real_port  # back on the network
    _wait(lambda: outbox.waiting == 0)
    assert _host_answers(host) == 3
    session_uuid, port = host.session.uuid, host.address[1]
    host.stop()  # the host restarts: answers given meanwhile wait on the desk
    for _ in range(2):
        desk.save(session.answer(_answer(session)).record)
        session.next()
    _wait(lambda: not outbox.connected)
    again = LiveHost(host.db_path, bank, session_name="ignored", resume=session_uuid)
    again.start(port=port)
    try:
        _wait(lambda: outbox.waiting == 0)
        assert _host_answers(again) == 5
        assert again.code == host.code  # the same session, the same code
    finally:
        outbox.stop()
        again.stop()


def test_teacher_paced_desks_follow_the_host_and_see_only_the_distribution(tmp_path, bank) -> None:
    live = LiveHost(tmp_path / "host.db", bank, session_name="Paced", pace="teacher", code="PACED7")
    address = live.start()
    try:
        client = LiveClient(f"{address[0]}:{address[1]}")
        desk = LiveDesk(ScoreStore.open(tmp_path / "desk.db"), client)
        quiz = desk.join("PACED7", "Di Evans")
        assert quiz.joined.pace == "teacher" and quiz.joined.order_seed is not None
        first = desk.new_session(seed=1)
        other = LiveDesk(ScoreStore.open(tmp_path / "desk2.db"), LiveClient(f"{address[0]}:{address[1]}"))
        other.join("PACED7", "Eli Ford")
        assert [q.key for q in other.new_session(seed=2).questions] == [q.key for q in first.questions]
        events: list[dict] = []
        reader = threading.Thread(target=lambda: events.extend(client.events(quiz.joined.token)), daemon=True)
        reader.start()
        _wait(lambda: events)
        assert events[0]["type"] == "state" and events[0]["position"] == 0
        live.show(2)
        live.reveal()
        _wait(lambda: len(events) >= 3)
        assert events[1] == {"protocol": 1, "type": "item", "position": 2, "item": first.questions[2].item.id}
        assert events[2]["type"] == "reveal" and set(events[2]) == {
            "protocol",
            "type",
            "position",
            "item",
            "distribution",
        }
        assert "Di Evans" not in json.dumps(events)  # no names reach the desks
    finally:
        live.end()
    _wait(lambda: events[-1]["type"] == "end")
    with pytest.raises((LiveError, Unreachable)):
        LiveClient(f"{address[0]}:{address[1]}", timeout=1.0).join("PACED7", "Late")  # the port is closed


def test_only_students_of_the_host_s_class_join(tmp_path, bank) -> None:
    with ScoreStore.open(tmp_path / "host.db") as store:
        group = store.add_class("9B")
        store.enrol(group.uuid, store.add_student("Ana Ruiz").uuid)
    live = LiveHost(tmp_path / "host.db", bank, session_name="9B", class_key="9B", code="CLASS9")
    address = live.start()
    try:
        client = LiveClient(f"{address[0]}:{address[1]}")
        with pytest.raises(LiveError, match="no student called 'Mallory'"):
            client.join("CLASS9", "Mallory")
        assert client.join("CLASS9", "ana ruiz").student_name == "Ana Ruiz"
    finally:
        live.stop()


def test_a_host_listens_only_on_the_local_network(tmp_path, bank) -> None:
    live = LiveHost(tmp_path / "host.db", bank, session_name="x")
    with pytest.raises(LiveError, match="not a local-network address"):
        live.start(bind="8.8.8.8")


def _wait(condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_the_headless_host_announces_itself_and_ends_on_interrupt(tmp_path) -> None:
    import signal
    import subprocess
    import sys

    from quizapp.live.announce import browse

    command = [sys.executable, "-m", "quizapp", "classroom", "host", str(BANK), "--db", str(tmp_path / "h.db"),
               "--bind", "127.0.0.1", "--code", "HOST42", "--name", "9B live"]  # fmt: skip
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as process:
        line = process.stdout.readline()
        assert "listening on 127.0.0.1:" in line and "join code HOST42" in line, process.stderr.read()
        port = int(line.split("127.0.0.1:")[1].split()[0])
        found = browse(3.0, "127.0.0.1")
        assert any(s.port == port and s.title == f"9B live — {load_bank(BANK).title}" for s in found)
        desk = LiveDesk(ScoreStore.open(tmp_path / "desk.db"), LiveClient(f"127.0.0.1:{port}"))
        desk.join("host42", "Ada")
        _play(desk, 2)
        assert desk.outbox.flush_once() == 4
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "1 desk joined, 2 answers received" in out
    with pytest.raises(LiveError):
        LiveClient(f"127.0.0.1:{port}", timeout=1.0).session()


def _start_record(attempt: str = "a1", **changes) -> dict:
    return {"kind": "start", "id": attempt, "mode": "practice", "seed": 1, "settings": {},
            "started_at": "2026-11-28T10:00:00+00:00", **changes}  # fmt: skip


def _answer_record(host: LiveHost, answer: str, attempt: str = "a1", item: str | None = None, **changes) -> dict:
    item_id = item or next(i for i, it in host.items.items() if it.type == "single")
    choice = host.items[item_id].choices[0]
    return {"kind": "answer", "id": answer, "attempt": attempt, "position": 0, "bank": host.bank.id,
            "item": item_id, "response": [choice], "confidence": 0.5, "elapsed_ms": 10,
            "answered_at": "2026-11-28T10:01:00+00:00", **changes}  # fmt: skip


def test_a_hostile_record_is_refused_and_the_host_keeps_saving(host) -> None:
    client = LiveClient(host.url)
    joined = client.join("ABC123", "Ada")
    for bad in (_start_record("a9", seed=2**70), _start_record("a9", settings="x" * 10)):
        with pytest.raises(LiveError, match="malformed"):
            client.send(joined.token, [bad])
    raw = http.client.HTTPConnection(client.host, client.port, timeout=5)
    body = json.dumps({"protocol": 1, "token": joined.token, "records": [_start_record("a8", seed=0)]})
    raw.request("POST", "/v1/records", body=body.replace('"seed": 0', '"seed": Infinity'))
    assert raw.getresponse().status == 400
    raw.close()
    assert client.send(joined.token, [_start_record(), _answer_record(host, "x1")]) == ["a1", "x1"]  # still saving


def test_answers_are_checked_against_the_session_and_the_live_counts_follow_commits(host) -> None:
    client = LiveClient(host.url)
    joined = client.join("ABC123", "Ada")
    client.send(joined.token, [_start_record()])
    with pytest.raises(LiveError, match="does not have"):
        client.send(joined.token, [_answer_record(host, "x1", response=["Mallory was here"])])
    with pytest.raises(LiveError, match="malformed"):  # a good answer with a bad one: neither counts
        client.send(joined.token, [_answer_record(host, "x2"), {"kind": "answer", "id": "x3"}])
    assert sum(host.status.asked.values()) == 0 and not host.status.picks
    assert client.send(joined.token, [_answer_record(host, "x4", answered_at="soon")]) == ["x4"]
    with pytest.raises(LiveError, match="answered in this attempt already"):
        client.send(joined.token, [_answer_record(host, "x5")])
    assert sum(host.status.asked.values()) == 1
    with ScoreStore.open(host.db_path) as store:
        (answered_at,) = store.db.conn.execute("SELECT answered_at FROM answers").fetchone()
    assert answered_at.startswith("20")  # "soon" became the host's own time


def test_a_student_joins_once_and_an_attempt_of_another_session_is_not_touched(tmp_path, host, bank) -> None:
    client = LiveClient(host.url)
    client.join("ABC123", "Ada Lovelace")
    with pytest.raises(LiveError, match="already joined from another desk"):
        client.join("ABC123", "ada lovelace")
    with ScoreStore.open(host.db_path) as store:
        from quizapp.engine import QuizSession

        bo = store.add_student("Bo Chen")
        old = QuizSession([bank], mode="test", seed=1, student=bo.uuid)
        store.save(old.start())
    joined = client.join("ABC123", "Bo Chen")
    with pytest.raises(LiveError, match="another student or session"):
        client.send(joined.token, [_answer_record(host, "x1", attempt=old.attempt_id)])


def test_a_record_the_host_will_not_take_never_holds_back_the_others(tmp_path, host) -> None:
    desk = LiveDesk(ScoreStore.open(tmp_path / "desk.db"), LiveClient(host.url))
    desk.join("ABC123", "Ada")
    _play(desk, 2)
    outbox = desk.outbox
    huge = {"kind": "answer", "id": "big-1", "attempt": "nope", "position": 0, "item": "x",
            "response": ["я" * 30_000]}  # fmt: skip
    outbox.put(huge)
    while outbox.waiting:
        outbox.flush_once()
    assert "big-1" in outbox.refused and _host_answers(host) == 2
    outbox.start()
    outbox.stop(2.0)
    assert not outbox._thread.is_alive()


def test_resuming_needs_an_open_live_session_of_the_same_bank_and_codes_have_four_signs(tmp_path, bank) -> None:
    live = LiveHost(tmp_path / "host.db", bank, session_name="x", code="ABCD")
    live.end()
    with pytest.raises(LiveError, match="has ended"):
        LiveHost(tmp_path / "host.db", bank, session_name="x", resume=live.session.uuid)
    with pytest.raises(LiveError, match="at least four"):
        LiveHost(tmp_path / "host.db", bank, session_name="y", code=" - ")
    with pytest.raises(LiveError, match="not a local-network address"):
        LiveHost(tmp_path / "host.db", bank, session_name="z").start(bind="0.0.0.0")


def test_records_the_host_never_got_are_sent_after_the_desk_app_restarts(tmp_path, bank) -> None:
    from quizapp.live.desk import resume_waiting

    live = LiveHost(tmp_path / "host.db", bank, session_name="x", code="KEPT42")
    address = live.start()
    port = address[1]
    desk = LiveDesk(ScoreStore.open(tmp_path / "desk.db"), LiveClient(f"127.0.0.1:{port}", timeout=1.0))
    desk.join("KEPT42", "Ada")
    live.stop()  # the host goes away; the student answers, then closes the app
    _play(desk, 3)
    assert desk.outbox.waiting == 5
    desk.store.close()
    live = LiveHost(tmp_path / "host.db", bank, session_name="x", resume=live.session.uuid)
    live.start(port=port)
    try:
        reopened = ScoreStore.open(tmp_path / "desk.db")  # the app starts again
        assert sum(len(records) for records in reopened.live_waiting().values()) == 5
        outboxes = resume_waiting(reopened)
        _wait(lambda: _host_answers(live) == 3 and all(o.waiting == 0 for o in outboxes))
        for outbox in outboxes:
            outbox.stop()
        assert reopened.live_waiting() == {}  # acknowledged, so nothing is sent again next time
        reopened.close()
    finally:
        live.stop()


def test_the_headless_host_takes_the_teacher_s_pace_from_the_keyboard(tmp_path) -> None:
    import signal
    import subprocess
    import sys

    command = [sys.executable, "-m", "quizapp", "classroom", "host", str(BANK), "--db", str(tmp_path / "h.db"),
               "--bind", "127.0.0.1", "--code", "PACE77", "--pace", "teacher", "--no-announce"]  # fmt: skip
    with subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as process:
        assert "join code PACE77" in process.stdout.readline()
        assert "type n (next question)" in process.stdout.readline()
        process.stdin.write("n\nr\n")
        process.stdin.flush()
        assert process.stdout.readline().startswith("showing question 2 of ")
        assert process.stdout.readline() == "question 2: 0 answers\n"
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=30)
    assert process.returncode == 0


def test_resuming_by_a_name_two_sessions_share_is_refused(tmp_path, bank) -> None:
    for _ in range(2):
        LiveHost(tmp_path / "host.db", bank, session_name="Same name")
    with pytest.raises(LiveError, match="2 live sessions are called"):
        LiveHost(tmp_path / "host.db", bank, session_name="x", resume="same name")


def test_the_headless_host_refuses_a_database_in_a_missing_folder(tmp_path, capsys) -> None:
    from quizapp import cli

    assert cli.main(["classroom", "host", str(BANK), "--db", str(tmp_path / "nope" / "x.db")]) == 1
    assert "no such folder" in capsys.readouterr().err
    assert not (tmp_path / "nope").exists()


def test_the_teachers_next_and_back_move_within_the_session(host) -> None:
    assert host.step(-1) == 0  # never before the first question
    assert host.step(1) == 1 and host.status.position == 1 and not host.status.revealed
    host.reveal()
    assert host.step(1) == 2 and not host.status.revealed  # a new question hides the answer again
    last = len(host.order) - 1
    host.show(last)
    assert host.step(1) == last  # never past the last


def test_an_event_that_is_not_json_is_a_live_error_not_a_crash(monkeypatch) -> None:
    import http.client

    from quizapp.live.protocol import LiveError as Error

    class Reply:
        status = 200

        def __init__(self) -> None:
            self.lines = [b"data: {not json\n"]

        def readline(self, _limit):
            return self.lines.pop(0) if self.lines else b""

    class Connection:
        def __init__(self, *_args, **_kwargs) -> None:
            pass

        def request(self, *_args) -> None:
            pass

        def getresponse(self):
            return Reply()

        def close(self) -> None:
            pass

    monkeypatch.setattr(http.client, "HTTPConnection", Connection)
    with pytest.raises(Error, match="not JSON"):
        list(LiveClient("127.0.0.1:9").events("token"))


def test_a_student_added_with_a_login_joins_by_name_without_a_second_profile(tmp_path, bank) -> None:
    with ScoreStore.open(tmp_path / "host.db") as store:
        ada = store.add_student("Ada Lovelace", "alovelace")
        store.add_student("Sam Lee", "slee1")
        store.add_student("Sam Lee", "slee2")
    live = LiveHost(tmp_path / "host.db", bank, session_name="9B live", code="ABC123")
    address = live.start()
    try:
        client = LiveClient(f"{address[0]}:{address[1]}")
        assert client.join("ABC123", "ada  LOVELACE").student_uuid == ada.uuid
        with pytest.raises(LiveError, match="2 students are called 'Sam Lee': use the login"):
            client.join("ABC123", "Sam Lee")
        assert client.join("ABC123", "slee2").student_name == "Sam Lee"
    finally:
        live.stop()
    with ScoreStore.open(tmp_path / "host.db") as store:
        assert len(store.students()) == 3
