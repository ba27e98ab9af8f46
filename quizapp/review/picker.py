"""The items of a review quiz: for each skill, items from stories the student has not seen, or seen least.

An item the student has answered before is chosen only when no unseen item of its skill is left; then
the least answered, longest ago first, and never an item of the student's previous quiz (so no item is
asked in two quizzes in a row) unless nothing else is left.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from quizapp.banks.checks import STALE_TAG
from quizapp.banks.model import Bank
from quizapp.engine.selection import ItemKey


@dataclass(frozen=True)
class ItemUse:
    """How often a student answered an item, and when last (an ISO time)."""

    times: int
    last: str


def pick_review_items(
    banks: Sequence[Bank],
    counts: Mapping[str, int],
    used: Mapping[ItemKey, ItemUse],
    previous_quiz: frozenset[ItemKey],
    *,
    seed: int,
) -> list[ItemKey]:
    """Up to `counts[skill]` items of each skill, drawn across all `banks`."""
    rng = random.Random(seed)
    seen_banks: dict[str, int] = {}
    for bank_id, _item in used:
        seen_banks[bank_id] = seen_banks.get(bank_id, 0) + 1
    chosen: list[ItemKey] = []
    for skill, per_skill in counts.items():
        pool = [
            (bank.id, item.id)
            for bank in banks
            for item in bank.items
            if item.skill == skill and STALE_TAG not in item.tags
        ]
        rng.shuffle(pool)  # ties between stories seen equally often are broken by chance
        unseen = sorted((key for key in pool if key not in used), key=lambda key: seen_banks.get(key[0], 0))
        picked = _spread(unseen, per_skill)
        if len(picked) < per_skill:
            seen = sorted((key for key in pool if key in used), key=lambda key: (used[key].times, used[key].last))
            fresh = [key for key in seen if key not in previous_quiz]
            picked += fresh[: per_skill - len(picked)]
            if len(picked) < per_skill:  # only items of the previous quiz are left
                picked += [key for key in seen if key in previous_quiz][: per_skill - len(picked)]
        chosen += picked
    return chosen


def _spread(keys: list[ItemKey], wanted: int) -> list[ItemKey]:
    """Up to `wanted` keys, one per story before a second from the same story."""
    picked: list[ItemKey] = []
    stories: set[str] = set()
    for key in keys:
        if len(picked) < wanted and key[0] not in stories:
            picked.append(key)
            stories.add(key[0])
    for key in keys:
        if len(picked) < wanted and key not in picked:
            picked.append(key)
    return picked
