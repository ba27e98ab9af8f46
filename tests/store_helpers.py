"""Shared fixtures for the engine and store tests, and a recorder process for the fault tests.

Tests load this file by path (``load_helpers`` in each test module), since tests are
imported with ``--import-mode=importlib``. Run as a script it records quiz answers into a
database and prints ``saved <uuid>`` after each commit::

    python tests/store_helpers.py DB LOGIN COUNT      # COUNT 0 means: until killed
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # when run as a script
    sys.path.insert(0, str(ROOT))

from quizapp.banks.model import Bank, Item  # noqa: E402
from quizapp.engine import QuizSession  # noqa: E402

START = 1_700_000_000.0  # 2023-11-14T22:13:20Z


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: float = START) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def tick(self, seconds: float) -> None:
        self.now += seconds


def counter_ids(prefix: str = "id") -> Callable[[], str]:
    """Predictable ids: prefix-0001, prefix-0002, …"""
    numbers = itertools.count(1)
    return lambda: f"{prefix}-{next(numbers):04d}"


def item(item_id: str, kind: str = "single", **fields: object) -> Item:
    """An item with sensible defaults for its type."""
    defaults: dict[str, object] = {
        "single": {"choices": ("Paris", "Rome", "Oslo"), "answer": ("Paris",)},
        "multiple": {"choices": ("A", "B", "C", "D"), "answer": ("A", "B")},
        "true_false": {"choices": ("True", "False"), "answer": ("True",)},
        "short": {"choices": (), "answer": ("Reuters", "Reuters news agency")},
        "evidence": {"choices": (), "answer": ("The minister said the talks failed.",)},
    }[kind]
    values: dict[str, object] = {
        "id": item_id,
        "type": kind,
        "family": "comprehension",
        "skill": "detail",
        "difficulty": 1,
        "prompt": f"Question {item_id}?",
        "explanation": f"Because of {item_id}.",
        "evidence": (f"Evidence for {item_id}.",),
        **defaults,
        **fields,
    }
    return Item(**values)  # type: ignore[arg-type]


def bank(bank_id: str = "bank-a", items: tuple[Item, ...] | None = None, title: str | None = None) -> Bank:
    """A bank; by default five single-choice items q1…q5 on two skills."""
    if items is None:
        items = tuple(item(f"q{n}", skill="detail" if n <= 3 else "number", difficulty=1 + n % 3) for n in range(1, 6))
    return Bank(id=bank_id, title=title or f"Bank {bank_id}", items=items)


def right_answer(question) -> object:
    """The response that scores full marks on `question`."""
    found = question.item
    if found.type in ("short", "evidence"):
        return found.answer[0]
    if found.type == "multiple":
        return list(found.answer)
    return found.answer[0]


def wrong_answer(question) -> object:
    """A response that scores 0 on `question`."""
    found = question.item
    if found.type in ("short", "evidence"):
        return "something else"
    wrong = [choice for choice in question.choices if choice not in found.answer]
    return wrong if found.type == "multiple" else wrong[0]


def play(store, session: QuizSession, pattern: str, clock: FakeClock | None = None):
    """Play `session` into `store`: pattern letters R (right), W (wrong), S (skip), one per question."""
    store.save(session.start())
    for letter in pattern:
        question = session.current
        if clock is not None:
            clock.tick(3)
        if letter == "S":
            store.save(session.skip())
            continue
        outcome = session.answer(right_answer(question) if letter == "R" else wrong_answer(question))
        store.save(outcome.record)
        session.next()
    result = session.finish()
    store.save(result.record)
    return result


def _record_forever(db: str, login: str, count: int) -> Iterator[str]:
    from quizapp.store import ScoreStore

    with ScoreStore.open(db) as store:
        student = store.student(login) or store.add_student(login)
        seeds = itertools.count(1)
        saved = 0
        while True:
            session = QuizSession([bank()], mode="test", seed=next(seeds), student=student.uuid)
            store.save(session.start())
            while session.current is not None:
                outcome = session.answer(right_answer(session.current))
                store.save(outcome.record)
                yield outcome.record.uuid
                saved += 1
                if count and saved >= count:
                    store.save(session.finish().record)
                    return
                session.next()
            store.save(session.finish().record)


def main(argv: list[str]) -> int:
    db, login, count = argv[0], argv[1], int(argv[2])
    print("ready", flush=True)
    for answer_uuid in _record_forever(db, login, count):
        print(f"saved {answer_uuid}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))


def play_items(store, session: QuizSession, responses: dict, clock: FakeClock | None = None, finish: bool = True):
    """Play `session` answering by item id: "R" right, "W" wrong, None skip, anything else as given.

    Items missing from `responses` are answered right."""
    store.save(session.start())
    while session.current is not None:
        question = session.current
        if clock is not None:
            clock.tick(3)
        wanted = responses.get(question.item.id, "R")
        if wanted is None:
            store.save(session.skip())
            continue
        if wanted == "R":
            wanted = right_answer(question)
        elif wanted == "W":
            wanted = wrong_answer(question)
        store.save(session.answer(wanted).record)
        session.next()
    if not finish:
        return None
    result = session.finish()
    store.save(result.record)
    return result
