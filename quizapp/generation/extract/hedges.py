"""Hedges: words that show how certain a speaker is."""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.generation.extract.vocab import HEDGE_PHRASES

_HEDGE = re.compile(
    r"\b(?P<hedge>" + "|".join(re.escape(p) for p in sorted(HEDGE_PHRASES, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_MAY_MONTH = re.compile(r"\bMay\s+\d", re.UNICODE)


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
        if word == "May" and (_MAY_MONTH.match(text, match.start()) or match.start() == 0):
            continue
        end = match.end()
        if word.lower() in ("may be", "might", "could be", "may"):
            tail = re.match(r"(?:\s+be)?\s+\w+ing\s+to\b", text[end:])
            if tail:
                end += tail.end()
        found.append(Hedge(text[match.start() : end], match.start(), end))
    return found
