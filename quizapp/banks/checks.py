"""Checks of meaning that a schema cannot express: answers among choices, evidence in the article, …"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from quizapp.banks.skills import SKILLS
from quizapp.textnorm import contains, match_key

STALE_TAG = "stale"  # set by regeneration on generated items whose evidence left the article
Finding = tuple[tuple[Any, ...], str]  # (path of the offending value, message)


def _quoted(text: Any) -> str:
    value = str(text)
    return '"' + (value if len(value) <= 60 else value[:57] + "...") + '"'


def _listed(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _check_choices(item: dict[str, Any], path: tuple[Any, ...]) -> Iterator[Finding]:
    choices = item.get("choices")
    if not isinstance(choices, list):
        return
    seen: dict[str, int] = {}
    for index, choice in enumerate(choices):
        key = match_key(str(choice))
        if not key:
            yield (*path, "choices", index), f"choice {index + 1} is empty"
        elif key in seen:
            yield (*path, "choices", index), f"choice {_quoted(choice)} is given twice"
        else:
            seen[key] = index
    if item.get("type") in ("single", "multiple") and len(seen) < 2:
        yield (*path, "choices"), "needs at least two different choices"


def _check_answer(item: dict[str, Any], path: tuple[Any, ...], article_text: str | None) -> Iterator[Finding]:
    kind, answer = item.get("type"), item.get("answer")
    choice_keys = {match_key(str(c)) for c in item.get("choices") or [] if isinstance(item.get("choices"), list)}
    if kind == "single" and isinstance(answer, str | int | float) and choice_keys:
        if match_key(str(answer)) not in choice_keys:
            yield (*path, "answer"), f"answer {_quoted(answer)} is not one of the choices"
    elif kind == "multiple" and isinstance(answer, list) and choice_keys:
        for index, value in enumerate(answer):
            if match_key(str(value)) not in choice_keys:
                yield (*path, "answer", index), f"answer {_quoted(value)} is not one of the choices"
    elif kind == "short":
        if not any(match_key(str(value)) for value in _listed(answer)):
            yield (*path, "answer"), "a short-answer item needs at least one accepted answer"
    elif kind == "evidence" and isinstance(answer, str):
        if article_text is None:
            yield (*path, "answer"), "an evidence item needs the article in the bank to pick a sentence from"
        elif not contains(article_text, answer):
            yield (*path, "answer"), f"the answer sentence {_quoted(answer)} does not occur in the article"


def _check_evidence(item: dict[str, Any], path: tuple[Any, ...], article_text: str | None) -> Iterator[Finding]:
    evidence = item.get("evidence")
    if evidence is None:
        return
    quotes = _listed(evidence)
    for index, quote in enumerate(quotes):
        where = (*path, "evidence", index) if isinstance(evidence, list) else (*path, "evidence")
        if not isinstance(quote, str) or not match_key(quote):
            yield where, "an evidence quote is empty"
        elif article_text is None:
            yield where, "evidence quotes need the article in the bank to be checked against"
        elif not contains(article_text, quote):
            yield where, f"evidence {_quoted(quote)} does not occur in the article"


def check_item(item: dict[str, Any], path: tuple[Any, ...], article_text: str | None) -> Iterator[Finding]:
    """Every meaning problem of one item (its fields may still have wrong types)."""
    prompt = item.get("prompt")
    if isinstance(prompt, str) and prompt and not prompt.strip():
        yield (*path, "prompt"), "prompt is empty"
    skill, family = item.get("skill"), item.get("family")
    if isinstance(skill, str) and skill in SKILLS and isinstance(family, str):
        expected = SKILLS[skill].family
        if family != expected and family in ("comprehension", "sourcing"):
            yield (*path, "family"), f"skill '{skill}' belongs to family '{expected}', not '{family}'"
    if item.get("scoring") and item.get("type") != "multiple":
        yield (*path, "scoring"), "scoring applies only to items of type multiple"
    if item.get("type") in ("short", "evidence") and item.get("choices"):
        yield (*path, "choices"), f"an item of type {item['type']} takes no choices"
    yield from _check_choices(item, path)
    tags = item.get("tags")
    if isinstance(tags, list) and STALE_TAG in tags:
        # A stale item keeps its old evidence until a teacher revises it; only its choices are checked.
        if item.get("type") != "evidence":
            yield from _check_answer(item, path, None)
        return
    yield from _check_answer(item, path, article_text)
    yield from _check_evidence(item, path, article_text)
