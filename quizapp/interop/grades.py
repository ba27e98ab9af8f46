"""The marks each choice carries, as percentages, the way Moodle-like formats write them.

Multiple-answer items give each right choice an equal share and take the same share off for each
wrong choice (never below zero): the app's own partial credit, which Moodle computes the same way.
"""

from __future__ import annotations

from quizapp.banks.model import Item
from quizapp.interop.selection import choices_of, is_right, right_choices


def percent(value: float) -> str:
    """A percentage as Moodle lists grades: at most five decimals, no trailing zeros."""
    text = f"{value:.5f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def choice_marks(item: Item) -> list[tuple[str, bool, float]]:
    """Each choice of a choice item, whether it is right, and its mark in percent."""
    if item.type != "multiple":
        return [
            (choice, is_right(item, choice), 100.0 if is_right(item, choice) else 0.0) for choice in choices_of(item)
        ]
    share = 100 / max(1, len(right_choices(item)))
    return [
        (choice, is_right(item, choice), share if is_right(item, choice) else -share) for choice in choices_of(item)
    ]
