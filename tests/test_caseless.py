"""Caseless patterns find what the flagged patterns find, and read their groups from the text as given."""

import random
import re

import pytest

from quizapp.caseless import caseless


def test_caseless_patterns_match_as_the_flagged_ones_do():
    rng = random.Random(3)
    patterns = [
        r"\b(?:said|says)\s+(?P<who>\w+)",
        r"\bthe (?:same )?(?:word|term)\b",
        r"([a-z]{2,})\s+\1\b",
        r"^(?:since then|by then),",
        r"[a-z]+ing\b(?!\s+(?:the|[a-z])\b)",
    ]
    alphabet = (
        "Said |said |SAYS |Ann |the |The |same |Word |term |Since then, |by Then, |İstanbul |going |Going |is is |"
    )
    alphabet = [*alphabet.split("|"), "Is IS ", ".", ","]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        for source in patterns:
            flagged, fast = re.compile(source, re.IGNORECASE), caseless(source)
            found, got = flagged.search(text), fast.search(text)
            assert (found is None) == (got is None), (source, text)
            if found:
                assert got.span() == found.span() and got.group() == found.group() and got.groups() == found.groups()
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in flagged.finditer(text)]
            assert fast.findall(text) == flagged.findall(text), (source, text)
            assert fast.sub("-", text) == flagged.sub("-", text)
            assert bool(fast.match(text)) == bool(flagged.match(text))


def test_groups_keep_the_texts_own_case_and_capitals_are_refused():
    match = caseless(r"\bsaid\s+(?P<who>\w+)").search("It was fine, SAID Ann Lee.")
    assert match["who"] == "Ann" and match.group(0) == "SAID Ann" and match.groupdict() == {"who": "Ann"}
    with pytest.raises(ValueError, match="lower case"):
        caseless(r"\b[A-Z]\w+")
    with pytest.raises(ValueError, match="lower case"):
        caseless(r"(?-i:act)\b")
