"""Distractors: wrong choices of the same kind as the answer, never also right, never duplicated."""

from __future__ import annotations

import re
from collections.abc import Iterable

from quizapp.generation.gazetteer import party_of, same_party
from quizapp.textnorm import match_key

FALLBACK_PEOPLE = ("Maria Lopez", "David Chen", "Amina Yusuf", "Thomas Weber", "Sara Haddad", "James Okoro")


def _key(text: str) -> str:
    return match_key(text).lower().removeprefix("the ").strip(" .,")


def conflicts(answer: str, candidate: str) -> bool:
    """True when `candidate` means the same as `answer` or contains it (so it would also be right)."""
    a, c = _key(answer), _key(candidate)
    if not a or not c or a == c:
        return True
    if re.search(rf"\b{re.escape(a)}\b", c) or re.search(rf"\b{re.escape(c)}\b", a):
        return True
    if _shares_name(answer, candidate):
        return True
    return same_party(answer, candidate)


_NAME_WORD = re.compile(r"\b[A-Z][a-z'’-]{3,}\b")


def _shares_name(first: str, second: str) -> bool:
    """True when two short proper-name choices share a name ("Dr Meerjady" and "Meerjady Sabrina Flora")."""
    if len(first.split()) > 4 or len(second.split()) > 4:
        return False
    return bool(set(_NAME_WORD.findall(first)) & set(_NAME_WORD.findall(second)))


def pick(
    answer: str | Iterable[str],
    pools: Iterable[Iterable[str]],
    count: int = 3,
    *,
    prompt: str = "",
    avoid: Iterable[str] = (),
) -> list[str]:
    """Up to `count` distractors, taken from `pools` in order (article first, then built-in lists).

    Within a pool, choices closest in length to the answer come first. A choice is skipped when it
    would also be right, repeats another choice, or appears in the prompt (which would give it away).
    """
    answers = [answer] if isinstance(answer, str) else list(answer)
    reference = len(answers[0]) if answers else 10
    chosen: list[str] = []
    blocked = [*answers, *avoid]
    prompt_key = _key(prompt)
    for pool in pools:
        options = sorted(dict.fromkeys(p for p in pool if p and p.strip()), key=lambda p: (abs(len(p) - reference), p))
        for option in options:
            if len(chosen) >= count:
                return chosen
            if any(conflicts(b, option) for b in blocked) or any(conflicts(c, option) for c in chosen):
                continue
            if _key(option) and re.search(rf"\b{re.escape(_key(option))}\b", prompt_key):
                continue
            chosen.append(option)
    return chosen


def number_variants(value: float, kind: str) -> list[float]:
    """Plausible wrong numbers of similar size: years nearby, percentages within 0-100, counts scaled."""
    if kind == "year":
        return [value - 4, value + 4, value - 8, value + 8, value - 2]
    if kind == "percent":
        steps = (-20, 20, -10, 10, 30, -30)
        return [value + step for step in steps if 0 < value + step < 100]
    if value < 10:
        return [value + 2, value + 4, value * 2 + 1, value + 1]
    return [value / 2, value * 2, value * 10, value * 1.5, value / 10]


def format_number(value: float, like: str, *, grouped: bool = True) -> str:
    """Write `value` in the style of `like`: thousands separators (not for years), no decimals for integers."""
    if value == int(value):
        number = int(value)
        return f"{number:,}" if grouped and "," in like else str(number)
    return f"{value:.1f}"


def party_label(text: str) -> str | None:
    """The country a place, capital or nationality stands for."""
    return party_of(text)
