"""How well a student's confidence matched their results.

Confidence is a probability from 0 (a pure guess) to 1 (certain) that the answer is right.
The Brier score is the mean of (confidence − outcome)², where outcome is 1 for a fully right
answer and 0 otherwise: 0 is perfect, 0.25 is what always saying "50 %" earns, 1 is worst.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

SURE = 0.8
"""Confidence at or above which a student counts as sure."""


@dataclass(frozen=True)
class RatedAnswer:
    """One answer that came with a confidence rating."""

    position: int
    item_id: str
    prompt: str
    confidence: float
    correct: bool


@dataclass(frozen=True)
class Calibration:
    """Calibration summary of one attempt (all None when no answer was rated)."""

    rated: int
    brier: float | None
    mean_confidence: float | None
    accuracy: float | None
    sure_and_wrong: tuple[RatedAnswer, ...]

    @property
    def overconfidence(self) -> float | None:
        """Mean confidence minus the share of right answers: above 0 means too sure."""
        if self.mean_confidence is None or self.accuracy is None:
            return None
        return self.mean_confidence - self.accuracy

    def summary(self) -> str:
        """One or two plain sentences for the results screen."""
        if not self.rated or self.brier is None or self.mean_confidence is None or self.accuracy is None:
            return "You did not rate how sure you were."
        text = (
            f"On average you were {self.mean_confidence:.0%} sure and {self.accuracy:.0%} of those answers "
            f"were right (Brier score {self.brier:.2f}; 0 is perfect)."
        )
        if self.sure_and_wrong:
            numbers = ", ".join(str(answer.position + 1) for answer in self.sure_and_wrong)
            text += f" You were sure and wrong on question {numbers}."
        return text

    def advice(self) -> str:
        """The same for a student, in plain words and without the Brier score (that is for teachers)."""
        if not self.rated or self.mean_confidence is None or self.accuracy is None:
            return "You did not rate how sure you were."
        sure, right = round(100 * self.mean_confidence), round(100 * self.accuracy)
        gap = self.mean_confidence - self.accuracy
        if gap > 0.15:
            verdict = "You felt surer than your answers turned out: slow down and check the article when you feel sure."
        elif gap < -0.15:
            verdict = "You knew more than you thought: trust your reading a little more."
        else:
            verdict = "Your confidence matched your results well."
        text = f"You felt {sure}% sure on average and got {right}% right. {verdict}"
        if self.sure_and_wrong:
            numbers = [str(answer.position + 1) for answer in self.sure_and_wrong]
            which = f"question {numbers[0]}" if len(numbers) == 1 else "questions " + ", ".join(numbers)
            text += f" Look again at {which}: you were sure, but the answer was wrong."
        return text


def calibrate(answers: Iterable[RatedAnswer]) -> Calibration:
    """Summarise rated answers."""
    rated = list(answers)
    if not rated:
        return Calibration(0, None, None, None, ())
    outcomes = [1.0 if answer.correct else 0.0 for answer in rated]
    confidences = [answer.confidence for answer in rated]
    brier = sum((c - o) ** 2 for c, o in zip(confidences, outcomes, strict=True)) / len(rated)
    sure_and_wrong = tuple(a for a in rated if a.confidence >= SURE and not a.correct)
    return Calibration(
        rated=len(rated),
        brier=brier,
        mean_confidence=sum(confidences) / len(rated),
        accuracy=sum(outcomes) / len(rated),
        sure_and_wrong=sure_and_wrong,
    )
