"""Writing what a quiz session reports: attempt start, each answer (with an item snapshot), the end.

Each call is one short ``BEGIN IMMEDIATE`` transaction, committed (and, with
``synchronous=FULL``, on disk) before it returns. Every write is idempotent — saving the
same record twice changes nothing — so a failed save can simply be retried.
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from quizapp import __version__
from quizapp.banks.model import Item, item_to_dict
from quizapp.engine.hashing import canonical_json
from quizapp.engine.records import AnswerRecord, AttemptFinished, AttemptStarted
from quizapp.errors import QuizappError
from quizapp.store.connection import write_transaction
from quizapp.store.schema import ANSWERS, ATTEMPTS, ITEM_SNAPSHOTS, SESSIONS, STUDENTS


class RecordingError(QuizappError):
    """A record refers to something the database does not have (an unknown student or attempt)."""


def _exists(db: Database, table: str, key: str) -> bool:
    return db.conn.execute(f"SELECT 1 FROM {table} WHERE uuid = ?", [key]).fetchone() is not None


def start_attempt(db: Database, started: AttemptStarted) -> None:
    """Store a new attempt (student and classroom session must exist when given)."""
    row: dict[str, Any] = {
        "uuid": started.uuid,
        "student": started.student,
        "session": started.classroom_session,
        "mode": str(started.mode),
        "seed": started.seed,
        "settings": canonical_json(started.settings),
        "banks": canonical_json([{"id": b.id, "title": b.title, "hash": b.hash} for b in started.banks]),
        "started_at": started.started_at,
        "ended_at": None,
        "score": None,
        "max_score": None,
        "timed_out": 0,
        "app_version": __version__,
    }
    with write_transaction(db):
        if started.student is not None and not _exists(db, STUDENTS, started.student):
            raise RecordingError(f"no student {started.student} in this database")
        if started.classroom_session is not None and not _exists(db, SESSIONS, started.classroom_session):
            raise RecordingError(f"no classroom session {started.classroom_session} in this database")
        if not _exists(db, ATTEMPTS, started.uuid):  # saved before: nothing to do
            db[ATTEMPTS].insert(row)


def snapshot_row(bank_id: str, item: Item, item_hash: str) -> dict[str, Any]:
    """The item as the student saw it, keyed by its content hash."""
    return {
        "hash": item_hash,
        "bank": bank_id,
        "item": item.id,
        "type": item.type,
        "family": item.family,
        "skill": item.skill,
        "difficulty": item.difficulty,
        "prompt": item.prompt,
        "choices": json.dumps(list(item.choices), ensure_ascii=False),
        "answer": json.dumps(list(item.answer), ensure_ascii=False),
        "scoring": item.scoring,
        "explanation": item.explanation,
        "evidence": json.dumps(list(item.evidence), ensure_ascii=False),
        "data": canonical_json(item_to_dict(item)),
    }


def record_answer(db: Database, record: AnswerRecord) -> None:
    """Store one answer (or skip) and the snapshot of its item, committed before returning."""
    with write_transaction(db):
        found = db.conn.execute(f"SELECT student FROM {ATTEMPTS} WHERE uuid = ?", [record.attempt]).fetchone()
        if found is None:
            raise RecordingError(f"attempt {record.attempt} was never started in this database")
        db.conn.execute(
            f"INSERT INTO {ITEM_SNAPSHOTS} "
            "(hash, bank, item, type, family, skill, difficulty, prompt, choices, answer, scoring, explanation, "
            "evidence, data) VALUES (:hash, :bank, :item, :type, :family, :skill, :difficulty, :prompt, :choices, "
            ":answer, :scoring, :explanation, :evidence, :data) ON CONFLICT DO NOTHING",
            snapshot_row(record.bank_id, record.item, record.item_hash),
        )
        db.conn.execute(
            f"INSERT INTO {ANSWERS} "
            "(uuid, attempt, student, position, bank, item, item_hash, skill, response, correct, score, max_score, "
            "confidence, elapsed_ms, answered_at, skipped) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING",
            [
                record.uuid,
                record.attempt,
                found[0],
                record.position,
                record.bank_id,
                record.item_id,
                record.item_hash,
                record.item.skill,
                None if record.response is None else json.dumps(list(record.response), ensure_ascii=False),
                int(record.correct),
                record.score,
                record.max_score,
                record.confidence,
                record.elapsed_ms,
                record.answered_at,
                int(record.skipped),
            ],
        )


def finish_attempt(db: Database, finished: AttemptFinished) -> None:
    """Store the end time and score of an attempt."""
    with write_transaction(db):
        cursor = db.conn.execute(
            f"UPDATE {ATTEMPTS} SET ended_at = ?, score = ?, max_score = ?, timed_out = ? WHERE uuid = ?",
            [finished.ended_at, finished.score, finished.max_score, int(finished.timed_out), finished.attempt],
        )
        if cursor.rowcount == 0:
            raise RecordingError(f"attempt {finished.attempt} was never started in this database")
