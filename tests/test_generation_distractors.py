"""Wrong numbers and sources of claims: the rules the generator's choices follow on any story."""

from __future__ import annotations

from itertools import pairwise

import pytest

from quizapp.generation.distractors import format_number, plausible_numbers
from quizapp.generation.skills.common import attribution

SIMPLE = {0.1, 0.2, 0.25, 0.5, 1.5, 2.0, 3.0, 4.0, 5.0, 10.0}


@pytest.mark.parametrize(
    ("value", "written", "kind"),
    [
        (86000, "86,000", "count"),
        (3.2, "3.2", "percent"),
        (1991, "1,991", "count"),
        (8, "8", "count"),
        (88, "88", "count"),
        (6.6, "6.6", "count"),
        (600, "600", "count"),
        (45, "45", "percent"),
    ],
)
def test_wrong_numbers_are_never_a_pattern_and_keep_the_key_s_form(value, written, kind):
    ranks = set()
    for rank in range(4):
        wrong = plausible_numbers(value, written, kind, rank)
        assert len(set(wrong)) == 3 and value not in wrong
        assert all(round(w / value, 3) not in SIMPLE for w in wrong)
        shown = [format_number(w, written) for w in wrong]
        decimals = len(written.split(".")[1]) if "." in written else 0
        assert all((len(s.split(".")[1]) if "." in s else 0) == decimals for s in shown), shown
        if kind == "percent":
            assert all(w < 100 for w in wrong)
        ranks.add(sorted([value, *wrong]).index(value))
    assert len(ranks) >= 2  # the key does not always sit at the same place in the order


def test_wrong_years_vary_and_never_follow_the_story():
    sets = [tuple(plausible_numbers(2012, "2012", "year", rank, ceiling=2019)) for rank in range(4)]
    assert len(set(sets)) == 4
    assert all(year <= 2019 for years in sets for year in years)
    gaps = [sorted(abs(y - 2012) for y in years) for years in sets]
    assert all(len({b - a for a, b in pairwise(g)}) > 1 for g in gaps)  # not evenly spaced


@pytest.mark.parametrize(
    ("value", "written", "kind"), [(2014, "2014", "year"), (1993, "1993", "year"), (88, "88", "count")]
)
def test_the_key_is_never_midway_between_two_wrong_numbers(value, written, kind):
    for rank in range(4):
        wrong = plausible_numbers(value, written, kind, rank, ceiling=2026)
        assert not [(a, b) for a in wrong for b in wrong if a < value < b and a + b == 2 * value], (rank, wrong)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The toll rose to 5, according to the B.C. Coroners Service.", ("according to", "the B.C. Coroners Service")),
        ("According to Syrian state media, 20 died.", ("According to", "Syrian state media")),
        (
            "according to the Ministry of Foreign Affairs he died at home",
            ("according to", "the Ministry of Foreign Affairs"),
        ),
        ("according to Wasef archaeologists found it", ("according to", "Wasef")),
        ("The wind blew at 75 miles per hour.", None),
        ("The plan was agreed per student.", None),
    ],
)
def test_the_source_of_a_claim(sentence, expected):
    assert attribution(sentence) == expected


def test_a_possessive_is_offered_only_beside_a_possessive():
    from quizapp.generation.distractors import pick

    assert pick("Biden", [["Jay Inslee’s", "Bernie Sanders", "Kamala Harris", "Pete Buttigieg"]], 3) == [
        "Kamala Harris",
        "Bernie Sanders",
        "Pete Buttigieg",
    ]
    assert pick("the company’s", [["the council’s", "the mayor", "the union’s"]], 3) == ["the council’s", "the union’s"]


def test_wrong_numbers_never_climb_in_even_steps_away_from_the_key():
    from quizapp.generation.distractors import plausible_numbers

    for rank in range(4):
        low, middle, high = sorted(plausible_numbers(96000, "96,000", "money", rank))
        assert middle - low != high - middle


def test_has_word_finds_what_a_word_boundary_pattern_finds():
    import random
    import re

    from quizapp.textnorm import has_word

    rng = random.Random(7)
    alphabet = "ab $.-_é1 "
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        word = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4)))
        assert has_word(text, word) == bool(re.search(rf"\b{re.escape(word)}\b", text)), (text, word)
        assert has_word(text, word, whole=False) == bool(re.search(rf"\b{re.escape(word)}", text)), (text, word)
    assert has_word("Obama and Clinton", "Clinton") and not has_word("Clintonville", "Clinton")


def test_word_then_and_find_words_agree_with_the_patterns_they_stand_for():
    import random
    import re

    from quizapp.textnorm import find_words, word_then

    rng = random.Random(11)
    alphabet = "ab $.-_é1 "
    thens = [re.compile(p) for p in (r"\s+b", r"\b", r"[^.]{0,3}?a\b", r"(?<=a)\s", r"")]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        word = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 3)))
        then = rng.choice(thens)
        expected = bool(re.search(rf"\b{re.escape(word)}{then.pattern}", text))
        assert word_then(text, word, then) == expected, (text, word, then.pattern)
        starts = [m.start() for m in re.finditer(rf"(?=\b{re.escape(word)}\b)", text)]
        assert [start for start, _ in find_words(text, word)] == starts, (text, word)
