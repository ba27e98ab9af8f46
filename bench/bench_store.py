"""Score store speed: durable answer recording, item statistics and mastery over 1,000,000 answers.

Prints figures; asserts nothing. Everything is written to a temporary folder and removed.

1. Recording: each answer saved the way the GUI saves it (one committed, fsynced transaction
   with its item snapshot); median and 99th percentile. Target: median ≤ 5 ms.
2. A synthetic classroom database: 1,000 students, 50 banks of 20 items, 50,000 finished
   attempts of 20 answers = 1,000,000 answers, right or wrong by a simple ability/difficulty
   model. Then item statistics for one 20-item bank and per-skill mastery of one student
   (and of a 30-student class). Target: ≤ 300 ms each.
"""

from __future__ import annotations

import json
import math
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp.banks.model import Bank, Item  # noqa: E402
from quizapp.engine import QuizSession, item_hash  # noqa: E402
from quizapp.engine.hashing import canonical_json  # noqa: E402
from quizapp.engine.records import iso_time  # noqa: E402
from quizapp.store import ScoreStore  # noqa: E402
from quizapp.store.connection import write_transaction  # noqa: E402
from quizapp.store.recording import snapshot_row  # noqa: E402
from quizapp.store.schema import ANSWERS, ATTEMPTS, ITEM_SNAPSHOTS, STUDENTS  # noqa: E402

SKILLS = ("main-event", "detail", "number", "quote-speaker", "source-type", "hedge", "fact-opinion", "dateline")
STUDENTS_N, BANKS_N, ITEMS_PER_BANK, ATTEMPTS_PER_STUDENT = 1_000, 50, 20, 50
RECORDINGS = 400


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(fraction * len(ordered)) - 1)]


def _bank(number: int) -> Bank:
    items = tuple(
        Item(
            id=f"b{number:02d}-q{n:02d}",
            type="single",
            family="comprehension",
            skill=SKILLS[(number + n) % len(SKILLS)],
            difficulty=1 + n % 3,
            prompt=f"Question {n} about story {number}: who said the talks would resume next week?",
            answer=("The minister",),
            choices=("The minister", "A rebel leader", "An unnamed official", "The reporter"),
            explanation="The quote is attributed to the minister in the third paragraph.",
        )
        for n in range(ITEMS_PER_BANK)
    )
    return Bank(id=f"bank-{number:02d}", title=f"Story {number}", items=items)


def bench_recording(folder: Path) -> None:
    bank = _bank(0)
    with ScoreStore.open(folder / "record.db") as store:
        student = store.add_student("Bench")
        timings = []
        while len(timings) < RECORDINGS:
            session = QuizSession([bank], mode="test", seed=len(timings), student=student.uuid)
            store.save(session.start())
            while session.current is not None and len(timings) < RECORDINGS:
                record = session.answer("The minister").record
                start = time.perf_counter()
                store.save(record)
                timings.append(time.perf_counter() - start)
                session.next()
    print(
        f"record one answer durably ({RECORDINGS} answers, synchronous=FULL): "
        f"median {_ms(statistics.median(timings))}, p99 {_ms(_percentile(timings, 0.99))}, "
        f"max {_ms(max(timings))}"
    )


