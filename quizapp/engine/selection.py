"""Which items a quiz draws from its banks: families, skills, difficulty, count, missed items."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from quizapp.banks.checks import STALE_TAG
from quizapp.banks.model import Bank, Item

ItemKey = tuple[str, str]
"""An item is known by (bank id, item id): item ids are only unique within the banks loaded together."""


@dataclass(frozen=True)
class Selection:
    """Filters for building a quiz. Empty filters mean "any"; `count` None means every matching item."""

    families: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    difficulties: tuple[int, ...] = ()
    count: int | None = None
    only_missed: bool = False
    items: tuple[ItemKey, ...] = ()  # when given, only these items (a review quiz picks them one by one)

    def __post_init__(self) -> None:
        if self.count is not None and self.count < 1:
            raise ValueError(f"a quiz needs at least one question, not {self.count}")

    def matches(self, item: Item) -> bool:
        """True when `item` passes the family, skill and difficulty filters."""
        return (
            (not self.families or item.family in self.families)
            and (not self.skills or item.skill in self.skills)
            and (not self.difficulties or item.difficulty in self.difficulties)
        )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-friendly form, stored with each attempt."""
        return {
            "families": sorted(self.families),
            "skills": sorted(self.skills),
            "difficulties": sorted(self.difficulties),
            "count": self.count,
            "only_missed": self.only_missed,
            **({"items": [list(key) for key in self.items]} if self.items else {}),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Selection:
        """The inverse of `to_dict`."""
        return cls(
            families=tuple(data.get("families") or ()),
            skills=tuple(data.get("skills") or ()),
            difficulties=tuple(int(d) for d in data.get("difficulties") or ()),
            count=data.get("count"),
            only_missed=bool(data.get("only_missed", False)),
            items=tuple((str(bank), str(item)) for bank, item in data.get("items") or ()),
        )


def candidate_items(
    banks: Iterable[Bank], selection: Selection, missed: Collection[ItemKey] = ()
) -> list[tuple[Bank, Item]]:
    """Every (bank, item) the selection allows, in a fixed order (bank id, then item id).

    Items tagged ``stale`` (their evidence left the article at regeneration) are never asked.
    """
    chosen = frozenset(selection.items)
    found = [
        (bank, item)
        for bank in banks
        for item in bank.items
        if STALE_TAG not in item.tags
        and selection.matches(item)
        and (not selection.only_missed or (bank.id, item.id) in missed)
        and (not selection.items or (bank.id, item.id) in chosen)
    ]
    return sorted(found, key=lambda pair: (pair[0].id, pair[1].id))
