"""A quiz session: the state machine the GUI drives (start, answer, skip, next, finish, time-out).

States: ``ready`` → ``start()`` → ``asking`` ⇄ ``answered`` (``answer()`` then ``next()``;
``skip()`` moves on directly) → ``done`` once every question was shown → ``finish()`` or
``time_out()`` → ``finished``. ``finish()`` is allowed at any point after ``start()``; questions
never answered score 0. A call that does not fit the state raises `SessionError`.

The session does no I/O. Time comes from the injected `clock` (seconds since the epoch), ids
from `new_id`, and every shuffle from `seed` (or, for the question and choice order, from
`order_seed` when given: the same items for a whole classroom session, in each student's own order).
"""

from __future__ import annotations

import math
import time
import uuid
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from quizapp.banks.model import Bank
from quizapp.engine.calibration import Calibration, RatedAnswer, calibrate
from quizapp.engine.errors import SessionError, TimeUpError
from quizapp.engine.hashing import bank_hash
from quizapp.engine.plan import Question, plan_quiz
from quizapp.engine.records import AnswerRecord, AttemptFinished, AttemptStarted, BankRef, Mode, iso_time
from quizapp.engine.scoring import MAX_SCORE, score_response
from quizapp.engine.selection import ItemKey, Selection


class State(StrEnum):
    READY = "ready"
    ASKING = "asking"
    ANSWERED = "answered"
    DONE = "done"
    FINISHED = "finished"


@dataclass(frozen=True)
class Feedback:
    """What a student may see about one answer: right or wrong, the key, the explanation and evidence."""

    position: int
    correct: bool
    score: float
    max_score: float
    right_answer: tuple[str, ...]
    explanation: str
    evidence: tuple[str, ...]
    skipped: bool


@dataclass(frozen=True)
class Outcome:
    """The result of `QuizSession.answer`: the record to save, and feedback in practice mode only."""

    record: AnswerRecord
    feedback: Feedback | None


@dataclass(frozen=True)
class QuizResult:
    """The end of a quiz: the record to save, every answer with its feedback, and calibration."""

    record: AttemptFinished
    mode: Mode
    questions: int
    answers: tuple[AnswerRecord, ...]
    review: tuple[Feedback, ...]
    calibration: Calibration

    @property
    def score(self) -> float:
        return self.record.score

    @property
    def max_score(self) -> float:
        return self.record.max_score

    @property
    def percent(self) -> float:
        return 100.0 * self.score / self.max_score if self.max_score else 0.0

    @property
    def timed_out(self) -> bool:
        return self.record.timed_out

    @property
    def unanswered(self) -> int:
        """Questions never reached, plus those skipped."""
        return self.questions - sum(1 for answer in self.answers if not answer.skipped)


def _new_uuid() -> str:
    return str(uuid.uuid4())


def _feedback(record: AnswerRecord) -> Feedback:
    item = record.item
    return Feedback(
        position=record.position,
        correct=record.correct,
        score=record.score,
        max_score=record.max_score,
        right_answer=item.answer,
        explanation=item.explanation,
        evidence=item.evidence,
        skipped=record.skipped,
    )


def _response_tuple(question: Question, response: str | Iterable[str]) -> tuple[str, ...]:
    """Check a response against the question and return it as a tuple of texts."""
    item = question.item
    position = question.position + 1
    if item.type in ("short", "evidence"):
        if not isinstance(response, str):
            raise SessionError(f"question {position} expects a text answer")
        return (response,)
    given = (response,) if isinstance(response, str) else tuple(dict.fromkeys(response))
    unknown = [text for text in given if text not in question.choices]
    if unknown:
        raise SessionError(f"question {position} has no choice {unknown[0]!r}")
    if item.type != "multiple" and len(given) != 1:
        raise SessionError(f"question {position} takes exactly one choice, not {len(given)}")
    return given


