"""The questions of one quiz, in order, with their choices shuffled, all from one seed.

The same banks, selection, missed items and seed always give the same plan, which is how a
stored attempt is replayed exactly.
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from quizapp.banks.model import Bank, Item
from quizapp.engine.errors import SessionError
from quizapp.engine.hashing import item_hash
from quizapp.engine.selection import ItemKey, Selection, candidate_items

UNSHUFFLED_TYPES = frozenset({"true_false"})  # "True, False" reads oddly the other way round


@dataclass(frozen=True)
class Question:
    """One item as shown in one quiz: its position, its bank and its choices in display order."""

    position: int
    bank_id: str
    item: Item
    item_hash: str
    choices: tuple[str, ...]

    @property
    def key(self) -> ItemKey:
        return (self.bank_id, self.item.id)


def random_seed() -> int:
    """A fresh seed for a new attempt (callers that need repeatability pass their own)."""
    return secrets.randbits(32)


def _display_choices(item: Item, rng: random.Random) -> tuple[str, ...]:
    choices = list(item.choices)
    if item.type not in UNSHUFFLED_TYPES:
        rng.shuffle(choices)
    return tuple(choices)


def plan_quiz(
    banks: Sequence[Bank],
    selection: Selection,
    seed: int,
    missed: Collection[ItemKey] = (),
    *,
    order_seed: int | None = None,
) -> tuple[Question, ...]:
    """Draw, order and shuffle the questions of a quiz. Raises `SessionError` when nothing matches.

    `seed` selects the items. With `order_seed` (a classroom session: the same items for every
    student), the question order and the choice order are shuffled with `order_seed` instead.
    """
    candidates = candidate_items(banks, selection, missed)
    if not candidates:
        reason = "no item you missed before" if selection.only_missed else "no item"
        raise SessionError(f"cannot build a quiz: {reason} matches the chosen families, skills and difficulty")
    rng = random.Random(seed)
    rng.shuffle(candidates)
    if selection.count is not None:
        candidates = candidates[: selection.count]
    if order_seed is not None:
        rng = random.Random(order_seed)
        rng.shuffle(candidates)
    return tuple(
        Question(position, bank.id, item, item_hash(item), _display_choices(item, rng))
        for position, (bank, item) in enumerate(candidates)
    )
