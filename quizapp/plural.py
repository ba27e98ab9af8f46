"""Counts in words: "1 question", "3 questions", never "question(s)".

The nouns counted in the interface are few and known, so a plural given by hand (or an "s") is enough;
`inflect` (used by the flaw checker for a/an) takes over a second to import, too slow for the window.
"""

from __future__ import annotations


def count(number: int, singular: str, plural: str | None = None) -> str:
    """`number` with the singular or plural noun: count(1, "class", "classes") == "1 class"."""
    return f"{number} {singular if number == 1 else (plural or singular + 's')}"
