"""What a Learning Record Store has not acknowledged yet: the records to send, and the record of what it took.

A record is the start of an attempt, one answer, or the end of an attempt. Each is read with everything a
statement needs (the student, their classes, the session, the item as the student saw it). Records of
guests (attempts without a student) are never sent. The queue is derived: a record is waiting while the
``lrs_sent`` table has no row for it and the LRS address, so nothing has to be queued when an answer is
recorded, and answers merged in from other desks wait like this desk's own.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from quizapp.store.connection import write_transaction
from quizapp.store.schema import (
    ANSWERS,
    ATTEMPTS,
    CLASS_MEMBERS,
    CLASSES,
    ITEM_SNAPSHOTS,
    LRS_SENT,
    SESSIONS,
    STUDENTS,
)

STARTED = "attempted"
ANSWERED = "answer"
COMPLETED = "completed"
KINDS = (STARTED, ANSWERED, COMPLETED)
"""The kinds of record, in the order a run sends them."""


@dataclass(frozen=True)
class StudentFacts:
    uuid: str
    name: str
    login: str
    classes: tuple[str, ...]  # the names of the student's classes


@dataclass(frozen=True)
class AttemptFacts:
    uuid: str
    student: StudentFacts
    mode: str
    banks: tuple[tuple[str, str], ...]  # (bank id, title)
    started_at: str
    ended_at: str | None
    score: float | None
    max_score: float | None
    timed_out: bool
    session: str | None  # the classroom session's uuid
    session_name: str | None
    session_class: str | None  # the name of the session's class


@dataclass(frozen=True)
class AnswerFacts:
    uuid: str
    attempt: AttemptFacts
    position: int
    bank: str
    item: str
    type: str
    family: str
    skill: str
    prompt: str
    choices: tuple[str, ...]
    key: tuple[str, ...]  # the right answer(s), as the item had them when answered
    response: tuple[str, ...] | None  # None when skipped
    correct: bool
    score: float
    max_score: float
    confidence: float | None
    elapsed_ms: int
    answered_at: str
    skipped: bool


@dataclass(frozen=True)
class Waiting:
    """One record the LRS has not acknowledged."""

    kind: str
    source: str  # the attempt's or the answer's uuid
    facts: AttemptFacts | AnswerFacts
    rowid: int


def _not_sent(kind: str, source: str) -> str:
    return f"NOT EXISTS (SELECT 1 FROM {LRS_SENT} s WHERE s.lrs = :lrs AND s.kind = '{kind}' AND s.source = {source})"


_ATTEMPT_COLUMNS = (
    "t.uuid AS attempt_uuid, t.mode, t.banks, t.started_at, t.ended_at, t.score AS attempt_score, "
    "t.max_score AS attempt_max, t.timed_out, t.session, st.uuid AS student_uuid, st.name AS student_name, "
    "st.login, se.name AS session_name, sc.name AS session_class"
)
_ATTEMPT_JOINS = (
    f"JOIN {STUDENTS} st ON st.uuid = t.student "
    f"LEFT JOIN {SESSIONS} se ON se.uuid = t.session "
    f"LEFT JOIN {CLASSES} sc ON sc.uuid = se.class"
)


_ATTEMPT_SINCE = "COALESCE(t.ended_at, t.started_at) >= :since"  # an attempt ended on the day counts, as its answers do


def _attempt_query(kind: str) -> str:
    ended = " AND t.ended_at IS NOT NULL" if kind == COMPLETED else ""
    return (
        f"SELECT t.rowid AS rowid, {_ATTEMPT_COLUMNS} FROM {ATTEMPTS} t {_ATTEMPT_JOINS} "
        f"WHERE t.rowid > :after AND {_ATTEMPT_SINCE}{ended} AND {_not_sent(kind, 't.uuid')} "
        "ORDER BY t.rowid LIMIT :limit"
    )


_ANSWER_QUERY = (
    f"SELECT a.rowid AS rowid, a.uuid, a.position, a.bank, a.item, a.response, a.correct, a.score, a.max_score, "
    f"a.confidence, a.elapsed_ms, a.answered_at, a.skipped, i.type, i.family, i.skill, i.prompt, i.choices, "
    f"i.answer AS key, {_ATTEMPT_COLUMNS} "
    f"FROM {ANSWERS} a JOIN {ITEM_SNAPSHOTS} i ON i.hash = a.item_hash JOIN {ATTEMPTS} t ON t.uuid = a.attempt "
    f"{_ATTEMPT_JOINS} "
    f"WHERE a.rowid > :after AND a.answered_at >= :since AND {_not_sent(ANSWERED, 'a.uuid')} "
    "ORDER BY a.rowid LIMIT :limit"
)


def _texts(value: str | None) -> tuple[str, ...]:
    try:
        found = json.loads(value) if value else []
    except ValueError:
        return ()
    if isinstance(found, str):
        return (found,)
    return tuple(str(text) for text in found) if isinstance(found, list) else ()


def _banks(value: str | None) -> tuple[tuple[str, str], ...]:
    try:
        found = json.loads(value) if value else []
    except ValueError:
        return ()
    banks = []
    for bank in found if isinstance(found, list) else []:
        if isinstance(bank, dict) and bank.get("id"):
            banks.append((str(bank["id"]), str(bank.get("title") or bank["id"])))
    return tuple(banks)


class _Classes:
    """The class names of each student, read once per run."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._names: dict[str, tuple[str, ...]] | None = None

    def of(self, student: str) -> tuple[str, ...]:
        if self._names is None:
            names: dict[str, list[str]] = {}
            for member, name in self._db.conn.execute(
                f"SELECT m.student, c.name FROM {CLASS_MEMBERS} m JOIN {CLASSES} c ON c.uuid = m.class ORDER BY c.name"
            ):
                names.setdefault(member, []).append(name)
            self._names = {member: tuple(found) for member, found in names.items()}
        return self._names.get(student, ())


