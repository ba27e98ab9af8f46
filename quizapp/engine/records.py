"""What a quiz session reports for saving: the attempt's start, each answer, the attempt's end.

These are plain values; the engine never saves them itself. The GUI hands them to the score
store (``ScoreStore.save``) the moment the session returns them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from quizapp.banks.model import Item


class Mode(StrEnum):
    """Practice shows feedback after each answer; test only at the end; timed adds an overall limit."""

    PRACTICE = "practice"
    TEST = "test"
    TIMED = "timed"


def iso_time(seconds: float) -> str:
    """A clock reading (seconds since the epoch) as an ISO 8601 UTC timestamp with milliseconds."""
    return datetime.fromtimestamp(seconds, tz=UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True)
class BankRef:
    """A bank as an attempt used it: id, title and content hash."""

    id: str
    title: str
    hash: str


@dataclass(frozen=True)
class AttemptStarted:
    """A new attempt: who, which banks (with hashes), mode, seed and settings, so it can be replayed."""

    uuid: str
    student: str | None
    classroom_session: str | None
    mode: Mode
    seed: int
    settings: dict[str, Any]
    banks: tuple[BankRef, ...]
    started_at: str


@dataclass(frozen=True)
class AnswerRecord:
    """One answer (or skip) to one question of an attempt."""

    uuid: str
    attempt: str
    position: int
    bank_id: str
    item: Item
    item_hash: str
    response: tuple[str, ...] | None  # None when skipped
    score: float
    max_score: float
    confidence: float | None
    elapsed_ms: int
    answered_at: str

    @property
    def item_id(self) -> str:
        return self.item.id

    @property
    def skipped(self) -> bool:
        return self.response is None

    @property
    def correct(self) -> bool:
        return self.score >= self.max_score


@dataclass(frozen=True)
class AttemptFinished:
    """The end of an attempt: when, the score, and whether time ran out."""

    attempt: str
    ended_at: str
    score: float
    max_score: float
    timed_out: bool
