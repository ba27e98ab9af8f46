"""Hedges: words that show how certain a speaker is."""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.generation.extract.vocab import HEDGE_PHRASES

_HEDGE = re.compile(
    r"\b(?P<hedge>" + "|".join(re.escape(p) for p in sorted(HEDGE_PHRASES, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_PURPOSE = re.compile(r"\b(?:so|so that|in order that|in case)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


@dataclass(frozen=True)
class Hedge:
    """A hedge phrase and where it sits in the text (extended to its verb: "may be trying to")."""

    text: str
    start: int
    end: int


def find_hedges(text: str) -> list[Hedge]:
    """Hedges in `text`; "May" the month is not one."""
    found = []
    for match in _HEDGE.finditer(text):
        word = match["hedge"]
        if word[:1].isupper() and word.lower() in ("may", "may be", "may have"):
            continue  # "Theresa May", "May 5": a name or a month; the modal is written in lower case
        if _PURPOSE.search(text[: match.start()]):
            continue  # "so they could be closer": a purpose, not a doubt
        end = match.end()
        if word.lower() in ("may be", "might", "could be", "may"):
            tail = re.match(r"(?:\s+be)?\s+\w+ing\s+to\b", text[end:])
            if tail:
                end += tail.end()
        found.append(Hedge(text[match.start() : end], match.start(), end))
    return found
