"""A live classroom under load: a headless host and simulated desks on loopback, with dropped connections.

Each desk joins, answers a 20-item session with random think times (the desk's own clock, sped up:
0 to 200 ms between answers), saves every record in its own database first and sends it through the
outbox the app uses. While they answer, connections drop at random (5 % of requests are lost and must
be sent again), and now and then (1 % of answers) a desk's network goes away for 0.5 to 2 s; its
records wait and are resent when it is back. Printed per class size: answers saved on desks, answers
the host stored, how many were lost, and the 95th percentile of the time from an answer saved on a
desk to its commit on the host (answers given while their desk was offline count for "lost" but not
for the percentile: they wait for the network, not for the host). The last line is the 30-desk run:
``desks N answers M lost L p95 X ms``.
Targets: L = 0 and p95 <= 250 ms for 30 desks on this 2-core machine.
"""

from __future__ import annotations

import random
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quizapp.banks import load_bank
from quizapp.live.client import LiveClient, Unreachable
from quizapp.live.desk import LiveDesk
from quizapp.live.host import LiveHost
from quizapp.store import ScoreStore

ROOT = Path(__file__).resolve().parent.parent
ITEMS = 20
DROP_CHANCE = 0.05  # per request: the connection drops (the request is lost, the desk must send again)
OUTAGE_CHANCE = 0.01  # per answer: the desk's network goes away for 0.5 to 2 s


class FlakyClient(LiveClient):
    """The app's client on a desk whose connections drop at random, and whose network is sometimes away."""

    down_until = 0.0
    rng = random.Random(0)

    def _request(self, method, path, body=None):
        if time.monotonic() < self.down_until or self.rng.random() < DROP_CHANCE:
            raise Unreachable(f"the host {self.host}:{self.port} does not answer (connection dropped)")
        return super()._request(method, path, body)


def _answer(question):
    item = question.item
    if item.type in ("short", "evidence"):
        return item.correct_answer
    return list(item.answer) if item.type == "multiple" else item.correct_answer


def run(desks: int, seed: int = 1) -> tuple[int, int, int, float]:
    bank = load_bank(ROOT / "questions" / "niger-russian-military-trainers.yaml")
    items = [item.id for item in bank.items if item.type != "evidence"][:ITEMS]
    committed: dict[str, float] = {}
    lock = threading.Lock()

    def on_commit(ids: list[str]) -> None:
        now = time.perf_counter()
        with lock:
            for record_id in ids:
                committed.setdefault(record_id, now)

    with tempfile.TemporaryDirectory() as folder:
        host = LiveHost(Path(folder) / "host.db", bank, session_name="bench", items=items, code="BENCH9",
                        on_commit=on_commit)  # fmt: skip
        address = host.start()
        saved: dict[str, float] = {}
        offline: set[str] = set()  # answered while the desk's network was away: they arrive when it is back

        def desk_run(number: int) -> None:
            rng = random.Random(seed * 1000 + number)
            client = FlakyClient(f"{address[0]}:{address[1]}", timeout=5.0)
            client.rng = random.Random(seed * 7 + number)
            desk = LiveDesk(ScoreStore.open(Path(folder) / f"desk{number}.db"), client)
            deadline = time.monotonic() + 300
            while True:  # as a student would: try again while the host is busy
                try:
                    desk.join("BENCH9", f"Student {number}")
                    break
                except Unreachable:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.2)
            outbox = desk.outbox
            outbox.retry_s, outbox.max_retry_s = 0.02, 0.2
            outbox.start()
            session = desk.new_session(seed=number)
            desk.save(session.start())
            while session.current is not None:
                time.sleep(rng.uniform(0, 0.2))  # the student thinks
                outage = rng.random() < OUTAGE_CHANCE
                if outage:  # the network goes away for a while
                    client.down_until = time.monotonic() + rng.uniform(0.5, 2.0)
                record = session.answer(_answer(session.current)).record
                desk.save(record)
                with lock:
                    saved[record.uuid] = time.perf_counter()
                    if time.monotonic() < client.down_until:
                        offline.add(record.uuid)
                session.next()
            desk.save(session.finish().record)
            deadline = time.monotonic() + 60
            while outbox.waiting and time.monotonic() < deadline:
                time.sleep(0.02)
            outbox.stop()
            desk.store.close()

        threads = [threading.Thread(target=desk_run, args=(n,)) for n in range(desks)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        host.stop()
        with ScoreStore.open(Path(folder) / "host.db") as store:
            stored = store.db.conn.execute("SELECT COUNT(*) FROM answers").fetchone()[0]
    delays = sorted(
        (committed[uuid] - at) * 1000 for uuid, at in saved.items() if uuid in committed and uuid not in offline
    )
    p95 = delays[int(0.95 * (len(delays) - 1))] if delays else float("nan")
    return len(saved), stored, len(saved) - stored, p95, len(offline)


def main() -> None:
    for desks in (200, 30):
        started = time.perf_counter()
        answers, stored, lost, p95, offline = run(desks)
        print(
            f"{desks} desks: {answers} answers saved on desks, {stored} stored on the host, lost {lost}, "
            f"p95 save-to-commit {p95:.0f} ms (the {offline} answered while their desk was offline left out), "
            f"{time.perf_counter() - started:.1f} s"
        )
    print(f"desks {desks} answers {answers} lost {lost} p95 {p95:.0f} ms")


if __name__ == "__main__":
    main()
