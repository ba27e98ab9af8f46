"""What spaced review needs from the score database: a student's answers, item use, and the cached plan."""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from datetime import UTC, date, datetime

from sqlite_utils import Database

from quizapp.engine.selection import ItemKey
from quizapp.review import ItemUse, ReviewAnswer, SkillPlan, skill_plans
from quizapp.store.connection import write_transaction
from quizapp.store.schema import ANSWERS, ATTEMPTS, ITEM_SNAPSHOTS, REVIEW_STATE


def _guess(kind: str, choices: str | None) -> float:
    """The chance of answering an item right by guessing: one in its choices (one in the possible sets of
    choices for a multiple-answer item), a half for true/false, hardly any when typed or picked."""
    if kind == "true_false":
        return 0.5
    if kind in ("short", "evidence"):
        return 0.0 if kind == "short" else 0.1
    try:
        count = len(json.loads(choices or "[]"))
    except ValueError:
        count = 0
    if kind == "multiple" and count:
        return 1 / (2**count - 1)
    return 1 / count if count else 0.25


def _moment(text: str, now: datetime) -> datetime | None:
    """An answer's time (UTC when it names no offset), never later than now; None when it is no time."""
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        moment.timestamp()
    except (OverflowError, OSError, ValueError):
        return None
    if moment.year < 1971:
        return None
    return min(moment, now)  # a desk whose clock ran ahead must not push reviews into the future


def review_answers(db: Database, student: str, now: datetime | None = None) -> list[ReviewAnswer]:
    """Every answered (not skipped) item of `student`, oldest first, in any mode (times that are not times
    are left out)."""
    now = now or datetime.now(UTC)
    rows = db.conn.execute(
        f"""
        SELECT a.skill, a.correct, a.answered_at, a.confidence, s.type, s.choices, a.bank, a.item, a.attempt
        FROM {ANSWERS} a JOIN {ITEM_SNAPSHOTS} s ON s.hash = a.item_hash
        WHERE a.student = ? AND a.skipped = 0 ORDER BY a.answered_at, a.rowid
        """,
        [student],
    )
    found = []
    for skill, correct, answered_at, confidence, kind, choices, bank, item, attempt in rows:
        moment = _moment(answered_at, now)
        if moment is not None:
            sure = confidence if isinstance(confidence, int | float) and 0 <= confidence <= 1 else None
            found.append(ReviewAnswer(skill, bool(correct), moment, sure, _guess(kind, choices), bank, item, attempt))
    return sorted(found, key=lambda answer: answer.answered_at)


def item_uses(db: Database, student: str) -> dict[ItemKey, ItemUse]:
    rows = db.conn.execute(
        f"SELECT bank, item, COUNT(*), MAX(answered_at) FROM {ANSWERS} WHERE student = ? AND skipped = 0 "
        "GROUP BY bank, item",
        [student],
    )
    return {(bank, item): ItemUse(times, last) for bank, item, times, last in rows}


def previous_quiz_items(db: Database, student: str) -> frozenset[ItemKey]:
    """The items of the student's latest quiz that has answers (a quiz left at once does not count)."""
    latest = db.conn.execute(
        f"SELECT uuid FROM {ATTEMPTS} t WHERE student = ? AND EXISTS (SELECT 1 FROM {ANSWERS} a "
        "WHERE a.attempt = t.uuid AND a.skipped = 0) ORDER BY started_at DESC, rowid DESC LIMIT 1",
        [student],
    ).fetchone()
    if latest is None:
        return frozenset()
    rows = db.conn.execute(f"SELECT bank, item FROM {ANSWERS} WHERE attempt = ?", [latest[0]])
    return frozenset((bank, item) for bank, item in rows)


def _stamp(db: Database, student: str) -> str:
    count, latest = db.conn.execute(
        f"SELECT COUNT(*), MAX(answered_at) FROM {ANSWERS} WHERE student = ? AND skipped = 0", [student]
    ).fetchone()
    zone = time.strftime("%z")
    return f"{count}|{latest or ''}|{zone}|{MODEL_VERSION}"


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


MODEL_VERSION = 3
"""Bumped whenever the review models change, so that cached plans are computed again."""


def cached_skill_plans(
    db: Database, student: str, skills: Sequence[str], now: datetime | None = None
) -> list[SkillPlan]:
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
    plans = skill_plans(review_answers(db, student, now), skills)
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
