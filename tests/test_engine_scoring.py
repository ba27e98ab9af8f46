"""Scoring each item type: 1 or 0, Moodle-style partial credit, folded short answers."""

from __future__ import annotations

import pytest
import store_helpers as h
from hypothesis import given
from hypothesis import strategies as st

from quizapp.engine import score_response, short_answer_key


@pytest.mark.parametrize(
    ("kind", "response", "expected"),
    [
        ("single", ("Paris",), 1.0),
        ("single", ("Rome",), 0.0),
        ("true_false", ("True",), 1.0),
        ("true_false", ("False",), 0.0),
        ("evidence", ("The minister said the talks failed.",), 1.0),
        ("evidence", ("The minister said the talks failed.  ",), 1.0),
        ("evidence", ("The minister said the talks went well.",), 0.0),
        ("short", ("Reuters",), 1.0),
        ("short", ("  reuters NEWS-agency! ",), 1.0),
        ("short", ("Reuter",), 0.0),
        ("short", ("reuters news agency.",), 1.0),
        ("short", ("",), 0.0),
    ],
)
def test_one_or_zero(kind, response, expected):
    assert score_response(h.item("x", kind), response).score == expected


def test_short_answers_ignore_case_punctuation_spacing_and_quote_styles():
    assert short_answer_key("  The  “B.B.C.” ") == short_answer_key('the "bbc"') == "the bbc"
    assert short_answer_key("St. John's") == short_answer_key("st johns")
    found = h.item("x", "short", answer=("Abdourahamane Tchiani",))
    assert score_response(found, ("abdourahamane   TCHIANI.",)).correct
    assert not score_response(found, ("Tchiani",)).correct


def test_short_answer_punctuation_rules():
    assert short_answer_key("reuters NEWS-agency!") == "reuters news agency"
    assert short_answer_key("U.S.") == "us"
    assert short_answer_key("3.5 million") != short_answer_key("35 million")
    assert short_answer_key("1,000 soldiers") == short_answer_key("1000 soldiers")
    assert short_answer_key("Niger, Mali") == "niger mali"


@pytest.mark.parametrize(
    ("selected", "expected"),
    [
        (("A", "B"), 1.0),  # both right
        (("A",), 0.5),  # one of two right
        (("A", "C"), 0.0),  # one right minus one wrong
        (("A", "B", "C"), 0.5),  # two right minus one wrong, over two
        (("C", "D"), 0.0),  # never below zero
        ((), 0.0),
    ],
)
def test_multiple_partial_credit(selected, expected):
    assert score_response(h.item("m", "multiple"), selected).score == pytest.approx(expected)


def test_multiple_all_or_nothing():
    found = h.item("m", "multiple", scoring="all-or-nothing")
    assert score_response(found, ("B", "A")).score == 1.0
    assert score_response(found, ("A",)).score == 0.0
    assert score_response(found, ("A", "B", "C")).score == 0.0


def test_single_choice_with_two_responses_scores_zero():
    assert score_response(h.item("x"), ("Paris", "Rome")).score == 0.0


@given(st.sets(st.sampled_from(["A", "B", "C", "D"])))
def test_partial_credit_stays_between_zero_and_one(selected):
    score = score_response(h.item("m", "multiple"), tuple(selected))
    assert 0.0 <= score.score <= 1.0
    assert score.correct == (selected == {"A", "B"})
