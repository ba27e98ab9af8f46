"""xAPI 1.0.3 statements for quizapp's records: one per answer, and one each for an attempt's start and end.

Pure functions of the records (`quizapp.store.lrsqueue`) and the school's choices (`StatementSettings`);
the same record always gives the same statement, so a second send is recognised by the LRS as a repeat.
docs/xapi.md describes every field.
"""

from __future__ import annotations

import hashlib
import hmac
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from quizapp.banks.skills import skill_title
from quizapp.store.lrsqueue import ANSWERED, COMPLETED, STARTED, AnswerFacts, AttemptFacts, StudentFacts, Waiting
from quizapp.xapi import profile

LANGUAGE = "en"
PSEUDONYM_LENGTH = 32  # hex digits of HMAC-SHA256: 128 bits


@dataclass(frozen=True)
class StatementSettings:
    """What a school decides about its statements."""

    homepage: str  # the school's system, where the students' accounts live
    activity_base: str = profile.DEFAULT_ACTIVITY_BASE
    pseudonymous: bool = False
    salt: str = ""  # the school's secret for pseudonyms; the same on every desk of the school


def pseudonym(login: str, salt: str) -> str:
    """A stable stand-in for a student's login: HMAC-SHA256 keyed with the school's salt.

    The same student gets the same pseudonym on every desk that shares the salt; without the salt the
    login cannot be recovered or tested for.
    """
    return hmac.new(salt.encode("utf-8"), login.encode("utf-8"), hashlib.sha256).hexdigest()[:PSEUDONYM_LENGTH]


def actor(student: StudentFacts, settings: StatementSettings) -> dict[str, Any]:
    """The student as an account on the school's home page; by pseudonym when the school chose that."""
    if settings.pseudonymous:
        return {
            "objectType": "Agent",
            "account": {"homePage": settings.homepage, "name": pseudonym(student.login, settings.salt)},
        }
    return {
        "objectType": "Agent",
        "name": student.name,
        "account": {"homePage": settings.homepage, "name": student.login},
    }


def _text(value: str) -> dict[str, str]:
    return {LANGUAGE: value}


def _registration(attempt: str) -> str:
    try:
        return str(uuid.UUID(attempt))
    except ValueError:  # an attempt id from an old or hand-made database: a UUID derived from it
        return str(uuid.uuid5(profile.STATEMENT_NAMESPACE, f"attempt:{attempt}"))


def duration(milliseconds: float) -> str:
    """An ISO 8601 duration in seconds, as xAPI wants it: ``PT12.5S``."""
    seconds = max(0.0, milliseconds) / 1000
    return f"PT{seconds:.2f}".rstrip("0").rstrip(".") + "S"


