"""Which items a format can hold: the rest are skipped with a reason, never changed to fit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from quizapp.banks.model import TRUE_FALSE_CHOICES, Bank, Item
from quizapp.interop.report import ItemNote, ItemRef
from quizapp.textnorm import match_key

TYPE_NAMES = {
    "single": "single-choice",
    "multiple": "multiple-answer",
    "true_false": "true/false",
    "short": "short-answer",
    "evidence": "pick-the-sentence (evidence)",
}
SkipRule = Callable[[Item], str | None]


def type_rule(format_title: str, supported: frozenset[str]) -> SkipRule:
    """A rule that skips item types `format_title` cannot express."""

    def rule(item: Item) -> str | None:
        if item.type in supported:
            return None
        if item.type == "evidence":
            return f"{format_title} cannot show the article for picking a sentence (evidence items)"
        return f"{format_title} has no {TYPE_NAMES.get(item.type, item.type)} questions"

    return rule


def standard_true_false(format_title: str) -> SkipRule:
    """A rule that skips true/false items whose choices are not labelled True and False."""

    def rule(item: Item) -> str | None:
        if item.type == "true_false" and item.choices and tuple(item.choices) != TRUE_FALSE_CHOICES:
            labels = " / ".join(item.choices)
            return f"{format_title} true/false questions are labelled True and False, not {labels}"
        return None

    return rule


def first_reason(rules: Sequence[SkipRule], item: Item) -> str | None:
    """The reason of the first rule that skips `item`, or None when all accept it."""
    for rule in rules:
        reason = rule(item)
        if reason:
            return reason
    return None


@dataclass(frozen=True)
class Selection:
    """The items to write, grouped by bank in their order, and the skipped ones with reasons."""

    groups: tuple[tuple[Bank, tuple[Item, ...]], ...]
    skipped: tuple[ItemNote, ...]

    @property
    def written(self) -> tuple[ItemRef, ...]:
        return tuple(ItemRef(bank.id, item.id) for bank, items in self.groups for item in items)

    @property
    def items(self) -> list[tuple[Bank, Item]]:
        return [(bank, item) for bank, items in self.groups for item in items]


def select(banks: Sequence[Bank], rules: Sequence[SkipRule]) -> Selection:
    """Split the items of `banks` into those every rule accepts and those skipped (with the reason)."""
    groups: list[tuple[Bank, tuple[Item, ...]]] = []
    skipped: list[ItemNote] = []
    for bank in banks:
        kept = []
        for item in bank.items:
            reason = first_reason(rules, item)
            if reason:
                skipped.append(ItemNote(ItemRef(bank.id, item.id), reason))
            else:
                kept.append(item)
        if kept:
            groups.append((bank, tuple(kept)))
    return Selection(tuple(groups), tuple(skipped))


def right_choices(item: Item) -> tuple[str, ...]:
    """The choices of a choice item that are right, in choice order (True/False for true/false items)."""
    return tuple(choice for choice in choices_of(item) if is_right(item, choice))


def choices_of(item: Item) -> tuple[str, ...]:
    """The choices shown for a choice item (True and False for true/false items)."""
    return item.choices or (TRUE_FALSE_CHOICES if item.type == "true_false" else ())


def is_right(item: Item, choice: str) -> bool:
    """Whether `choice` is a right answer of `item` (compared as the bank checks compare them)."""
    return match_key(choice) in {match_key(answer) for answer in item.answer}


def all_or_nothing_note(format_title: str) -> Callable[[Item], str | None]:
    """A note for multiple-answer items scored all-or-nothing in a format that only gives partial credit."""

    def note(item: Item) -> str | None:
        if item.type == "multiple" and item.scoring == "all-or-nothing":
            return f"all-or-nothing scoring becomes partial credit ({format_title} has no all-or-nothing questions)"
        return None

    return note
