"""Per-answer feedback: the short verdict each exported answer carries, and how to recognise it on import.

The explanation of an item is its general feedback; the verdicts say at once whether the chosen
answer was right, beside it, in the formats that show feedback per answer (GIFT, Moodle XML).
"""

from __future__ import annotations

RIGHT = "Correct."
WRONG = "Incorrect."
_VERDICTS = frozenset({"correct", "incorrect", "right", "wrong", "yes", "no", "true", "false", "well done"})


def verdict(right: bool) -> str:
    """The feedback written beside a right or a wrong answer."""
    return RIGHT if right else WRONG


def is_verdict(text: str) -> bool:
    """Whether per-answer feedback says only right or wrong (nothing worth keeping in an explanation)."""
    return text.strip().rstrip(".!").strip().lower() in _VERDICTS


def merge_feedback(general: str, per_answer: list[tuple[str, str]]) -> tuple[str, bool]:
    """The explanation built from general feedback and the per-answer feedback that says more than a verdict.

    Returns the explanation and whether any per-answer feedback was added to it.
    """
    extra = [f"“{answer}”: {text.strip()}" for answer, text in per_answer if text.strip() and not is_verdict(text)]
    parts = [general.strip(), *extra] if general.strip() else extra
    return "\n".join(parts), bool(extra)
