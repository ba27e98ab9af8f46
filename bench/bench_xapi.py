"""Sending 100,000 answers to a local LRS: statements per second, the sender's peak memory, nothing lost twice.

The LRS is Ralph with its file backend on loopback (installed by ``make test`` into .cache/ralph; see
tests/lrs_support.py). The desk: 250 students of class 9B, each with 20 test-mode attempts of 20 items
on the seed bank: 100,000 answers, and the start and end of 5,000 attempts, so 110,000 statements.
Their rows are copies, with new ids, of one attempt played through the quiz engine.

The sender is the real command, ``quizapp results send``, in its own process, in batches of 1,000. Printed:
- the time and statements per second for the whole run; Ralph's file backend reads its whole file at
  every request to find repeated ids, so the LRS's side grows with the store: the same desk sent to an
  LRS that drops what it receives is timed too, to show the sender's own rate;
- the sender's peak memory (its largest resident set, VmHWM) for 110,000 statements against the same command
  over 1,100 statements: a sender that reads a batch at a time stays flat (ratio near 1);
- what the LRS holds afterwards: every statement id once, none missing;
- a second run: nothing is waiting, nothing is sent.
Targets: nothing lost or duplicated; memory ratio at most 1.5.
"""

from __future__ import annotations

import http.server
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from lrs_support import PASSWORD, USER, Ralph, ralph_missing  # noqa: E402

from quizapp.banks import load_bank  # noqa: E402
from quizapp.engine import QuizSession, Selection  # noqa: E402
from quizapp.store import ScoreStore  # noqa: E402
from quizapp.store.lrsqueue import ANSWERED, COMPLETED, STARTED  # noqa: E402
from quizapp.xapi.profile import statement_id  # noqa: E402

STUDENTS = 250
ATTEMPTS = 20
ITEMS = 20
BATCH = 1000
# The command, reporting its own peak memory when it ends: VmHWM, the largest resident set of this
# program (ru_maxrss would not do: on Linux a child started by this large process inherits its figure).
QUIZAPP = [
    sys.executable,
    "-c",
    "import sys; from quizapp.cli import main; status = main(); "
    "peak = [line for line in open('/proc/self/status') if line.startswith('VmHWM')][0].split()[1]; "
    "print('peak', peak, file=sys.stderr); sys.exit(status)",
]


def _answer(question):
    item = question.item
    if item.type in ("short", "evidence"):
        return item.correct_answer
    return list(item.answer) if item.type == "multiple" else item.correct_answer


def build_desk(path: Path, students: int, attempts: int) -> tuple[int, list[str]]:
    """A desk of `students` × `attempts` × ITEMS answers; (answers, every statement id expected)."""
    bank = load_bank(ROOT / "questions" / "niger-russian-military-trainers.yaml")
    with ScoreStore.open(path) as store:
        store.add_class("9B")
        first = store.add_student("Student 0")
        session = QuizSession([bank], mode="test", seed=1, student=first.uuid, selection=Selection(count=ITEMS))
        store.save(session.start())
        while session.current is not None:
            store.save(session.answer(_answer(session.current)).record)
            session.next()
        store.save(session.finish().record)
        db = store.db
        template = next(iter(db.query("SELECT * FROM attempts")))
        answers = list(db.query("SELECT * FROM answers ORDER BY position"))
        expected: list[str] = []
        with db.conn:
            db.conn.execute("DELETE FROM answers")
            db.conn.execute("DELETE FROM attempts")
            student_rows, members, attempt_rows, answer_rows = [], [], [], []
            classes = {row["name"]: row["uuid"] for row in db.query("SELECT uuid, name FROM classes")}
            for number in range(students):
                student = first.uuid if number == 0 else str(uuid.uuid4())
                if number:
                    student_rows.append(
                        {"uuid": student, "name": f"Student {number}", "login": f"student {number}", "created_at": "x"}
                    )
                members.append({"class": classes["9B"], "student": student})
                for _attempt in range(attempts):
                    attempt = str(uuid.uuid4())
                    attempt_rows.append({**template, "uuid": attempt, "student": student})
                    expected += [statement_id(STARTED, attempt), statement_id(COMPLETED, attempt)]
                    for row in answers:
                        answer = str(uuid.uuid4())
                        answer_rows.append({**row, "uuid": answer, "attempt": attempt, "student": student})
                        expected.append(statement_id(ANSWERED, answer))
            db["students"].insert_all(student_rows)
            db["class_members"].insert_all(members)
            db["attempts"].insert_all(attempt_rows)
            db["answers"].insert_all(answer_rows, batch_size=5000)
    return len(answer_rows), expected


def send(db: Path, url: str) -> tuple[float, int, str]:
    """(seconds, peak resident memory in KiB, output) of one ``quizapp results send`` process."""
    command = [*QUIZAPP, "results", "send", "--lrs", url, "--user", USER, "--db", str(db), "--batch", str(BATCH)]
    env = {**os.environ, "QUIZAPP_LRS_PASSWORD": PASSWORD}
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    assert done.returncode == 0, done.stderr
    peak = int(done.stderr.rsplit("peak ", 1)[1])
    return seconds, peak, done.stdout.strip()


class _Drop(http.server.BaseHTTPRequestHandler):
    """An LRS that takes every batch and keeps nothing: the sender's own speed, without the LRS's."""

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        reply = json.dumps([found["id"] for found in body]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, *args: object) -> None:
        pass


def main() -> int:
    missing = ralph_missing()
    if missing:
        print(f"skipped: {missing}")
        return 0
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        _small, small_expected = build_desk(work / "small.db", students=5, attempts=ATTEMPTS // 2)
        answers, expected = build_desk(work / "desk.db", STUDENTS, ATTEMPTS)
        (work / "copy.db").write_bytes((work / "desk.db").read_bytes())
        print(f"desk: {answers:,} answers, {len(expected):,} statements")

        ralph = Ralph(work / "lrs")
        ralph.start()
        try:
            _seconds, small_peak, _out = send(work / "small.db", ralph.url)
            seconds, peak, output = send(work / "desk.db", ralph.url)
            print(f"to Ralph: {output}")
            print(f"  {seconds:.1f} s, {len(expected) / seconds:,.0f} statements/s")
            again, _peak, output = send(work / "desk.db", ralph.url)
            print(f"second run: {output} in {again:.1f} s")
            stored = [found["id"] for found in ralph.stored()]
        finally:
            ralph.stop()
        ours = set(expected)
        from_desk = [found for found in stored if found in ours]
        duplicated = len(from_desk) - len(set(from_desk))
        lost = len(ours - set(from_desk))
        print(f"the LRS holds {len(from_desk):,} of {len(ours):,} statements: {lost} lost, {duplicated} duplicated")

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Drop)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            dropped, _peak, _out = send(work / "copy.db", f"http://127.0.0.1:{server.server_address[1]}/xAPI/")
        finally:
            server.shutdown()
        print(f"sender alone (an LRS that keeps nothing): {dropped:.1f} s, {len(expected) / dropped:,.0f} statements/s")
        mib = peak / 1024, small_peak / 1024
        print(
            f"peak memory: {mib[0]:.0f} MiB for {len(expected):,} statements, "
            f"{mib[1]:.0f} MiB for {len(small_expected):,}"
        )
        print(f"memory ratio {peak / small_peak:.2f}")
        return 0 if lost == 0 and duplicated == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
