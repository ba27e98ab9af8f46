"""What spaced review needs from the score database: a student's answers, item use, and the cached plan."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime

from sqlite_utils import Database

from quizapp.engine.selection import ItemKey
from quizapp.review import ItemUse, ReviewAnswer, SkillPlan, skill_plans
from quizapp.store.connection import write_transaction
from quizapp.store.schema import ANSWERS, ATTEMPTS, ITEM_SNAPSHOTS, REVIEW_STATE


def _guess(kind: str, choices: str | None) -> float:
    """The chance of answering an item right by guessing: one in its choices, none when typed."""
    if kind == "true_false":
        return 0.5
    if kind in ("short", "evidence"):
        return 0.0 if kind == "short" else 0.1
    count = len(json.loads(choices or "[]"))
    return 1 / count if count else 0.25


def review_answers(db: Database, student: str) -> list[ReviewAnswer]:
    """Every answered (not skipped) item of `student`, oldest first, in any mode."""
    rows = db.conn.execute(
        f"""
        SELECT a.skill, a.correct, a.answered_at, a.confidence, s.type, s.choices, a.bank, a.item, a.attempt
        FROM {ANSWERS} a JOIN {ITEM_SNAPSHOTS} s ON s.hash = a.item_hash
        WHERE a.student = ? AND a.skipped = 0 ORDER BY a.answered_at, a.rowid
        """,
        [student],
    )
    return [
        ReviewAnswer(
            skill,
            bool(correct),
            datetime.fromisoformat(answered_at),
            confidence,
            _guess(kind, choices),
            bank,
            item,
            attempt,
        )
        for skill, correct, answered_at, confidence, kind, choices, bank, item, attempt in rows
    ]


def item_uses(db: Database, student: str) -> dict[ItemKey, ItemUse]:
    rows = db.conn.execute(
        f"SELECT bank, item, COUNT(*), MAX(answered_at) FROM {ANSWERS} WHERE student = ? GROUP BY bank, item",
        [student],
    )
    return {(bank, item): ItemUse(times, last) for bank, item, times, last in rows}


def previous_quiz_items(db: Database, student: str) -> frozenset[ItemKey]:
    """The items of the student's latest quiz."""
    latest = db.conn.execute(
        f"SELECT uuid FROM {ATTEMPTS} WHERE student = ? ORDER BY started_at DESC, rowid DESC LIMIT 1", [student]
    ).fetchone()
    if latest is None:
        return frozenset()
    rows = db.conn.execute(f"SELECT bank, item FROM {ANSWERS} WHERE attempt = ?", [latest[0]])
    return frozenset((bank, item) for bank, item in rows)


def _stamp(db: Database, student: str) -> str:
    count, latest = db.conn.execute(
        f"SELECT COUNT(*), MAX(answered_at) FROM {ANSWERS} WHERE student = ? AND skipped = 0", [student]
    ).fetchone()
    return f"{count}|{latest or ''}"


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def cached_skill_plans(db: Database, student: str, skills: Sequence[str]) -> list[SkillPlan]:
    """The student's skills with mastery and due dates: from the cache while the answers are unchanged."""
    stamp = _stamp(db, student)
    rows = list(
        db.conn.execute(
            f"SELECT skill, stamp, mastery, answers, due, last_answered FROM {REVIEW_STATE} WHERE student = ?",
            [student],
        )
    )
    known = {row[0] for row in rows}
    if rows and all(row[1] == stamp for row in rows) and known >= set(skills):
        return [
            SkillPlan(skill, mastery, answers, _day(due), _day(last)) for skill, _, mastery, answers, due, last in rows
        ]
    plans = skill_plans(review_answers(db, student), skills)
    with write_transaction(db):
        db.conn.execute(f"DELETE FROM {REVIEW_STATE} WHERE student = ?", [student])
        db[REVIEW_STATE].insert_all(
            {
                "student": student,
                "skill": plan.skill,
                "stamp": stamp,
                "mastery": plan.mastery,
                "answers": plan.answers,
                "due": plan.due.isoformat() if plan.due else None,
                "last_answered": plan.last_answered.isoformat() if plan.last_answered else None,
            }
            for plan in plans
        )
    return plans
