"""The quiz engine: selection, shuffling, scoring, the session state machine. No I/O, no Qt."""

from quizapp.engine.calibration import SURE, Calibration, RatedAnswer, calibrate
from quizapp.engine.errors import SessionError, TimeUpError
from quizapp.engine.hashing import bank_hash, item_hash
from quizapp.engine.plan import Question, plan_quiz, random_seed
from quizapp.engine.records import AnswerRecord, AttemptFinished, AttemptStarted, BankRef, Mode, iso_time
from quizapp.engine.scoring import MAX_SCORE, Score, score_response, short_answer_key
from quizapp.engine.selection import ItemKey, Selection, candidate_items
from quizapp.engine.session import Feedback, Outcome, QuizResult, QuizSession, State

__all__ = [
    "MAX_SCORE",
    "SURE",
    "AnswerRecord",
    "AttemptFinished",
    "AttemptStarted",
    "BankRef",
    "Calibration",
    "Feedback",
    "ItemKey",
    "Mode",
    "Outcome",
    "Question",
    "QuizResult",
    "QuizSession",
    "RatedAnswer",
    "Score",
    "Selection",
    "SessionError",
    "State",
    "TimeUpError",
    "bank_hash",
    "calibrate",
    "candidate_items",
    "iso_time",
    "item_hash",
    "plan_quiz",
    "random_seed",
    "score_response",
    "short_answer_key",
]
