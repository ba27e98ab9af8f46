"""The live classroom protocol: versioned JSON over HTTP, with server-sent events for the host's pushes.

Every request and response carries ``"protocol": PROTOCOL``. A desk and a host of different versions
refuse each other with a message that says which side to update. Records travel as plain JSON made
from the engine's records; the host scores answers itself and never trusts a desk's score.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from quizapp.engine.records import AnswerRecord, AttemptFinished, AttemptStarted
from quizapp.errors import QuizappError

PROTOCOL = 1
SERVICE_TYPE = "_quizapp._tcp.local."
MAX_BODY = 64 * 1024
"""The largest request a host accepts (a batch of records is a few kilobytes)."""
MAX_RECORDS = 100
"""The most records in one request."""
CODE_ALPHABET = "ACDEFGHJKLMNPQRTUVWXY34679"  # no 0/O, 1/I/L, 2/Z, 5/S, 8/B: easy to read aloud and type
CODE_LENGTH = 6


class LiveError(QuizappError):
    """A live session refused something, or could not be reached; the message says which and why."""


class VersionMismatch(LiveError):
    """The other side speaks another protocol version."""


def new_code(rng: secrets.SystemRandom | Any = None) -> str:
    """A fresh join code: six characters that are hard to mistake for one another."""
    chooser = rng or secrets.SystemRandom()
    return "".join(chooser.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normal_code(text: str) -> str:
    """A typed code as compared: upper case, without spaces or dashes."""
    return "".join(text.split()).replace("-", "").upper()


def version_problem(data: Any, *, we_are: str) -> str | None:
    """None when `data` speaks our protocol, else a message saying which side is out of date."""
    if not isinstance(data, dict) or not isinstance(data.get("protocol"), int):
        return "the message carries no protocol version; is this a quizapp desk?"
    theirs = data["protocol"]
    if theirs == PROTOCOL:
        return None
    other = "desk" if we_are == "host" else "host"
    newer = we_are if theirs < PROTOCOL else other
    return (
        f"the {other} speaks live classroom protocol {theirs}, this {we_are} speaks {PROTOCOL}: "
        f"update quizapp on the {'other side' if newer == we_are else 'this side'}"
    )


def start_to_wire(record: AttemptStarted) -> dict[str, Any]:
    return {
        "kind": "start",
        "id": record.uuid,
        "mode": str(record.mode),
        "seed": record.seed,
        "settings": record.settings,
        "started_at": record.started_at,
    }


def answer_to_wire(record: AnswerRecord) -> dict[str, Any]:
    return {
        "kind": "answer",
        "id": record.uuid,
        "attempt": record.attempt,
        "position": record.position,
        "bank": record.bank_id,
        "item": record.item.id,
        "response": list(record.response) if record.response is not None else None,
        "confidence": record.confidence,
        "elapsed_ms": record.elapsed_ms,
        "answered_at": record.answered_at,
    }


def finish_to_wire(record: AttemptFinished) -> dict[str, Any]:
    return {
        "kind": "finish",
        "id": f"{record.attempt}:end",
        "attempt": record.attempt,
        "ended_at": record.ended_at,
        "timed_out": record.timed_out,
    }


def to_wire(record: object) -> dict[str, Any]:
    """A record a quiz session returned, as the host receives it."""
    if isinstance(record, AnswerRecord):
        return answer_to_wire(record)
    if isinstance(record, AttemptStarted):
        return start_to_wire(record)
    if isinstance(record, AttemptFinished):
        return finish_to_wire(record)
    raise TypeError(f"cannot send a {type(record).__name__}")


@dataclass(frozen=True)
class Joined:
    """What a desk learns when it joins: who it is on the host, the session, the bank and the pace."""

    token: str
    student_uuid: str
    student_name: str
    student_login: str
    session_uuid: str
    session_name: str
    bank_text: str
    items: tuple[str, ...]
    pace: str  # "student" or "teacher"
    feedback: bool
    order_seed: int | None  # teacher-paced: every desk shows the items in this order
