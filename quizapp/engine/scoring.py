"""Scoring one response to one item: 1 or 0, partial credit for `multiple`, folded text for `short`.

Every item is worth 1 point. ``multiple`` items give partial credit as Moodle does:
(right choices selected − wrong choices selected) / number of right choices, never below 0;
an item with ``scoring: all-or-nothing`` scores 1 only for exactly the right set.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from quizapp.banks.model import Item
from quizapp.textnorm import match_key

MAX_SCORE = 1.0


@dataclass(frozen=True)
class Score:
    """Points earned out of `max_score`; `correct` means full marks."""

    score: float
    max_score: float = MAX_SCORE

    @property
    def correct(self) -> bool:
        return self.score >= self.max_score


_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_DROPPED = frozenset("'.")  # inside words: B.B.C., don't, St. John's


def _fold_punctuation(text: str) -> str:
    out = []
    for index, char in enumerate(text):
        if not unicodedata.category(char).startswith("P"):
            out.append(char)
        elif char == "." and 0 < index < len(text) - 1 and text[index - 1].isdigit() and text[index + 1].isdigit():
            out.append(char)  # a decimal point: 3.5 is not 35
        elif char not in _DROPPED:
            out.append(" ")
    return "".join(out)


def short_answer_key(text: str) -> str:
    """Fold case, quotes, dashes, punctuation and whitespace so that typed answers compare fairly.

    Apostrophes and full stops vanish (``B.B.C.`` = ``BBC``), other punctuation separates words
    (``news-agency`` = ``news agency``); decimal points and thousands commas in numbers are kept
    apart (``3.5`` ≠ ``35``, ``1,000`` = ``1000``).
    """
    folded = _THOUSANDS.sub("", match_key(text).casefold())
    return " ".join(_fold_punctuation(folded).split())


def _partial_credit(item: Item, selected: set[str]) -> float:
    right_answers = set(item.answer)
    if not right_answers:
        return 0.0
    if item.scoring == "all-or-nothing":
        return MAX_SCORE if selected == right_answers else 0.0
    right = len(selected & right_answers)
    wrong = len(selected - right_answers)
    return max(0.0, (right - wrong) / len(right_answers)) * MAX_SCORE


def score_response(item: Item, response: Sequence[str]) -> Score:
    """Score `response` (the chosen choice texts, or the typed/picked text as a one-element tuple)."""
    if item.type == "multiple":
        return Score(_partial_credit(item, set(response)))
    if len(response) != 1:
        return Score(0.0)
    given = response[0]
    if item.type == "short":
        key = short_answer_key(given)
        right = bool(key) and any(key == short_answer_key(accepted) for accepted in item.answer)
    elif item.type == "evidence":
        right = match_key(given) == match_key(item.correct_answer)
    else:  # single, true_false
        right = given == item.correct_answer
    return Score(MAX_SCORE if right else 0.0)
