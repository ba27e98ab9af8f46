"""Rank candidates and keep the best, with a mix of skills and no fact tested twice."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from quizapp.banks.skills import SKILLS
from quizapp.generation.candidate import Candidate

THRESHOLD = 0.5
PER_SKILL = 4
# Recall items (a number, a detail) are sound but teach least; a bank keeps a few of them and leaves room for
# the skills that make a student weigh a source. Who said what is the most reliable of those in blind reviews
# (over 90 % in every recent sample), and political and wire stories often quote eight or more people: more
# of it, so that such a story reaches a full quiz. Two "click the sentence" items are enough: reviewers found
# four in a row near-identical.
LIMITS = {"number": 3, "detail": 3, "quote-speaker": 6, "evidence": 2}
SKILL_ORDER = {slug: position for position, slug in enumerate(SKILLS)}


_RECALLED = frozenset({"detail", "number"})
# Skills whose items a bank keeps as a set: a judgment beside the facts, so that "fact" is not always the key.
_BALANCED = frozenset({"fact-opinion"})


def _gives_away(candidate: Candidate, kept: list[Candidate]) -> bool:
    """True when a blank's or a detail's answer stands in the prompt of another item of the bank, either way
    round ("Obama lands in Kenya" in one prompt, "Where does the president go?" with the key "Kenya")."""

    def shows(prompt: str, key: str) -> bool:
        return bool(re.search(rf"(?<![\w$£€]){re.escape(key)}(?![\w]|[.,]\d)", prompt, re.IGNORECASE))

    for other in kept:
        if candidate.skill in _RECALLED and any(shows(other.prompt, key) for key in candidate.answer):
            return True
        if other.skill in _RECALLED and any(shows(candidate.prompt, key) for key in other.answer):
            return True
    return False


def select(candidates: list[Candidate], max_items: int | None = None, threshold: float = THRESHOLD) -> list[Candidate]:
    """The kept candidates, in skill order: best of each skill first, round by round."""
    ranked = sorted(
        (c for c in candidates if c.score >= threshold), key=lambda c: (-c.score, SKILL_ORDER[c.skill], c.prompt)
    )
    queues: dict[str, list[Candidate]] = defaultdict(list)
    for candidate in ranked:
        queues[candidate.skill].append(candidate)
    skills = sorted(queues, key=lambda s: (-queues[s][0].score, SKILL_ORDER[s]))
    limit = max_items if max_items is not None else len(ranked)
    kept: list[Candidate] = []
    facts: set[str] = set()
    taken: dict[str, int] = defaultdict(int)
    progress = True
    while len(kept) < limit and progress:
        progress = False
        for skill in skills:
            queue = queues[skill]
            while queue and taken[skill] < LIMITS.get(skill, PER_SKILL):
                candidate = queue.pop(0)
                if candidate.facts & facts or _gives_away(candidate, kept):
                    continue
                kept.append(candidate)
                facts |= candidate.facts
                taken[skill] += 1
                progress = True
                break
            if len(kept) >= limit:
                break
    kept = _widen(kept, ranked)
    return sorted(kept, key=lambda c: (SKILL_ORDER[c.skill], -c.score, c.prompt))


def _widen(kept: list[Candidate], ranked: list[Candidate]) -> list[Candidate]:
    """Swap one kept item for a candidate of a skill the bank lacks, when that item's skill keeps other items:
    the bank keeps as many items and practises one skill more (a reported claim asked as "who said it" for the
    fourth time gives way to the only question on quotation against paraphrase)."""
    counts = Counter(item.skill for item in kept)
    for candidate in ranked:
        if counts[candidate.skill]:
            continue
        clashing = [item for item in kept if item.facts & candidate.facts]
        if len(clashing) != 1 or counts[clashing[0].skill] < 2 or clashing[0].skill in _BALANCED:
            continue
        rest = [item for item in kept if item is not clashing[0]]
        if _gives_away(candidate, rest):
            continue
        kept = [*rest, candidate]
        counts[clashing[0].skill] -= 1
        counts[candidate.skill] += 1
    return kept
