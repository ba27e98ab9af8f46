"""A generated item before selection: the item's fields plus a quality score and the facts it tests."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Candidate:
    """An item proposal. `facts` are keys of what it tests, so no two kept items test the same thing."""

    skill: str
    type: str
    prompt: str
    answer: tuple[str, ...]
    explanation: str
    evidence: tuple[str, ...]
    difficulty: int
    score: float
    choices: tuple[str, ...] = ()
    facts: frozenset[str] = field(default_factory=frozenset)
    # Asked last: kept only on a sentence no other item needs, after every other candidate has had its turn (the
    # neutral "said", which any quotation offers, must not take the quotation a "who said it" item would ask).
    last: bool = False
