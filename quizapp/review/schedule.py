"""When each skill is due again: one FSRS card per skill, reviewed once a day it is practised.

FSRS (the ``fsrs`` package, the scheduler Anki uses) models how memory of a card fades and plans the
next review when the chance of recalling it falls to the desired retention. Here the card is a skill:
all answers to its items on one (local) day make one review, rated from how many were right (confident wrong
answers counting double, unsure ones half) — Again below half, Hard below three quarters, Easy when
all were right and confident, Good otherwise. Learning steps are off: a skill is reviewed at most once
a day. Fuzzing is off, so the same answers always give the same dates.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from quizapp.review import mastery

DESIRED_RETENTION = 0.9
"""Plan the next review when the chance of recalling the skill has fallen to 90 %."""


@dataclass(frozen=True)
class ReviewAnswer:
    """One recorded answer, as the review models need it."""

    skill: str
    correct: bool
    answered_at: datetime
    confidence: float | None = None
    guess: float = 0.25  # the chance of answering this item right by guessing
    bank: str = ""
    item: str = ""
    attempt: str = ""


def _scheduler():
    from fsrs import Scheduler

    return Scheduler(desired_retention=DESIRED_RETENTION, learning_steps=(), relearning_steps=(), enable_fuzzing=False)


def _weight(answer: ReviewAnswer) -> float:
    if answer.correct or answer.confidence is None:
        return 1.0
    if answer.confidence >= mastery.CONFIDENT:
        return 2.0
    return 0.5 if answer.confidence <= mastery.UNSURE else 1.0


def day_rating(answers: Sequence[ReviewAnswer]) -> int:
    """The FSRS rating (1 Again … 4 Easy) of one day's answers to one skill."""
    total = sum(_weight(a) for a in answers)
    right = sum(_weight(a) for a in answers if a.correct)
    share = right / total if total else 0.0
    if share < 0.5:
        return 1
    if share < 0.75:
        return 2
    confident = all(a.confidence is not None and a.confidence >= mastery.CONFIDENT for a in answers)
    if share == 1 and len(answers) >= 2 and confident:
        return 4
    return 3


@dataclass(frozen=True)
class SkillState:
    """A skill's review state after all its answers so far."""

    skill: str
    mastery: float
    answers: int
    due: datetime | None  # None: never practised
    last_answered: datetime | None
    stability: float | None  # days until recall falls to 90 %


def skill_state(skill: str, answers: Sequence[ReviewAnswer]) -> SkillState:
    """Mastery and next due time of `skill` from its answers (in any order)."""
    ordered = sorted(answers, key=lambda a: a.answered_at)
    known = mastery.PRIOR
    for answer in ordered:
        known = mastery.update(known, answer.correct, answer.guess, answer.confidence)
    if not ordered:
        return SkillState(skill, known, 0, None, None, None)
    from fsrs import Card, Rating

    scheduler = _scheduler()
    card = Card(card_id=zlib.crc32(skill.encode("utf-8")) or 1)
    days: dict[str, list[ReviewAnswer]] = {}
    for answer in ordered:
        days.setdefault(answer.answered_at.astimezone().date().isoformat(), []).append(answer)  # the desk's day
    for day_answers in days.values():
        review_time = day_answers[-1].answered_at.astimezone(UTC)
        card, _log = scheduler.review_card(card, Rating(day_rating(day_answers)), review_datetime=review_time)
    return SkillState(skill, known, len(ordered), card.due, ordered[-1].answered_at, card.stability)