class QuizSession:
    """One student's run through one quiz."""

    def __init__(
        self,
        banks: Sequence[Bank],
        *,
        mode: Mode | str,
        seed: int,
        selection: Selection | None = None,
        time_limit_s: float | None = None,
        missed: Collection[ItemKey] = (),
        student: str | None = None,
        classroom_session: str | None = None,
        clock: Callable[[], float] = time.time,
        new_id: Callable[[], str] = _new_uuid,
        order_seed: int | None = None,
    ) -> None:
        self.mode = Mode(mode)
        if self.mode is Mode.TIMED and not (time_limit_s and time_limit_s > 0):
            raise SessionError("a timed quiz needs a time limit above zero")
        if self.mode is not Mode.TIMED and time_limit_s is not None:
            raise SessionError(f"only timed quizzes have a time limit, not {self.mode} quizzes")
        self.selection = selection or Selection()
        self.seed = seed
        self.order_seed = order_seed
        self.time_limit_s = time_limit_s
        self.student = student
        self.classroom_session = classroom_session
        self._banks = tuple(banks)
        self._missed = frozenset(missed) if self.selection.only_missed else frozenset()
        self.questions: tuple[Question, ...] = plan_quiz(
            self._banks, self.selection, seed, self._missed, order_seed=order_seed
        )
        self.attempt_id = new_id()
        self._clock = clock
        self._new_id = new_id
        self._state = State.READY
        self._index = -1
        self._shown_at = 0.0
        self._started_at = 0.0
        self._records: list[AnswerRecord] = []
        self._result: QuizResult | None = None

    @classmethod
    def replay(
        cls, banks: Sequence[Bank], *, mode: Mode | str, seed: int, settings: Mapping[str, Any], **kwargs: Any
    ) -> QuizSession:
        """A session with the same questions and choice order as the stored attempt these settings came from."""
        kwargs.setdefault("order_seed", settings.get("order_seed"))
        return cls(
            banks,
            mode=mode,
            seed=seed,
            selection=Selection.from_dict(settings.get("selection") or {}),
            time_limit_s=settings.get("time_limit_s"),
            missed={(bank, item) for bank, item in settings.get("missed") or ()},
            **kwargs,
        )

    # -- state -----------------------------------------------------------------------------

    @property
    def state(self) -> State:
        return self._state

    @property
    def current(self) -> Question | None:
        """The question on screen (also after it was answered, until `next()`), or None."""
        if self._state in (State.ASKING, State.ANSWERED):
            return self.questions[self._index]
        return None

    @property
    def answers(self) -> tuple[AnswerRecord, ...]:
        return tuple(self._records)

    @property
    def result(self) -> QuizResult | None:
        return self._result

    def remaining_s(self) -> float | None:
        """Seconds left in a timed quiz (never below 0); None for untimed quizzes or before start."""
        if self.time_limit_s is None or self._state is State.READY:
            return None
        return max(0.0, self._started_at + self.time_limit_s - self._clock())

    def settings(self) -> dict[str, Any]:
        """Everything besides banks, mode and seed needed to replay this quiz (JSON-friendly)."""
        data: dict[str, Any] = {
            "selection": self.selection.to_dict(),
            "time_limit_s": self.time_limit_s,
            "questions": [list(question.key) for question in self.questions],
        }
        if self.selection.only_missed:
            data["missed"] = sorted([list(key) for key in self._missed])
        if self.order_seed is not None:
            data["order_seed"] = self.order_seed
        return data

    # -- transitions -----------------------------------------------------------------------

    def start(self) -> AttemptStarted:
        """Show the first question and return the attempt record to save."""
        self._require((State.READY,), "start")
        self._started_at = self._clock()
        self._show(0)
        return AttemptStarted(
            uuid=self.attempt_id,
            student=self.student,
            classroom_session=self.classroom_session,
            mode=self.mode,
            seed=self.seed,
            settings=self.settings(),
            banks=tuple(BankRef(bank.id, bank.title, bank_hash(bank)) for bank in self._banks),
            started_at=iso_time(self._started_at),
        )

    def answer(self, response: str | Iterable[str], confidence: float | None = None) -> Outcome:
        """Answer the current question: choice text(s), or the typed or picked text."""
        self._require((State.ASKING,), "answer")
        self._check_time("this answer was not counted")
        question = self.questions[self._index]
        given = _response_tuple(question, response)
        if confidence is not None and not (isinstance(confidence, int | float) and 0.0 <= confidence <= 1.0):
            raise SessionError(f"confidence must be between 0 and 1, not {confidence!r}")
        score = score_response(question.item, given)
        record = self._record(question, given, score.score, confidence)
        self._state = State.ANSWERED
        return Outcome(record, _feedback(record) if self.mode is Mode.PRACTICE else None)

    def skip(self) -> AnswerRecord:
        """Leave the current question unanswered (it scores 0) and show the next one."""
        self._require((State.ASKING,), "skip")
        self._check_time("no more questions are shown")
        record = self._record(self.questions[self._index], None, 0.0, None)
        self._advance()
        return record

    def next(self) -> Question | None:
        """After an answer, show the next question; None (state ``done``) when there is none."""
        self._require((State.ANSWERED,), "go to the next question")
        self._check_time("no more questions are shown")
        self._advance()
        return self.current

    def finish(self) -> QuizResult:
        """End the quiz now and return the result (its `record` is what to save)."""
        self._require((State.ASKING, State.ANSWERED, State.DONE), "finish")
        return self._finish(timed_out=False)

    def time_out(self) -> QuizResult:
        """End a timed quiz because its time is up (calling it again returns the same result)."""
        if self.mode is not Mode.TIMED:
            raise SessionError(f"only timed quizzes can time out, and this is a {self.mode} quiz")
        if self._result is not None and self._result.timed_out:
            return self._result
        self._require((State.ASKING, State.ANSWERED, State.DONE), "time out")
        return self._finish(timed_out=True)

    # -- internals -------------------------------------------------------------------------

    def _require(self, allowed: tuple[State, ...], action: str) -> None:
        if self._state in allowed:
            return
        position = self._index + 1
        reasons = {
            State.READY: "the quiz has not started yet; call start() first",
            State.ASKING: f"question {position} is waiting for an answer (answer or skip it)",
            State.ANSWERED: f"question {position} is already answered; call next() to go on",
            State.DONE: "every question has been shown; call finish()",
            State.FINISHED: "the quiz is finished",
        }
        raise SessionError(f"cannot {action}: {reasons[self._state]}")

    def _check_time(self, consequence: str) -> None:
        remaining = self.remaining_s()
        if remaining is not None and remaining <= 0.0:
            self._finish(timed_out=True)
            raise TimeUpError(f"time is up: the quiz has ended and {consequence}")

    def _show(self, index: int) -> None:
        self._index = index
        self._shown_at = self._clock()
        self._state = State.ASKING

    def _advance(self) -> None:
        if self._index + 1 < len(self.questions):
            self._show(self._index + 1)
        else:
            self._state = State.DONE

    def _record(
        self, question: Question, response: tuple[str, ...] | None, score: float, confidence: float | None
    ) -> AnswerRecord:
        now = self._clock()
        record = AnswerRecord(
            uuid=self._new_id(),
            attempt=self.attempt_id,
            position=question.position,
            bank_id=question.bank_id,
            item=question.item,
            item_hash=question.item_hash,
            response=response,
            score=score,
            max_score=MAX_SCORE,
            confidence=None if confidence is None else float(confidence),
            elapsed_ms=max(0, math.floor((now - self._shown_at) * 1000 + 0.5)),
            answered_at=iso_time(now),
        )
        self._records.append(record)
        return record

    def _finish(self, *, timed_out: bool) -> QuizResult:
        ended = self._clock()
        self._state = State.FINISHED
        answered = tuple(self._records)
        rated = (
            RatedAnswer(r.position, r.item_id, r.item.prompt, r.confidence, r.correct)
            for r in answered
            if r.confidence is not None
        )
        self._result = QuizResult(
            record=AttemptFinished(
                attempt=self.attempt_id,
                ended_at=iso_time(ended),
                score=sum(r.score for r in answered),
                max_score=MAX_SCORE * len(self.questions),
                timed_out=timed_out,
            ),
            mode=self.mode,
            questions=len(self.questions),
            answers=answered,
            review=tuple(_feedback(r) for r in answered),
            calibration=calibrate(rated),
        )
        return self._result