def _attempt(row: dict[str, Any], classes: _Classes) -> AttemptFacts:
    student = StudentFacts(row["student_uuid"], row["student_name"], row["login"], classes.of(row["student_uuid"]))
    return AttemptFacts(
        uuid=row["attempt_uuid"],
        student=student,
        mode=row["mode"],
        banks=_banks(row["banks"]),
        started_at=row["started_at"],
        ended_at=row["ended_at"],
        score=row["attempt_score"],
        max_score=row["attempt_max"],
        timed_out=bool(row["timed_out"]),
        session=row["session"],
        session_name=row["session_name"],
        session_class=row["session_class"],
    )


def _answer(row: dict[str, Any], classes: _Classes) -> AnswerFacts:
    skipped = bool(row["skipped"])
    return AnswerFacts(
        uuid=row["uuid"],
        attempt=_attempt(row, classes),
        position=int(row["position"]),
        bank=row["bank"],
        item=row["item"],
        type=row["type"],
        family=row["family"] or "",
        skill=row["skill"],
        prompt=row["prompt"],
        choices=_texts(row["choices"]),
        key=_texts(row["key"]),
        response=None if skipped or row["response"] is None else _texts(row["response"]),
        correct=bool(row["correct"]),
        score=float(row["score"]),
        max_score=float(row["max_score"]),
        confidence=row["confidence"],
        elapsed_ms=int(row["elapsed_ms"]),
        answered_at=row["answered_at"],
        skipped=skipped,
    )


def waiting(db: Database, lrs: str, kind: str, *, since: str = "", batch: int = 500) -> Iterator[list[Waiting]]:
    """The records of `kind` the LRS at `lrs` has not acknowledged, oldest row first, `batch` at a time.

    Reads one batch at a time (a run over 100,000 answers never holds them all). `since` (an ISO time)
    leaves out what happened before it.
    """
    classes = _Classes(db)
    after = 0
    while True:
        params = {"lrs": lrs, "since": since, "after": after, "limit": batch}
        if kind == ANSWERED:
            rows = list(db.query(_ANSWER_QUERY, params))
            found = [Waiting(kind, row["uuid"], _answer(row, classes), row["rowid"]) for row in rows]
        else:
            rows = list(db.query(_attempt_query(kind), params))
            found = [Waiting(kind, row["attempt_uuid"], _attempt(row, classes), row["rowid"]) for row in rows]
        if not found:
            return
        yield found
        after = found[-1].rowid


def count_waiting(db: Database, lrs: str, kind: str, *, since: str = "") -> int:
    """How many records of `kind` of students (not guests) the LRS at `lrs` has not acknowledged."""
    if kind == ANSWERED:
        sql = (
            f"SELECT COUNT(*) FROM {ANSWERS} a JOIN {ATTEMPTS} t ON t.uuid = a.attempt "
            f"JOIN {STUDENTS} st ON st.uuid = t.student WHERE a.answered_at >= :since AND {_not_sent(kind, 'a.uuid')}"
        )
    else:
        ended = " AND t.ended_at IS NOT NULL" if kind == COMPLETED else ""
        sql = (
            f"SELECT COUNT(*) FROM {ATTEMPTS} t JOIN {STUDENTS} st ON st.uuid = t.student "
            f"WHERE {_ATTEMPT_SINCE}{ended} AND {_not_sent(kind, 't.uuid')}"
        )
    return int(db.conn.execute(sql, {"lrs": lrs, "since": since}).fetchone()[0])


def acknowledge(db: Database, lrs: str, records: Iterable[tuple[str, str, str]], *, now: str) -> None:
    """Note that the LRS at `lrs` holds these (kind, source, statement id) records."""
    with write_transaction(db):
        db.conn.executemany(
            f"INSERT INTO {LRS_SENT} (lrs, kind, source, statement, sent_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING",
            [(lrs, kind, source, statement, now) for kind, source, statement in records],
        )
