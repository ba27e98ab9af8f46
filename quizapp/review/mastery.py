"""How well a student masters a skill: the chance they know the answer to its items, tracked answer by answer.

Mastery is the estimated chance that the student knows the answer to an item of the skill, kept on the
logit scale. A student who knows it answers right unless they slip; one who does not is right only by
guessing (the chance of guessing the item: one in the number of choices, a half for true/false, hardly
any for a typed answer). So the chance of a right answer is guess + (1 - guess - slip) × mastery, and
each answer moves the logit of mastery RATE times the slope of that answer's log-likelihood: up after a
right answer, down after a wrong one, most where the answer was least expected (the rating update of
Elo-style adaptive practice). Unlike a two-state model, which calls a student right six times in ten
mastered after a handful of answers, this keeps such a student around 45 % however many answers they
give; only steady right answers bring mastery near 1.

Confidence counts: a confident answer halves the slip and the guess, so a confident wrong answer lowers
mastery more than a plain one (a confident student rarely slips) and a confident right one raises it
more (it is unlikely a guess); an unsure answer doubles the slip and raises the guess, so an unsure
wrong answer costs less.
"""

from __future__ import annotations

import math

PRIOR = 0.2
"""Mastery before the first answer."""
RATE = 2.0
"""How far one answer moves mastery on the logit scale: three right answers in a row from PRIOR reach about
0.6; two right answers a day pass 0.95 on the ninth day (the seventh when every answer is confident)."""
SLIP = 0.10
"""P(a wrong answer) from a student who knows the answer; halved when confident, doubled when unsure."""
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
_EDGE = 1e-6


def _logit(chance: float) -> float:
    chance = min(1 - _EDGE, max(_EDGE, chance))
    return math.log(chance / (1 - chance))


def update(known: float, correct: bool, guess: float, confidence: float | None) -> float:
    """Mastery after one answer, from mastery before it."""
    slip = SLIP
    guess = max(MIN_GUESS, guess)
    if confidence is not None and confidence >= CONFIDENT:
        slip, guess = SLIP / 2, max(MIN_GUESS, guess / 2)
    elif confidence is not None and confidence <= UNSURE:
        slip, guess = SLIP * 2, max(guess, min(0.5, guess * 1.5))
    known = min(1 - _EDGE, max(_EDGE, known))
    spread = 1 - guess - slip  # how much more often a student who knows is right than one who guesses
    right = guess + spread * known
    slope = spread * known * (1 - known)  # d(right) / d(logit of known)
    step = slope / right if correct else -slope / (1 - right)
    return 1 / (1 + math.exp(-(_logit(known) + RATE * step)))


def mastery_words(mastery: float, answers: int) -> str:
    """The mastery as a student reads it."""
    if not answers:
        return "not started"
    return next(words for floor, words in MASTERY_WORDS if mastery >= floor)
