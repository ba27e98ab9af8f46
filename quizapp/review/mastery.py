"""How likely a student has mastered a skill: Bayesian Knowledge Tracing, with confidence ratings.

Each answer to an item of the skill updates P(mastered). A right answer could be a guess (the chance
of guessing that item: one in the number of choices, a half for true/false, none for a typed answer);
a wrong answer could be a slip. After each answer the student may have learnt the skill (LEARN).

Confidence counts: a confident wrong answer is stronger evidence that the skill is not mastered than
an unsure one (a confident student rarely slips), and a confident right answer is less likely a guess.
"""

from __future__ import annotations

PRIOR = 0.2
"""P(mastered) before the first answer."""
LEARN = 0.12
"""P(the skill is learnt) by answering one item and reading its explanation."""
SLIP = 0.10
"""P(a wrong answer) from a student who has mastered the skill; halved when confident, doubled when unsure."""
CONFIDENT = 0.75
UNSURE = 0.25
"""Confidence ratings (0 … 1) at or above CONFIDENT, or at or below UNSURE, change the slip and guess."""

MASTERY_WORDS = (
    (0.95, "mastered"),
    (0.8, "strong"),
    (0.6, "getting there"),
    (0.35, "learning"),
    (0.0, "not yet"),
)


MIN_GUESS = 0.02
"""Even a typed answer can be right by luck or a slip of the keys: one answer never proves mastery for good."""


def update(known: float, correct: bool, guess: float, confidence: float | None) -> float:
    """P(mastered) after one answer, from P(mastered) before it."""
    slip = SLIP
    guess = max(MIN_GUESS, guess)
    if confidence is not None and confidence >= CONFIDENT:
        slip, guess = SLIP / 2, max(MIN_GUESS, guess / 2)
    elif confidence is not None and confidence <= UNSURE:
        slip, guess = SLIP * 2, max(guess, min(0.5, guess * 1.5))
    if correct:
        evidence = known * (1 - slip) / (known * (1 - slip) + (1 - known) * guess)
    else:
        evidence = known * slip / (known * slip + (1 - known) * (1 - guess))
    return evidence + (1 - evidence) * LEARN


def mastery_words(mastery: float, answers: int) -> str:
    """The mastery as a student reads it."""
    if not answers:
        return "not started"
    return next(words for floor, words in MASTERY_WORDS if mastery >= floor)