def _generate(store: ScoreStore, rng: random.Random) -> tuple[str, list[str]]:
    """Fill the database with synthetic students, attempts and answers; return a bank id and students."""
    banks = [_bank(n) for n in range(BANKS_N)]
    difficulty = {item.id: rng.gauss(0, 1) for bank in banks for item in bank.items}
    hashes = {item.id: item_hash(item) for bank in banks for item in bank.items}
    students = [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(STUDENTS_N)]
    ability = {student: rng.gauss(0, 1) for student in students}
    conn = store.db.conn
    clock = 1_700_000_000.0
    with write_transaction(store.db):
        conn.executemany(
            f"INSERT INTO {STUDENTS} (uuid, name, login, created_at) VALUES (?, ?, ?, ?)",
            [(s, f"Student {n}", f"student-{n}", iso_time(clock)) for n, s in enumerate(students)],
        )
        for bank in banks:
            for item in bank.items:
                row = snapshot_row(bank.id, item, hashes[item.id])
                placeholders = ", ".join("?" for _ in row)
                conn.execute(
                    f"INSERT INTO {ITEM_SNAPSHOTS} ({', '.join(row)}) VALUES ({placeholders})", [*row.values()]
                )
        for round_number in range(ATTEMPTS_PER_STUDENT):
            attempts, answers = [], []
            for student in students:
                bank = banks[rng.randrange(BANKS_N)]
                attempt = str(uuid.UUID(int=rng.getrandbits(128), version=4))
                clock += 1.5
                started = clock
                total = 0
                order = list(bank.items)
                rng.shuffle(order)
                for position, item in enumerate(order):
                    chance = 1 / (1 + math.exp(difficulty[item.id] - ability[student]))
                    right = rng.random() < chance
                    total += right
                    clock += 0.02
                    answers.append(
                        (
                            str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                            attempt,
                            student,
                            position,
                            bank.id,
                            item.id,
                            hashes[item.id],
                            item.skill,
                            json.dumps([item.answer[0] if right else item.choices[1 + rng.randrange(3)]]),
                            int(right),
                            float(right),
                            1.0,
                            round(rng.random(), 2),
                            rng.randrange(2_000, 30_000),
                            iso_time(clock),
                            0,
                        )
                    )
                settings = canonical_json({"selection": {}, "questions": [[bank.id, i.id] for i in order]})
                banks_json = canonical_json([{"id": bank.id, "title": bank.title, "hash": "0" * 64}])
                attempts.append(
                    (
                        attempt,
                        student,
                        "test",
                        round_number,
                        settings,
                        banks_json,
                        iso_time(started),
                        iso_time(clock),
                        float(total),
                        float(len(order)),
                        0,
                        "bench",
                    )
                )
            conn.executemany(
                f"INSERT INTO {ATTEMPTS} (uuid, student, mode, seed, settings, banks, started_at, ended_at, score, "
                "max_score, timed_out, app_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                attempts,
            )
            conn.executemany(
                f"INSERT INTO {ANSWERS} (uuid, attempt, student, position, bank, item, item_hash, skill, response, "
                "correct, score, max_score, confidence, elapsed_ms, answered_at, skipped) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                answers,
            )
    return banks[0].id, students


def _timed(function, rounds: int = 7) -> tuple[float, float]:
    """First (cold) run and the median of the following runs."""
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        function()
        timings.append(time.perf_counter() - start)
    return timings[0], statistics.median(timings[1:])


def bench_queries(folder: Path) -> None:
    path = folder / "classroom.db"
    rng = random.Random(2024)
    start = time.perf_counter()
    with ScoreStore.open(path) as store:
        bank_id, students = _generate(store, rng)
        count = store.db.conn.execute(f"SELECT COUNT(*) FROM {ANSWERS}").fetchone()[0]
        store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"generated {count:,} answers in {time.perf_counter() - start:.1f} s")
    size = sum(p.stat().st_size for p in folder.glob("classroom.db*"))
    print(f"database size: {size / 1_000_000:.0f} MB ({size / count:.0f} bytes per answer, indexes included)")
    with ScoreStore.open(path) as store:
        stats: list = []
        cold, warm = _timed(lambda: stats.extend(store.item_statistics(bank_id)))
        answered = stats[0].attempts * len(stats[:ITEMS_PER_BANK])
        print(
            f"item statistics, one {ITEMS_PER_BANK}-item bank ({answered:,} of its answers in {count:,}): "
            f"cold {_ms(cold)}, median {_ms(warm)}"
        )
        flagged = sum(1 for s in stats[:ITEMS_PER_BANK] if s.flag)
        print(
            f"  e.g. {stats[0].item}: facility {stats[0].facility:.2f}, discrimination "
            f"{stats[0].discrimination:.2f}; {flagged} of {ITEMS_PER_BANK} items flagged"
        )
        cold, warm = _timed(lambda: store.mastery(students[0]))
        print(
            f"per-skill mastery, one student ({ATTEMPTS_PER_STUDENT * ITEMS_PER_BANK:,} answers): "
            f"cold {_ms(cold)}, median {_ms(warm)}"
        )
        cold, warm = _timed(lambda: [store.mastery(s) for s in students[:30]], rounds=3)
        print(f"per-skill mastery, a class of 30 students: cold {_ms(cold)}, median {_ms(warm)}")
        cold, warm = _timed(lambda: store.history(students[0]))
        print(f"history of one student ({ATTEMPTS_PER_STUDENT} attempts): cold {_ms(cold)}, median {_ms(warm)}")


def main() -> None:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="quizapp-bench-") as folder:
        bench_recording(Path(folder))
        bench_queries(Path(folder))
    print(f"total benchmark time: {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
