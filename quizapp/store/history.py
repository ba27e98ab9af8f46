"""A student's history: attempts over time, the trend of their scores, mastery per skill.

Mastery of a skill weighs recent answers more. With the student's answers to items of that
skill numbered k = 0 (newest), 1, 2, … and s_k the fraction of the item's points earned,

    mastery = Σ d^k · s_k / Σ d^k        (d = `decay`, 0.8 by default)

over the newest `window` (50) answers. With d = 0.8 the fifth-newest answer counts about
40 % as much as the newest, so a student who has caught up is not held back by early
mistakes. Skipped questions are not evidence of either, so they are left out.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from quizapp.engine.selection import ItemKey
from quizapp.store.schema import ANSWERS, ATTEMPTS, ITEM_SNAPSHOTS

DECAY = 0.8
WINDOW = 50
TREND_THRESHOLD = 2.0
"""Percentage points per attempt below which a trend counts as steady."""


@dataclass(frozen=True)
class AttemptSummary:
    """One attempt as a line of history. Unfinished attempts show the score so far."""

    uuid: str
    student: str | None
    session: str | None
    mode: str
    banks: tuple[str, ...]  # titles
    started_at: str
    ended_at: str | None
    score: float
    max_score: float
    timed_out: bool

    @property
    def finished(self) -> bool:
        return self.ended_at is not None

    @property
    def percent(self) -> float:
        return 100.0 * self.score / self.max_score if self.max_score else 0.0


ATTEMPT_SUMMARY_SQL = f"""
SELECT a.uuid, a.student, a.session, a.mode, a.banks, a.started_at, a.ended_at, a.timed_out,
       COALESCE(a.score, (SELECT SUM(score) FROM {ANSWERS} WHERE attempt = a.uuid), 0) AS score,
       COALESCE(a.max_score, json_array_length(a.settings, '$.questions'), 0) AS max_score
FROM {ATTEMPTS} a
"""


def summary_from_row(row: dict[str, Any]) -> AttemptSummary:
    return AttemptSummary(
        uuid=row["uuid"],
        student=row["student"],
        session=row["session"],
        mode=row["mode"],
        banks=tuple(bank.get("title") or bank.get("id", "") for bank in json.loads(row["banks"])),
        started_at=row["started_at"],
        ended_at=row["ended_at"],
        score=float(row["score"]),
        max_score=float(row["max_score"]),
        timed_out=bool(row["timed_out"]),
    )


def student_history(db: Database, student: str) -> list[AttemptSummary]:
    """Every attempt of `student` (uuid), oldest first."""
    rows = db.query(ATTEMPT_SUMMARY_SQL + "WHERE a.student = ? ORDER BY a.started_at, a.rowid", [student])
    return [summary_from_row(row) for row in rows]


@dataclass(frozen=True)
class Trend:
    """Scores of finished attempts over time and the least-squares slope through them."""

    points: tuple[tuple[str, float], ...]  # (started_at, percent)
    slope: float | None  # percentage points per attempt
    direction: str  # "improving", "steady", "declining" or "not enough attempts yet"


def trend(history: Sequence[AttemptSummary]) -> Trend:
    """The trend of the finished attempts in `history`: slope = Σ(x−x̄)(y−ȳ) / Σ(x−x̄)², x = 0, 1, 2, …"""
    points = tuple((a.started_at, a.percent) for a in history if a.finished)
    if len(points) < 2:
        return Trend(points, None, "not enough attempts yet")
    ys = [percent for _, percent in points]
    mean_x = (len(ys) - 1) / 2
    mean_y = sum(ys) / len(ys)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in enumerate(ys)) / sum((x - mean_x) ** 2 for x in range(len(ys)))
    if slope >= TREND_THRESHOLD:
        direction = "improving"
    elif slope <= -TREND_THRESHOLD:
        direction = "declining"
    else:
        direction = "steady"
    return Trend(points, slope, direction)


@dataclass(frozen=True)
class SkillMastery:
    skill: str
    mastery: float  # 0 … 1
    answers: int  # all answers on this skill, not only the ones in the window
    last_answered: str


def skill_mastery(db: Database, student: str, decay: float = DECAY, window: int = WINDOW) -> list[SkillMastery]:
    """Mastery per skill for `student` (formula in the module docstring), skills in name order."""
    rows = db.conn.execute(
        f"""
        SELECT skill, s, k, total, last FROM (
            SELECT skill, score / max_score AS s,
                   ROW_NUMBER() OVER (PARTITION BY skill ORDER BY answered_at DESC, rowid DESC) - 1 AS k,
                   COUNT(*) OVER (PARTITION BY skill) AS total,
                   MAX(answered_at) OVER (PARTITION BY skill) AS last
            FROM {ANSWERS} WHERE student = ? AND skipped = 0
        ) WHERE k < ? ORDER BY skill, k
        """,
        [student, window],
    )
    sums: dict[str, list[float]] = {}
    info: dict[str, tuple[int, str]] = {}
    for skill, score, k, total, last in rows:
        weight = decay**k
        weighted = sums.setdefault(skill, [0.0, 0.0])
        weighted[0] += weight * score
        weighted[1] += weight
        info[skill] = (total, last)
    return [
        SkillMastery(skill, weighted / weights, info[skill][0], info[skill][1])
        for skill, (weighted, weights) in sums.items()
    ]


def missed_items(db: Database, student: str) -> frozenset[ItemKey]:
    """Items whose latest answer by `student` was not fully right (skips included)."""
    rows = db.conn.execute(
        f"""
        SELECT bank, item FROM (
            SELECT bank, item, correct,
                   ROW_NUMBER() OVER (PARTITION BY bank, item ORDER BY answered_at DESC, rowid DESC) AS k
            FROM {ANSWERS} WHERE student = ?
        ) WHERE k = 1 AND correct = 0
        """,
        [student],
    )
    return frozenset((bank, item) for bank, item in rows)


@dataclass(frozen=True)
class AnswerDetail:
    """One answer of a past attempt, with the item as it was when answered (from its snapshot)."""

    position: int
    bank: str
    item: str
    type: str
    skill: str
    prompt: str
    choices: tuple[str, ...]
    right_answer: tuple[str, ...]
    explanation: str
    response: tuple[str, ...] | None
    score: float
    max_score: float
    correct: bool
    confidence: float | None
    elapsed_ms: int
    answered_at: str


def attempt_answers(db: Database, attempt: str) -> list[AnswerDetail]:
    """The answers of one attempt in question order, readable even if the bank changed since."""
    rows = db.query(
        f"""
        SELECT a.position, a.bank, a.item, s.type, s.skill, s.prompt, s.choices, s.answer, s.explanation,
               a.response, a.score, a.max_score, a.correct, a.confidence, a.elapsed_ms, a.answered_at
        FROM {ANSWERS} a JOIN {ITEM_SNAPSHOTS} s ON s.hash = a.item_hash
        WHERE a.attempt = ? ORDER BY a.position
        """,
        [attempt],
    )
    return [
        AnswerDetail(
            position=row["position"],
            bank=row["bank"],
            item=row["item"],
            type=row["type"],
            skill=row["skill"],
            prompt=row["prompt"],
            choices=tuple(json.loads(row["choices"])),
            right_answer=tuple(json.loads(row["answer"])),
            explanation=row["explanation"] or "",
            response=None if row["response"] is None else tuple(json.loads(row["response"])),
            score=row["score"],
            max_score=row["max_score"],
            correct=bool(row["correct"]),
            confidence=row["confidence"],
            elapsed_ms=row["elapsed_ms"],
            answered_at=row["answered_at"],
        )
        for row in rows
    ]