def _milliseconds_between(start: str, end: str) -> float:
    try:
        return (datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds() * 1000
    except (ValueError, TypeError):  # unreadable, or one time with a zone and one without
        return 0.0


def _class_of(attempt: AttemptFacts) -> str | None:
    """The class an attempt counts for: its session's, else the student's only class."""
    if attempt.session_class:
        return attempt.session_class
    return attempt.student.classes[0] if len(attempt.student.classes) == 1 else None


def _bank_activity(bank: str, title: str, settings: StatementSettings) -> dict[str, Any]:
    return {
        "objectType": "Activity",
        "id": profile.activity(settings.activity_base, "banks", bank),
        "definition": {"type": profile.QUESTION_BANK, "name": _text(title)},
    }


def _quiz_activity(attempt: AttemptFacts, settings: StatementSettings) -> dict[str, Any]:
    """What an attempt is an attempt at: its bank, or the mix of banks of its mode (a review quiz)."""
    if len(attempt.banks) == 1:
        bank, title = attempt.banks[0]
        return {
            "objectType": "Activity",
            "id": profile.activity(settings.activity_base, "banks", bank, "quiz"),
            "definition": {"type": profile.ASSESSMENT, "name": _text(f"Quiz: {title}")},
        }
    names = ", ".join(title for _bank, title in sorted(attempt.banks)) or "no bank"
    mix = hashlib.sha256("\n".join(sorted(bank for bank, _title in attempt.banks)).encode()).hexdigest()[:16]
    return {
        "objectType": "Activity",
        "id": profile.activity(settings.activity_base, "quizzes", mix),
        "definition": {"type": profile.ASSESSMENT, "name": _text(f"Quiz across banks: {names}")},
    }


def _context(attempt: AttemptFacts, settings: StatementSettings, *, parent: dict[str, Any] | None) -> dict[str, Any]:
    grouping: list[dict[str, Any]] = [_bank_activity(bank, title, settings) for bank, title in attempt.banks]
    extensions: dict[str, Any] = {profile.EXT_MODE: attempt.mode}
    if attempt.student.classes:
        extensions[profile.EXT_CLASSES] = list(attempt.student.classes)
    context: dict[str, Any] = {"registration": _registration(attempt.uuid)}
    name = _class_of(attempt)
    if name:
        extensions[profile.EXT_CLASS] = name
        context["team"] = {
            "objectType": "Group",
            "name": name,
            "account": {"homePage": settings.homepage, "name": name},
        }
    for each in dict.fromkeys([*([name] if name else []), *attempt.student.classes]):
        grouping.append(  # every class of the student: one in two classes counts for both
            {
                "objectType": "Activity",
                "id": profile.activity(settings.homepage, "quizapp", "classes", each),
                "definition": {"type": profile.CLASS, "name": _text(each)},
            }
        )
    if attempt.session:
        extensions[profile.EXT_SESSION] = attempt.session_name or attempt.session
        grouping.append(
            {
                "objectType": "Activity",
                "id": profile.activity(settings.activity_base, "sessions", attempt.session),
                "definition": {
                    "type": profile.CLASSROOM_SESSION,
                    "name": _text(attempt.session_name or attempt.session),
                },
            }
        )
    activities: dict[str, Any] = {}
    if parent is not None:
        activities["parent"] = [parent]
    if grouping:
        activities["grouping"] = grouping
    if activities:
        context["contextActivities"] = activities
    context["extensions"] = extensions
    return context


def _choice_ids(facts: AnswerFacts) -> dict[str, str]:
    return {text: f"choice-{number}" for number, text in reversed(list(enumerate(facts.choices, start=1)))}


def _true_false(facts: AnswerFacts, text: str) -> str:
    """``true`` or ``false`` for a true/false answer, also where the item labels its two choices otherwise."""
    if text in facts.choices[:2]:
        return "true" if text == facts.choices[0] else "false"
    return "false" if text.strip().lower() == "false" else "true"


def _interaction(facts: AnswerFacts) -> tuple[str, list[str], list[dict[str, Any]] | None]:
    """(interactionType, correctResponsesPattern, choices) for the item (its choices in the bank's order)."""
    if facts.type == "true_false":
        return "true-false", [_true_false(facts, facts.key[0] if facts.key else "True")], None
    if facts.type in ("single", "multiple"):
        ids = _choice_ids(facts)
        components = [{"id": ids[text], "description": _text(text)} for text in dict.fromkeys(facts.choices)]
        pattern = "[,]".join(ids.get(text, text) for text in facts.key)
        return "choice", [pattern], components
    if facts.type == "short":
        return "fill-in", ["{case_matters=false}" + text for text in facts.key], None
    return "other", list(facts.key[:1]), None  # evidence: the sentence of the article to pick


def _response(facts: AnswerFacts) -> str:
    texts = facts.response or ()
    if facts.type == "true_false":
        return _true_false(facts, texts[0]) if texts else ""
    if facts.type in ("single", "multiple"):
        ids = _choice_ids(facts)
        return "[,]".join(ids.get(text, text) for text in texts)
    return texts[0] if texts else ""


def _item_activity(facts: AnswerFacts, settings: StatementSettings) -> dict[str, Any]:
    interaction, pattern, choices = _interaction(facts)
    definition: dict[str, Any] = {
        "type": profile.INTERACTION,
        "name": _text(facts.prompt),
        "interactionType": interaction,
        "correctResponsesPattern": pattern,
        "extensions": {
            profile.EXT_SKILL: facts.skill,
            profile.EXT_FAMILY: facts.family or "unknown",
            profile.EXT_BANK: facts.bank,
        },
    }
    if choices is not None:
        definition["choices"] = choices
    return {
        "objectType": "Activity",
        "id": profile.activity(settings.activity_base, "banks", facts.bank, "items", facts.item),
        "definition": definition,
    }


def _score(score: float, maximum: float) -> dict[str, float]:
    found: dict[str, float] = {"raw": score, "min": 0, "max": maximum}
    if maximum > 0:
        found["scaled"] = round(min(1.0, max(0.0, score / maximum)), 4)
    return found


def answer_statement(facts: AnswerFacts, settings: StatementSettings) -> dict[str, Any]:
    """One answer (or skip): the student answered the item, with the result and the skill."""
    attempt = facts.attempt
    family = facts.family or "unknown"
    result: dict[str, Any] = {
        "success": facts.correct,
        "completion": not facts.skipped,
        "score": _score(facts.score, facts.max_score),
        "duration": duration(facts.elapsed_ms),
    }
    if not facts.skipped:
        result["response"] = _response(facts)
    if facts.confidence is not None:
        result["extensions"] = {profile.EXT_CONFIDENCE: facts.confidence}
    context = _context(attempt, settings, parent=_quiz_activity(attempt, settings))
    context["contextActivities"].setdefault("other", []).extend(
        [
            {
                "objectType": "Activity",
                "id": profile.activity(settings.activity_base, "skills", facts.skill),
                "definition": {"type": profile.OBJECTIVE, "name": _text(skill_title(facts.skill))},
            },
            {
                "objectType": "Activity",
                "id": profile.activity(settings.activity_base, "families", family),
                "definition": {"type": profile.SKILL_FAMILY, "name": _text(family.capitalize())},
            },
        ]
    )
    context["extensions"].update(
        {profile.EXT_SKILL: facts.skill, profile.EXT_FAMILY: family, profile.EXT_POSITION: facts.position + 1}
    )
    verb, word = (profile.SKIPPED, "skipped") if facts.skipped else (profile.ANSWERED, "answered")
    return {
        "id": profile.statement_id(ANSWERED, facts.uuid),
        "actor": actor(attempt.student, settings),
        "verb": {"id": verb, "display": {"en-US": word}},
        "object": _item_activity(facts, settings),
        "result": result,
        "context": context,
        "timestamp": facts.answered_at,
    }


def attempt_statement(kind: str, attempt: AttemptFacts, settings: StatementSettings) -> dict[str, Any]:
    """The start (``attempted``) or the end (``completed``) of a quiz attempt."""
    statement: dict[str, Any] = {
        "id": profile.statement_id(kind, attempt.uuid),
        "actor": actor(attempt.student, settings),
        "object": _quiz_activity(attempt, settings),
        "context": _context(attempt, settings, parent=None),
    }
    if kind == STARTED:
        statement["verb"] = {"id": profile.ATTEMPTED, "display": {"en-US": "attempted"}}
        statement["timestamp"] = attempt.started_at
        return statement
    ended = attempt.ended_at or attempt.started_at
    result: dict[str, Any] = {
        "completion": True,
        "duration": duration(_milliseconds_between(attempt.started_at, ended)),
        "extensions": {profile.EXT_TIMED_OUT: attempt.timed_out},
    }
    if attempt.score is not None and attempt.max_score is not None:
        result["score"] = _score(attempt.score, attempt.max_score)
    statement["verb"] = {"id": profile.COMPLETED, "display": {"en-US": "completed"}}
    statement["result"] = result
    statement["timestamp"] = ended
    return statement


def statement(record: Waiting, settings: StatementSettings) -> dict[str, Any]:
    """The statement for one waiting record."""
    if record.kind == ANSWERED:
        assert isinstance(record.facts, AnswerFacts)
        return answer_statement(record.facts, settings)
    assert isinstance(record.facts, AttemptFacts) and record.kind in (STARTED, COMPLETED)
    return attempt_statement(record.kind, record.facts, settings)
